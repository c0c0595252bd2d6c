"""The passage checks shared by the two real-passage builders (``corpora/passage_checks.py``), and the builders
themselves (and corpora/objectives/build_train.py): rebuilt in a scratch copy, they write the committed files byte for
byte."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
DEV = next((p / "shared" / "data" / "spaser-real-dev" / "passages.jsonl" for p in ROOT.parents[:2]
            if (p / "shared" / "data" / "spaser-real-dev" / "passages.jsonl").is_file()), None)


def _checks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("passage_checks", CORPORA / "passage_checks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


READ_SETS = _checks().READ_SETS  # the read evaluation sets corpora/real/build.py adds to training.jsonl


def _record(text: str, url: str = "https://example.org/a", themes: tuple[str, ...] = ("energie",),
            objectives: tuple[dict, ...] = ()) -> dict:
    return {"source_url": url, "source_title": "t", "text": text,
            "gold": {"is_objective": bool(objectives), "objectives": list(objectives), "themes": list(themes),
                     "non_objective_numbers": [], "notes": "", "ambiguous": False}}


def _objective(**fields: object) -> dict:
    return {"value": 20, "unit": "%", "direction": "reach", "kind": "rate", "themes": ["energie"], **fields}


def test_urls_compare_without_scheme_www_query_or_slash() -> None:
    checks = _checks()
    assert checks.norm_url("https://www.Example.org/Page/?utm=1#x") == "example.org/page"
    assert checks.norm_url("http://blog.example.org/?p=274") == "blog.example.org/?p=274"  # a WordPress page id
    assert checks.host("https://www.css.achatpublic.info/a") == "css.achatpublic.info"
    assert checks.domain("https://www.css.achatpublic.info/a") == "achatpublic.info"
    assert checks.domain("https://achats-durables.gouv.fr/x") == "achats-durables.gouv.fr"


def test_a_user_name_or_port_in_a_url_does_not_hide_its_site() -> None:
    # a training page is stored as http://s.couvidat@tours-metropole.fr/…: another page of tours-metropole.fr is
    # the same site, and the check must say so (session 12: a helper found the build let such a page through)
    checks = _checks()
    url = "http://s.couvidat@tours-metropole.fr/le-schema-de-promotion"
    assert checks.host(url) == checks.host("https://www.tours-metropole.fr/autre-page") == "tours-metropole.fr"
    assert checks.domain(url) == "tours-metropole.fr"
    assert checks.host("https://example.org:8080/x") == checks.domain("https://example.org:8080/x") == "example.org"
    seen = checks.DevSet.from_records([{"source_url": url, "text": "Un texte."}])
    assert checks.site_problems([{"source_url": "https://tours-metropole.fr/x", "text": "Autre."}], seen, "domain")


def test_a_final_dot_in_a_host_does_not_hide_its_site() -> None:
    # theme set 11 stores a page as https://cordis.europa.eu./…, a fully qualified name: the same site as without the dot
    checks = _checks()
    url = "https://cordis.europa.eu./article/id/1/fr"
    assert checks.host(url) == checks.host("https://cordis.europa.eu/x") == "cordis.europa.eu"
    assert checks.domain(url) == checks.domain("https://eige.europa.eu/y") == "europa.eu"
    assert checks.host("https://example.org.:8080/x") == "example.org"


def test_every_problem_is_reported_and_a_clean_set_passes() -> None:
    checks = _checks()
    dev = checks.DevSet.from_records([_record("La Ville vise 30 % de produits bio en 2026.",
                                              "https://www.ville.fr/spaser")])
    clean = [_record("Le Département atteindra 25 % de clauses sociales.", "https://dept.fr/a",
                     objectives=(_objective(),))]
    assert checks.passage_problems(clean, dev) == []
    bad = [
        _record(" ".join(["mot"] * 71)),
        _record("Autre texte.", "http://ville.fr/spaser/"),
        _record("la ville vise 30 % de produits bio en 2026 !"),
        _record("Deux fois."), _record("deux  fois !"),
        _record("Thème inconnu.", themes=("climat",)),
        _record("Un objectif.", objectives=(_objective(themes=["sante"], direction="up", kind="level"),)),
    ]
    problems = checks.passage_problems(bad, dev)
    for expected in ("71 words", "dev source: http://ville.fr/spaser/", "text also in the dev set", "duplicate: deux",
                     "unknown theme climat", "objective theme not on passage ['sante']", "direction up", "kind level"):
        assert sum(expected in p for p in problems) == 1, (expected, problems)
    assert len(problems) == 8


def test_dev_sites_are_refused_by_host_or_by_domain() -> None:
    checks = _checks()
    dev = checks.DevSet.from_records([_record("x", "https://css.achatpublic.info/a")])
    other_page = [_record("y", "https://www.css.achatpublic.info/b")]
    sister_site = [_record("z", "https://www.achatpublic.info/c")]
    assert checks.passage_problems(other_page, dev) == []
    assert checks.site_problems(other_page, dev, "host") and checks.site_problems(other_page, dev, "domain")
    assert not checks.site_problems(sister_site, dev, "host")
    assert checks.passage_problems(sister_site, dev, same_domain="domain") == [
        "source on a dev-set domain: https://www.achatpublic.info/c"]
    with pytest.raises(ValueError, match="same_domain"):
        checks.site_problems(sister_site, dev, "site")


def test_builders_share_the_checks() -> None:
    for builder in (CORPORA / "real" / "build.py", CORPORA / "objectives" / "build_collected.py",
                    CORPORA / "objectives" / "build_train.py"):
        source = builder.read_text(encoding="utf-8")
        assert "from passage_checks import" in source and "passage_problems(" in source
        assert "def norm_url" not in source and "def domain" not in source and "THEMES = {" not in source
        assert "dev_path(HERE)" in source


@pytest.mark.skipif(DEV is None, reason="shared real dev set not beside the repository")
@pytest.mark.parametrize(("builder", "inputs", "output"), [
    ("real/build.py", ("real/passages_src.py", "real/passages_src2.py", "real/passages_src3.py",
                      "real/passages_src4.py", "real/passages_src5.py",
                      "real/passages_src6.py", "real/passages_src7.py", "real/passages_src8.py",
                      "real/passages_src9.py", *READ_SETS), "real/passages.jsonl"),
    ("objectives/build_collected.py", ("objectives/collected_src.py", "objectives/fresh_src.py",
                                       "objectives/real-train.jsonl", "real/passages.jsonl", "real/training.jsonl"),
     "objectives/real-collected.jsonl"),
    ("objectives/build_train.py", ("real/passages_src.py", "real/passages.jsonl"), "objectives/real-train.jsonl"),
])
def test_builders_rebuild_the_committed_files(tmp_path: Path, builder: str, inputs: tuple[str, ...], output: str) -> None:
    assert DEV is not None
    repo = tmp_path / "repo"
    for name in ("passage_checks.py", builder, *inputs):
        (repo / "corpora" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPORA / name, repo / "corpora" / name)
    if builder.endswith("build_collected.py"):  # the sources of the later evaluation-only sets too
        for path in sorted((CORPORA / "objectives").glob("fresh*_src.py")):
            shutil.copy(path, repo / "corpora" / "objectives" / path.name)
    (tmp_path / "shared" / "data" / "spaser-real-dev").mkdir(parents=True)
    shutil.copy(DEV, tmp_path / "shared" / "data" / "spaser-real-dev")
    script = repo / "corpora" / builder
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (repo / "corpora" / output).read_bytes() == (CORPORA / output).read_bytes()
    if builder == "real/build.py":  # and the theme model's training file: the rounds, then the read evaluation sets
        assert (repo / "corpora/real/training.jsonl").read_bytes() == (CORPORA / "real/training.jsonl").read_bytes()
    if builder.endswith("build_collected.py"):  # and the evaluation-only sets beside it
        sets = sorted((CORPORA / "objectives").glob("real-fresh*.jsonl"))
        assert len(sets) >= 34
        for fresh in sets:
            assert (repo / "corpora/objectives" / fresh.name).read_bytes() == fresh.read_bytes(), fresh.name
        # the last set, not yet trained on, may not use a host of the theme training file (here one of theme set 3)
        last = max(sets, key=lambda p: int(p.stem.removeprefix("real-fresh") or 1))
        assert f"objectives/{last.name}" not in READ_SETS
        source = repo / "corpora" / "objectives" / f"{last.stem.removeprefix('real-')}_src.py"
        source.write_text(source.read_text(encoding="utf-8").replace('S("https://', 'S("http://essonne21.fr/x#', 1),
                          encoding="utf-8")
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 1 and "host of a theme training passage" in done.stderr
    # without the dev set, the builder refuses to run (the dev-source check would be skipped)
    shutil.rmtree(tmp_path / "shared")
    assert subprocess.run([sys.executable, str(script)], capture_output=True, timeout=120).returncode == 2
