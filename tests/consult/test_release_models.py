"""``release_models()``: the analysis' models are forgotten, and the next analysis loads them again alike."""

from __future__ import annotations

import pandas as pd

from spaser_nlp.consult import ConsultSettings, analyse, release_models


def test_release_models_then_analyse_again_gives_the_same_result(sample_path):
    from spaser_nlp.classify import loading, text
    from spaser_nlp.consult import labels, privacy
    from spaser_nlp.embed import backends

    frame = pd.read_csv(sample_path).head(60)
    settings = ConsultSettings(embedder="tfidf")  # labels, NER and themes still load spaCy and the theme model
    first = analyse(frame, settings=settings)
    release_models()
    assert labels._NLP is None and privacy._NER is None
    assert text._spacy_pipeline.cache_info().currsize == 0
    assert not loading._MODELS and not backends._CACHE
    again = analyse(frame, settings=settings)
    assert [i.label for i in again.issues] == [i.label for i in first.issues]
    assert [i.size for i in again.issues] == [i.size for i in first.issues]
    pd.testing.assert_frame_equal(again.contributions, first.contributions)
    assert labels._NLP is not None  # loaded again
