"""Test-wide set-up.

The ingestion tests share page builders in ``tests/ingest/scans.py``; with
``--import-mode=importlib`` pytest no longer puts test folders on
``sys.path``, so that folder is added here and the builders import as ``scans``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_INGEST_TESTS = str(Path(__file__).parent / "ingest")
if _INGEST_TESTS not in sys.path:
    sys.path.insert(0, _INGEST_TESTS)
