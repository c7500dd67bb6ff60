"""Keep PySide from caching the source of every module imported after it.

PySide6's `__feature__` support checks each newly imported module for the word "PySide6"
(to know which modules may switch features such as snake_case). It reads the module's
source with inspect.getsource, and that leaves every file in `linecache` for the rest of the
run: about 4.5 MiB for Heard's modules and the standard library's, a sixth of the memory
budget's margin over a bare Qt window (DESIGN.md).

`read_sources_uncached()` makes the same check read the file directly, without caching it;
the answer is the same. PySide keeps this check in a private function, so the replacement
is made only when that function is found, and otherwise nothing changes (the cache is then
emptied after each batch of imports with `drop_source_cache()`, which helps less).
"""

from __future__ import annotations

import linecache
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

FEATURE_MODULE = "PySide6.support.feature"
CHECK = "_mod_uses_pyside"


def read_sources_uncached() -> bool:
    """Call once PySide6 is imported. True when PySide's check now reads without caching."""
    feature = sys.modules.get(FEATURE_MODULE)
    original: Callable[[ModuleType], bool] | None = getattr(feature, CHECK, None)
    if feature is None or original is None or getattr(original, "heard_uncached", False):
        return feature is not None and original is not None
    setattr(feature, CHECK, _uncached(original))
    return True


def _uncached(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built-in, extension or zipped: no file to read here
        try:
            return b"PySide6" in Path(path).read_bytes()
        except OSError:
            return False  # as PySide decides for a module whose source cannot be read

    uses_pyside.heard_uncached = True  # type: ignore[attr-defined]
    return uses_pyside


def drop_source_cache() -> int:
    """Empty linecache (a cache only: a traceback reads its lines again); returns how many
    files it held."""
    held = len(linecache.cache)
    linecache.clearcache()
    return held
