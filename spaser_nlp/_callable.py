"""Let a stage's subpackage be called like its main function.

``spaser_nlp.ingest`` is both a subpackage and the function ``ingest``: once
the subpackage is imported Python binds the *module* to that name on the
package, so ``spaser_nlp.ingest(path)`` would fail. Giving the module a class
with ``__call__`` keeps the public API ``spaser_nlp.ingest(path)`` and
``spaser_nlp.clean(document)`` working however the package was imported.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any


def make_module_callable(module_name: str, function: Callable[..., Any]) -> None:
    """Make ``sys.modules[module_name](...)`` call ``function(...)``."""

    class _CallableModule(types.ModuleType):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return function(*args, **kwargs)

    _CallableModule.__call__.__doc__ = function.__doc__
    sys.modules[module_name].__class__ = _CallableModule
