"""Where the shipped models are: the one place that answers it.

The repository keeps its models in a top-level ``models/`` folder (``themes/``: taxonomy and
trained theme models, ``lexicon/``: the French word list the cleaner consults). A built wheel
or sdist ships that folder as package data, ``spaser_nlp/models/`` (see ``package-dir`` in
``pyproject.toml``), found here with :mod:`importlib.resources`. A source checkout, run with the
checkout on ``PYTHONPATH`` or installed in editable mode, has no ``spaser_nlp/models/``: the
checkout's ``models/`` beside the package is used instead.

``SPASER_NLP_MODELS``, when set, replaces both: it names a folder laid out like ``models/``
(``themes/``, ``lexicon/``). Every loader and the pipeline version read the folder through
:func:`models_dir`, so the digest in ``pipeline_version`` is always that of the files loaded.

>>> (models_dir() / "themes" / "taxonomy.yaml").is_file()
True
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from spaser_nlp.errors import ModelError

MODELS_ENV = "SPASER_NLP_MODELS"


def models_dir() -> Path:
    """The folder holding ``themes/`` and ``lexicon/`` (``SPASER_NLP_MODELS`` if set).

    Read on every call (not cached), so that a change of ``SPASER_NLP_MODELS`` is seen by the
    next load; the loaders cache what they read by folder.
    """
    env = os.environ.get(MODELS_ENV)
    if env:
        folder = Path(env).expanduser().resolve()
        if not folder.is_dir():
            raise ModelError(f"{MODELS_ENV} names no folder; point it at a folder holding themes/ and lexicon/", path=folder)
        return folder
    package = resources.files("spaser_nlp")
    packaged = package / "models"
    if packaged.is_dir():
        return _on_disk(packaged)
    checkout = _on_disk(package).parent / "models"
    if checkout.is_dir():
        return checkout
    raise ModelError(
        f"no models found: the installed package has no spaser_nlp/models/ and no checkout models/ is beside it; "
        f"reinstall spaser-nlp or set {MODELS_ENV} to a folder holding themes/ and lexicon/",
        path=checkout,
    )


def model_path(*parts: str) -> Path:
    """A path under :func:`models_dir`, e.g. ``model_path("themes", "taxonomy.yaml")`` (not checked)."""
    return models_dir().joinpath(*parts)


def source_checkout() -> Path | None:
    """The repository the package is run from (``PYTHONPATH`` or editable install), else ``None``.

    Corpora, gold files and benchmarks are development material: they live in the repository
    (``corpora/``) and are not shipped in the wheel. Commands that read them by default look here
    and say so clearly when the package is installed without its repository.
    """
    root = _on_disk(resources.files("spaser_nlp")).parent
    return root if (root / "pyproject.toml").is_file() and (root / "corpora").is_dir() else None


def _on_disk(traversable: object) -> Path:
    # Models are read with numpy/gzip/yaml from real files: an installation that is not a plain
    # folder (a zipped package) is not supported.
    path = Path(str(traversable))
    if not path.exists():
        raise ModelError("spaser_nlp is not installed as plain files (zipped?); install it with pip", path=path)
    return path
