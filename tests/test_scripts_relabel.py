"""``scripts/themes_relabel_real_conventions.py``: the committed theme sources carry every relabelling, and the
rules rewrite a source line the way the committed files are written (on a scratch copy of the sources)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "themes_relabel_real_conventions.py"
SOURCES = ROOT / "corpora" / "themes" / "src"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("themes_relabel_real_conventions", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def relabel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The script's module working on a scratch copy of the sources it edits."""
    module = _module()
    assert module.SRC == SOURCES
    shutil.copytree(SOURCES, tmp_path / "src")
    monkeypatch.setattr(module, "SRC", tmp_path / "src")
    return module


def test_the_committed_sources_need_no_relabelling() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "0 lines to relabel\n"


def test_every_rule_names_a_known_file_and_theme() -> None:
    module = _module()
    themes = {path.stem for path in SOURCES.glob("*.txt")} - {"none"}
    for name, text, theme in module.RELABEL:
        assert (SOURCES / name).is_file() and theme in themes and text == text.strip(), (name, text)
    assert len({(name, text) for name, text, _ in module.RELABEL}) == len(module.RELABEL)  # no rule twice


def _strip_theme(path: Path, text: str, theme: str) -> None:
    """Undo one relabelling in a source file: the line as it was before the script ran."""
    lines = path.read_text(encoding="utf-8").split("\n")
    (index,) = [i for i, line in enumerate(lines) if line.partition(" | ")[2].rpartition("|")[0].strip() == text]
    style, _, rest = lines[index].partition(" | ")
    _, _, extra = rest.rpartition("|")
    ids = [t.strip() for t in extra.split(",") if t.strip() and t.strip() != theme]
    lines[index] = f"{style} | {text} |" + (f" {', '.join(ids)}" if ids else "")
    path.write_text("\n".join(lines), encoding="utf-8")


def test_check_counts_without_writing_and_the_rules_restore_the_committed_lines(relabel: ModuleType) -> None:
    chosen = [rule for rule in relabel.RELABEL if rule[0] == "none.txt"][:2] + [
        rule for rule in relabel.RELABEL if rule[0] == "numerique_responsable.txt"][:1]
    for name, text, theme in chosen:
        _strip_theme(relabel.SRC / name, text, theme)
    before = {p.name: p.read_bytes() for p in relabel.SRC.glob("*.txt")}
    assert before != {p.name: p.read_bytes() for p in SOURCES.glob("*.txt")}

    assert relabel.apply(check=True) == 3
    assert {p.name: p.read_bytes() for p in relabel.SRC.glob("*.txt")} == before  # --check writes nothing
    assert relabel.apply() == 3
    assert {p.name: p.read_bytes() for p in relabel.SRC.glob("*.txt")} == {p.name: p.read_bytes() for p in SOURCES.glob("*.txt")}
    assert relabel.apply() == 0  # idempotent


def test_a_rule_whose_line_is_gone_stops_the_script(relabel: ModuleType) -> None:
    name, text, _ = relabel.RELABEL[0]
    path = relabel.SRC / name
    path.write_text(path.read_text(encoding="utf-8").replace(text, text + " (modifié)"), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"none.txt: lines not found: \['Le présent document"):
        relabel.apply(check=True)


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("ess_economie_sociale.txt", "L'université rejoindra le réseau des collectivités pour une économie solidaire.",
     [("gov-network-training", "gouvernance_suivi")]),
    ("commerce_equitable.txt", "Action 5.5 : Sensibiliser agents et habitants lors de la Quinzaine",
     [("gov-network-training", "gouvernance_suivi")]),
    ("marches_reserves_handicap.txt", "Un référent handicap est désigné au sein de la direction des achats.",
     [("gov-network-training", "gouvernance_suivi")]),
    ("biodiversite.txt", "Part du bois acheté certifié FSC ou PEFC | réf. 2021 : 48 %",
     [("env-forest", "environnement_climat_carbone")]),
    ("biodiversite.txt", "Lutter contre la déforestation importée dans les achats", [("env-forest", "environnement_climat_carbone")]),
    # out of the conventions: training unrelated to a theme, a job seekers' referent, a programme published for
    # suppliers, a network of suppliers used for sourcing, firewood with no word on forest management
    ("none.txt", "La formation des agents d'accueil au nouveau logiciel aura lieu en mars.", []),
    ("clauses_sociales_insertion.txt", "Des chômeurs de longue durée accompagnés par un référent.", []),
    ("acces_pme_tpe_local.txt", "Publier chaque année sur le profil acheteur la liste des achats programmés", []),
    ("marches_reserves_handicap.txt", "La collectivité s'appuiera sur le réseau GESAT pour identifier les ESAT.", []),
    ("energie.txt", "Une chaudière à granulés alimentée par le bois des forêts communales.", []),
    ("gouvernance_suivi.txt", "Former les acheteurs aux achats responsables.", []),
])
def test_pattern_rules_match_the_convention_and_its_scope(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _module().pattern_matches(name, text) == expected


def test_pattern_rules_restore_the_committed_lines_and_count_per_rule(relabel: ModuleType) -> None:
    chosen = [("biodiversite.txt", "Part du bois certifié dans les achats de mobilier et de construction", "environnement_climat_carbone"),
              ("numerique_responsable.txt", "La collectivité rejoint un réseau d'acheteurs publics engagés pour un usage raisonné des technologies.",
               "gouvernance_suivi")]
    for name, text, theme in chosen:
        _strip_theme(relabel.SRC / name, text, theme)
    counts: dict[str, int] = {}
    assert relabel.apply(check=True, counts=counts) == 2
    assert counts == {"env-forest": 1, "gov-network-training": 1}
    assert relabel.apply() == 2
    assert {p.name: p.read_bytes() for p in relabel.SRC.glob("*.txt")} == {p.name: p.read_bytes() for p in SOURCES.glob("*.txt")}
