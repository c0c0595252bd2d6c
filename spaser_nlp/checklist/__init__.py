"""Does the schéma meet the law? A checklist of legal rules and a comparison with national targets.

``check`` is a pipeline stage ``Document -> Document``: it fills ``document.checklist`` (one verdict
per rule of ``models/checklist/rules.yaml``: ``met``, ``partial``, ``missing`` or ``not_applicable``,
with the evidence that decided it and why) and ``document.target_comparisons`` (quantified objectives
beside the national targets of ``models/checklist/national_targets.yaml``). It reads what earlier
stages found (objectives, plan tree, tables, profile); run it after them.

>>> from spaser_nlp.document import Document
>>> doc = Document(doc_id="d", source_path="d.txt", sha256="", media_type="text/plain", page_count=1,
...                text="Un bilan annuel est présenté au comité de suivi. Le schéma est publié sur le site internet.")
>>> statuses = {item.rule_id: item.status for item in check(doc).checklist}
>>> statuses["suivi_annuel"], statuses["publication"], statuses["objectifs_sociaux"]
('met', 'met', 'missing')
"""

from __future__ import annotations

from spaser_nlp.checklist.rules import DocumentView, Rule, decide, load_rules
from spaser_nlp.checklist.targets import compare_targets, load_targets
from spaser_nlp.document import ChecklistItem, Document

STATUS_LABELS = {"met": "conforme", "partial": "partiel", "missing": "absent", "not_applicable": "non applicable"}


def checklist(document: Document, rules: tuple[Rule, ...] | None = None) -> list[ChecklistItem]:
    """The verdict of every rule on ``document``."""
    view = DocumentView(document)
    return [decide(rule, view) for rule in (rules if rules is not None else load_rules())]


def check(document: Document) -> Document:
    """Pipeline stage: set ``document.checklist`` and ``document.target_comparisons``."""
    document.checklist = checklist(document)
    document.target_comparisons = compare_targets(document)
    return document


__all__ = ["STATUS_LABELS", "check", "checklist", "compare_targets", "load_rules", "load_targets"]
