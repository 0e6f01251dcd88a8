"""Clocks in epoch milliseconds: the real one for the standalone server, a manual one for tests."""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    """What the mock asks of a clock."""

    def now_ms(self) -> int:
        """The current time in milliseconds since the Unix epoch."""
        ...

    def advance(self, ms: int) -> None:
        """Move the clock forward by ``ms`` milliseconds."""
        ...


class SystemClock:
    """Real time plus whatever ``advance`` added, so a running server can be fast-forwarded."""

    def __init__(self) -> None:
        self._skew_ms = 0

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self._skew_ms

    def advance(self, ms: int) -> None:
        if ms < 0:
            raise ValueError("a clock only moves forward")
        self._skew_ms += ms


class ManualClock:
    """A clock that stands still until a test moves it.

    >>> clock = ManualClock(start_ms=1_700_000_000_000)
    >>> clock.advance(1_500)
    >>> clock.now_ms()
    1700000001500
    """

    def __init__(self, start_ms: int = 1_700_000_000_000) -> None:
        self._now_ms = start_ms
        self._lock = threading.Lock()

    def now_ms(self) -> int:
        return self._now_ms

    def advance(self, ms: int) -> None:
        if ms < 0:
            raise ValueError("a clock only moves forward")
        with self._lock:
            self._now_ms += ms
