"""The cyclic garbage collector paused while an import runs.

An import makes hundreds of thousands of objects that live until it ends (lines, drafts,
entries, rows); the collector, counting them as they come, scans them again and again:
a tenth of the time of the import of 10,000 entries. What an import makes is freed
without the collector (a collection after such an import finds about a hundred objects
of it; the peak memory of parsing 100,000 entries is the same), so little waits for it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector runs again after it (unless
    it was off before)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
