"""Garbage-collector pacing for the standalone server: short pauses, bounded memory.

Every stored job is a few dozen container objects that live until the job is
evicted. Python's cyclic collector re-scans all of them in each full
collection: with 20,000 jobs that is a 15-25 ms pause several times a second
under a create load, which was most of create's p99. The jobs hold no
reference cycles (reference counting frees them on eviction), so:

- every ``freeze_seconds``, what survived is moved out of the collector's sight
  (``gc.freeze()``, O(1)): routine collections only scan what is new;
- every ``full_seconds``, everything is unfrozen, collected once (any cycle
  frozen meanwhile is freed) and frozen again: one longer pause, rarely.
"""

from __future__ import annotations

import gc
import threading

#: Collect the young generation every this many allocations (the default 700
#: runs it every other request: a request allocates a few hundred objects).
YOUNG_THRESHOLD = 20_000


class CollectorPacer:
    """Runs the freeze and full-collection rhythm in a daemon thread."""

    def __init__(self, freeze_seconds: float = 0.2, full_seconds: float = 300.0) -> None:
        if not 0 < freeze_seconds <= full_seconds:
            raise ValueError("need 0 < freeze_seconds <= full_seconds")
        self.freeze_seconds = freeze_seconds
        self.full_seconds = full_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="gc-pacer", daemon=True)
        #: Full collections run so far, for tests.
        self.full_collections = 0

    def start(self) -> None:
        gc.collect()
        gc.freeze()  # the spec, the validators and the code: never garbage
        # Full collections are this pacer's job; the collector's own would re-scan
        # everything frozen since the last one.
        gc.set_threshold(YOUNG_THRESHOLD, 20, 1_000)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        since_full = 0.0
        while not self._stop.wait(self.freeze_seconds):
            since_full += self.freeze_seconds
            if since_full >= self.full_seconds:
                since_full = 0.0
                gc.unfreeze()
                gc.collect()
                self.full_collections += 1
            gc.freeze()
