"""Helper threads share glibc's main malloc arena (heard.platform.malloc_arenas)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from heard.platform.malloc_arenas import limit_malloc_arenas

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")

# A child process: threads that allocate a little each, then the number of arenas glibc made
# (malloc_info lists one <heap nr=...> per arena).
CHILD = """
import ctypes, os, sys, tempfile, threading
from heard.platform.malloc_arenas import limit_malloc_arenas
if sys.argv[1] == "limit":
    assert limit_malloc_arenas()
barrier = threading.Barrier(4)
def work():
    barrier.wait()
    blocks = [bytearray(200_000) for _ in range(20)]
    barrier.wait()
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
libc = ctypes.CDLL(None)
libc.fdopen.restype = ctypes.c_void_p
with tempfile.TemporaryFile() as out:
    stream = libc.fdopen(os.dup(out.fileno()), b"w")
    libc.malloc_info(0, ctypes.c_void_p(stream))
    libc.fclose(ctypes.c_void_p(stream))
    out.seek(0)
    print(out.read().decode().count("<heap nr="))
"""


def arenas(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


@linux_only
def test_threads_share_one_arena_once_limited() -> None:
    assert arenas("limit") == 1
    assert arenas("default") > 1  # the check can fail: without the limit glibc makes more


def test_elsewhere_it_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert limit_malloc_arenas() is False
