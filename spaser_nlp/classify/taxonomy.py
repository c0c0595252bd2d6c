"""The theme taxonomy, read from ``themes/taxonomy.yaml`` of the models folder (:func:`models_dir`).

Code never hard-codes theme names: ids, French labels, definitions and
keywords all come from the YAML file.

>>> taxonomy = load_taxonomy()
>>> len(taxonomy.themes), taxonomy.ids[0]
(16, 'clauses_sociales_insertion')
>>> taxonomy.label("energie")
'Énergie'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spaser_nlp.errors import ModelError
from spaser_nlp.resources import models_dir


def themes_dir() -> Path:
    """``themes/`` of the models folder: the taxonomy and one folder per trained model variant."""
    return models_dir() / "themes"


def taxonomy_path() -> Path:
    """The shipped taxonomy (``themes/taxonomy.yaml`` of the models folder)."""
    return themes_dir() / "taxonomy.yaml"


@dataclass(frozen=True)
class Theme:
    """One theme of the taxonomy."""

    id: str
    label: str
    definition: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    examples: tuple[str, ...]
    keywords: tuple[str, ...]

    def description(self) -> str:
        """Label, definition and examples as one French text (for the zero-shot baseline)."""
        return " ".join([self.label + ".", self.definition, *self.examples])


@dataclass(frozen=True)
class Taxonomy:
    """The ordered list of themes, with the taxonomy's version."""

    version: str
    themes: tuple[Theme, ...]

    @property
    def ids(self) -> list[str]:
        return [theme.id for theme in self.themes]

    def get(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise ModelError(f"unknown theme id {theme_id!r}; the taxonomy has: {', '.join(self.ids)}")

    def label(self, theme_id: str) -> str:
        return self.get(theme_id).label


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ModelError(f"expected a list in the taxonomy, got {value!r}")
    return tuple(str(item) for item in value)


def parse_taxonomy(data: dict, *, path: str | Path = "<taxonomy>") -> Taxonomy:
    """Build a :class:`Taxonomy` from the parsed YAML mapping, checking its shape."""
    try:
        themes = tuple(
            Theme(
                id=str(entry["id"]),
                label=str(entry["label"]),
                definition=str(entry["definition"]).strip(),
                include=_strings(entry.get("include")),
                exclude=_strings(entry.get("exclude")),
                examples=_strings(entry.get("examples")),
                keywords=_strings(entry.get("keywords")),
            )
            for entry in data["themes"]
        )
    except (KeyError, TypeError) as error:
        raise ModelError(f"malformed taxonomy (missing {error}); see the header of models/themes/taxonomy.yaml", path=path) from None
    ids = [theme.id for theme in themes]
    if len(set(ids)) != len(ids) or not ids:
        raise ModelError("the taxonomy must list at least one theme and no id twice", path=path)
    return Taxonomy(version=str(data.get("version", "0")), themes=themes)


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read the taxonomy YAML (the shipped one by default); cached per path."""
    return _load_taxonomy(Path(path) if path is not None else taxonomy_path())


@lru_cache(maxsize=4)
def _load_taxonomy(path: Path) -> Taxonomy:
    import yaml

    if not path.is_file():
        raise ModelError("taxonomy file not found; reinstall spaser_nlp or pass the path of a taxonomy YAML", path=path)
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return parse_taxonomy(data, path=path)
