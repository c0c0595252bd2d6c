"""Worker processes that end when the process they work for is gone (``kill -9`` included).

A worker calls :func:`exit_with` once, with its driver's pid: a daemon thread then waits on a Linux
pidfd of that process (no polling, no pid reuse) and ends the worker with ``os._exit`` as soon as it
exits. Without pidfds (other systems, old kernels) the thread checks every second whether the pid is
still alive. Nothing else in the process changes.
"""

from __future__ import annotations

import os
import select
import threading
import time

# Exit status of a worker ended because its driver died (as a shell reports SIGHUP).
ORPHAN_EXIT = 129
_POLL_SECONDS = 1.0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch(pid: int, pidfd: int | None) -> None:
    if pidfd is not None:
        select.select([pidfd], [], [])  # readable once the process has exited
    else:
        while _alive(pid):
            time.sleep(_POLL_SECONDS)
    os._exit(ORPHAN_EXIT)


def exit_with(pid: int) -> None:
    """End this process as soon as process ``pid`` exits (immediately if it already has)."""
    pidfd: int | None
    try:
        pidfd = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(ORPHAN_EXIT)
    except (AttributeError, OSError):
        pidfd = None
    threading.Thread(target=_watch, args=(pid, pidfd), name="spaser-lifeline", daemon=True).start()


__all__ = ["ORPHAN_EXIT", "exit_with"]
