"""Schémas side by side: the tables behind ``spaser compare``, built from a batch's results store.

Everything is a pandas DataFrame an analyst can filter or plot; every target keeps the document,
page and character offsets of the sentence it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

# A theme "covered" by a schéma: its document-level theme probability reaches this.
COVERED_THEME_SCORE = 0.5
_PLAN_KINDS = ("axe", "objectif", "action")


@dataclass(frozen=True)
class Comparison:
    """The comparison of the schémas of one store.

    - ``schemas``: one row per readable schéma: authority, type, period, adoption year, generation,
      plan-tree counts, quantified objectives, checklist counts, themes covered (strongest first);
    - ``targets``: one row per (quantified objective, theme) with value, unit, horizon, the sentence and
      where it is (page, characters);
    - ``themes``: per theme: how many schémas cover it, how many set a quantified target, median and
      highest share targets (%), horizon years;
    - ``census_type`` / ``census_year`` / ``census_theme``: counts of schémas;
    - ``checklist``: one row per schéma, one column per legal rule (``met``/``partial``/...);
    - ``national``: objectives beside national targets;
    - ``gaps``: themes that no schéma targets with a figure.
    """

    schemas: pd.DataFrame
    targets: pd.DataFrame
    themes: pd.DataFrame
    census_type: pd.DataFrame
    census_year: pd.DataFrame
    census_theme: pd.DataFrame
    checklist: pd.DataFrame
    national: pd.DataFrame
    gaps: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {field.name: getattr(self, field.name) for field in fields(self)}

    def plot_census(self, by: str = "type") -> Any:
        """Schémas counted by ``"type"`` of authority, adoption ``"year"`` or ``"theme"`` targeted (an SVG figure)."""
        from spaser_nlp.comparison.figures import bars_figure
        from spaser_nlp.profile import AUTHORITY_TYPE_LABELS

        if by == "type":
            rows = [(AUTHORITY_TYPE_LABELS.get(r.authority_type, "Inconnu"), int(r.schemas)) for r in self.census_type.itertuples()]
            return bars_figure(rows, "Schémas par type de collectivité")
        if by == "year":
            return bars_figure([(str(int(r.adoption_year)), int(r.schemas)) for r in self.census_year.itertuples()], "Schémas par année d'adoption")
        if by == "theme":
            rows = [(r.theme_label, int(r.schemas_with_target)) for r in self.themes.itertuples()]
            return bars_figure(rows, "Schémas fixant une cible chiffrée, par thème")
        raise ValueError(f"by must be 'type', 'year' or 'theme', not {by!r}")

    def _repr_html_(self) -> str:
        n = len(self.schemas)
        top = self.themes.head(5)[["theme_label", "schemas_with_target", "median_share_target"]]
        return (
            f"<p><b>{n} schéma{'s' if n > 1 else ''}</b>, {len(self.targets)} cibles par thème ; "
            f"thèmes sans cible : {', '.join(self.gaps) or 'aucun'}.</p>" + top.to_html(index=False)
        )


def _theme_labels() -> dict[str, str]:
    from spaser_nlp.classify.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    return {theme_id: taxonomy.label(theme_id) for theme_id in taxonomy.ids}


def _profiles(results: Any) -> pd.DataFrame:
    profile = results.profile
    if profile.empty:
        return pd.DataFrame(columns=["doc_id"])
    wide = profile.pivot_table(index="doc_id", columns="field", values="value", aggfunc="first")
    return wide.reset_index()


def _plan_counts(results: Any) -> pd.DataFrame:
    sections = results.sections
    counts = (
        sections[sections["kind"].isin(_PLAN_KINDS)].groupby(["doc_id", "kind"]).size().unstack(fill_value=0)
        if not sections.empty
        else pd.DataFrame()
    )
    counts = counts.reindex(columns=list(_PLAN_KINDS), fill_value=0)
    counts.columns = [f"n_{kind}s" for kind in _PLAN_KINDS]
    return counts.reset_index() if not counts.empty else pd.DataFrame(columns=["doc_id", *counts.columns])


def _schemas(results: Any) -> pd.DataFrame:
    documents = results.documents
    documents = documents[documents["status"] != "failed"][["doc_id", "path", "status", "pages", "objectives"]]
    frame = documents.merge(_profiles(results), on="doc_id", how="left").merge(_plan_counts(results), on="doc_id", how="left")
    for column in ("authority_name", "authority_type", "period", "adoption_date", "generation"):
        if column not in frame:
            frame[column] = None
    for column in ("n_axes", "n_objectifs", "n_actions"):
        frame[column] = frame[column].fillna(0).astype(int) if column in frame else 0
    period = frame["period"].astype("string").str.extract(r"^(\d{4})-(\d{4})$")
    frame["period_start"] = pd.to_numeric(period[0], errors="coerce").astype("Int64")
    frame["period_end"] = pd.to_numeric(period[1], errors="coerce").astype("Int64")
    adopted = pd.to_numeric(frame["adoption_date"].astype("string").str.slice(0, 4), errors="coerce")
    # Without an adoption date, the year before the period starts is the best guess of the census year.
    frame["adoption_year"] = adopted.fillna(frame["period_start"].astype("float") - 1).astype("Int64")
    checklist = results.checklist
    if not checklist.empty:
        counts = checklist.groupby(["doc_id", "status"]).size().unstack(fill_value=0)
        counts = counts.reindex(columns=["met", "partial", "missing", "not_applicable"], fill_value=0)
        counts.columns = [f"rules_{c}" for c in counts.columns]
        frame = frame.merge(counts.reset_index(), on="doc_id", how="left")
    frame = frame.rename(columns={"objectives": "n_quantified_objectives"})
    # The theme profile: the themes the schéma covers, strongest first (document-level theme scores).
    themes = results.themes
    covered = themes[themes["score"] >= COVERED_THEME_SCORE].sort_values(["doc_id", "score"], ascending=[True, False])
    profile = covered.groupby("doc_id")["theme"].agg(list) if not covered.empty else {}
    frame["themes_covered"] = [list(profile.get(doc_id, [])) for doc_id in frame["doc_id"]]
    return frame.sort_values("doc_id").reset_index(drop=True)


def _targets(results: Any, labels: dict[str, str]) -> pd.DataFrame:
    objectives = results.objectives
    columns = [
        "doc_id", "objective_index", "theme", "theme_label", "value", "unit", "kind", "direction", "horizon_year",
        "per_year", "subject", "text", "page", "char_start", "char_end",
    ]
    if objectives.empty:
        return pd.DataFrame(columns=columns)
    rows = objectives.copy()
    rows["theme"] = rows["themes"].map(lambda themes: list(themes) if themes is not None and len(themes) else ["(sans thème)"])
    rows = rows.explode("theme")
    rows["theme_label"] = rows["theme"].map(lambda t: labels.get(t, t))
    return rows[columns].sort_values(["theme", "doc_id", "objective_index"]).reset_index(drop=True)


def _theme_summary(targets: pd.DataFrame, schemas: pd.DataFrame, results: Any, labels: dict[str, str]) -> pd.DataFrame:
    themes = results.themes
    covered = themes[themes["score"] >= COVERED_THEME_SCORE] if not themes.empty else themes
    readable = set(schemas["doc_id"])
    rows = []
    for theme_id, label in labels.items():
        theme_targets = targets[targets["theme"] == theme_id]
        shares = theme_targets[(theme_targets["unit"] == "%") & (theme_targets["kind"] == "rate")]["value"]
        horizons = sorted({int(y) for y in theme_targets["horizon_year"].dropna()})
        rows.append(
            {
                "theme": theme_id,
                "theme_label": label,
                "schemas_covering": int(covered[(covered["theme"] == theme_id) & covered["doc_id"].isin(readable)]["doc_id"].nunique())
                if not covered.empty
                else 0,
                "schemas_with_target": int(theme_targets["doc_id"].nunique()),
                "targets": len(theme_targets),
                "median_share_target": float(np.median(shares)) if len(shares) else None,
                "highest_share_target": float(shares.max()) if len(shares) else None,
                "horizon_years": ", ".join(str(y) for y in horizons),
            }
        )
    return pd.DataFrame(rows).sort_values(["schemas_with_target", "theme"], ascending=[False, True]).reset_index(drop=True)


def _census(schemas: pd.DataFrame, theme_summary: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    from spaser_nlp.profile import AUTHORITY_TYPE_LABELS

    by_type = (
        schemas.assign(authority_type=schemas["authority_type"].fillna("inconnu"))
        .groupby("authority_type")
        .size()
        .rename("schemas")
        .reset_index()
    )
    by_type["authority_type_label"] = by_type["authority_type"].map(lambda t: AUTHORITY_TYPE_LABELS.get(t, "Inconnu"))
    by_type = by_type.sort_values(["schemas", "authority_type"], ascending=[False, True]).reset_index(drop=True)
    by_year = schemas.dropna(subset=["adoption_year"]).groupby("adoption_year").size().rename("schemas").reset_index()
    by_theme = theme_summary[["theme", "theme_label", "schemas_covering", "schemas_with_target"]].copy()
    return by_type, by_year, by_theme


def _checklist_wide(results: Any) -> pd.DataFrame:
    checklist = results.checklist
    if checklist.empty:
        return pd.DataFrame(columns=["doc_id"])
    return checklist.pivot_table(index="doc_id", columns="rule_id", values="status", aggfunc="first").reset_index()


def compare(results: Any) -> Comparison:
    """Compare the schémas of a results store (a path to a DuckDB file, or :func:`spaser_nlp.load_results`'s output).

    >>> import tempfile, pathlib
    >>> from spaser_nlp.store import ResultStore
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "r.duckdb"
    >>> ResultStore(db).close()
    >>> comparison = compare(db)
    >>> len(comparison.schemas), len(comparison.gaps) > 0
    (0, True)
    """
    if isinstance(results, (str, Path)):
        from spaser_nlp.errors import InputError
        from spaser_nlp.store import load_results

        if not Path(results).is_file():
            raise InputError("no such results store; write one with `spaser batch FILES --db FILE` first", path=results)
        results = load_results(results)
    labels = _theme_labels()
    schemas = _schemas(results)
    readable = set(schemas["doc_id"])
    targets = _targets(results, labels)
    targets = targets[targets["doc_id"].isin(readable)].reset_index(drop=True)
    theme_summary = _theme_summary(targets, schemas, results, labels)
    census_type, census_year, census_theme = _census(schemas, theme_summary)
    national = results.targets[results.targets["doc_id"].isin(readable)].reset_index(drop=True)
    gaps = [row.theme for row in theme_summary.itertuples() if row.schemas_with_target == 0]
    return Comparison(
        schemas=schemas,
        targets=targets,
        themes=theme_summary,
        census_type=census_type,
        census_year=census_year,
        census_theme=census_theme,
        checklist=_checklist_wide(results),
        national=national,
        gaps=gaps,
    )


__all__ = ["COVERED_THEME_SCORE", "Comparison", "compare"]
