# Copied from codegen/extras/timing.py by `make generate`: edit it there.
"""The one place the client asks what time it is and waits: real time, or a test kit's.

Everything in the package that pauses or measures a duration (``wait()``'s polls,
the retry pauses, the token's renewal time) goes through ``current()``, so a test
kit can run the client on virtual time: ``using(timing)`` swaps it for the
duration of a ``with`` block, in this thread and every other.

>>> class Frozen(SystemTiming):
...     def monotonic(self) -> float:
...         return 42.0
>>> with using(Frozen()):
...     current().monotonic()
42.0
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class SystemTiming:
    """Real time: ``time.monotonic``, ``time.sleep`` and ``asyncio.sleep``."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Pause the calling thread."""
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        """Pause the calling task."""
        await asyncio.sleep(seconds)


_current: SystemTiming = SystemTiming()
_lock = threading.Lock()


def current() -> SystemTiming:
    """The timing in force (``SystemTiming`` unless a test kit swapped it)."""
    return _current


def monotonic() -> float:
    """``current().monotonic()``, as a plain function for default arguments."""
    return _current.monotonic()


def sleep(seconds: float) -> None:
    """``current().sleep(seconds)``, as a plain function for default arguments."""
    _current.sleep(seconds)


async def asleep(seconds: float) -> None:
    """``current().asleep(seconds)``, as a plain function for default arguments."""
    await _current.asleep(seconds)


@contextmanager
def using(timing: SystemTiming) -> Iterator[SystemTiming]:
    """Make ``timing`` the package's time until the block ends (then the previous one)."""
    global _current
    with _lock:
        previous, _current = _current, timing
    try:
        yield timing
    finally:
        with _lock:
            _current = previous
