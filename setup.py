"""Only what pyproject.toml cannot say: the package list, with the models folder mapped into it.

The repository keeps its models in the top-level ``models/`` folder; wheels and sdists ship it as
``spaser_nlp/models/`` (package data found by ``spaser_nlp.resources.models_dir``; the mapping is
``package-dir`` in pyproject.toml). pyproject.toml cannot combine package discovery with extra
mapped packages, so the list is built here: every folder under ``models/`` is a data package, and so
is every folder of data files inside ``spaser_nlp/`` (``spaser_nlp/report/assets``), hence namespace
discovery; their files are ``package-data`` in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

_NOT_PACKAGES = ["*__pycache__*"]
code = find_namespace_packages(include=["spaser_nlp", "spaser_nlp.*"], exclude=_NOT_PACKAGES)
models = ["spaser_nlp.models", *(f"spaser_nlp.models.{name}" for name in find_namespace_packages(where="models", exclude=_NOT_PACKAGES))]
setup(packages=[*code, *models])
