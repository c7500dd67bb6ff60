"""Fewer glibc malloc arenas: a short-lived helper thread should not cost a megabyte or more.

glibc gives each thread that contends for the heap an arena of its own, up to 8 per core,
and keeps every arena's pages for the rest of the process. Heard's helper threads are brief
and rare (the chime, a keyring call, Qt's D-Bus thread), so they share the main arena: its
lock is never contended in practice, and peak memory drops by about 5 MiB, measured with
`python -m benchmarks.bench_memory` (DESIGN.md budgets it at 1.3x a bare Qt window). Setting the
MALLOC_ARENA_MAX environment variable does the same, but only before the process starts.
Elsewhere (musl, macOS, Windows) this does nothing.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # from glibc's malloc.h
ARENAS = 1


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Call before any helper thread starts. True when glibc took the setting."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
        gnu_version = libc.gnu_get_libc_version  # present in glibc only
    except (OSError, AttributeError):
        return False
    gnu_version.restype = ctypes.c_char_p
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    taken = bool(mallopt(M_ARENA_MAX, arenas))
    log.debug("glibc %s: at most %d malloc arenas (%s)", gnu_version().decode(), arenas, taken)
    return taken
