"""Injected failures, so clients can test retries and error handling against the mock."""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass
class Fault:
    """Answer the next ``count`` matching requests with ``status`` instead of serving them.

    ``operation_id`` limits the fault to one operation (``None``: any). A status
    the spec documents for the operation (429, 500, 503) gets the spec's body;
    any other (say 502 or 520) gets a plain-text body, as a proxy in front of
    the service would send.
    """

    status: int
    count: int = 1
    operation_id: str | None = None
    retry_after: int | None = None

    def __post_init__(self) -> None:
        if not 400 <= self.status <= 599:
            raise ValueError("a fault's status must be 4xx or 5xx")
        if self.count < 1:
            raise ValueError("a fault must apply to at least one request")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError("retry_after cannot be negative")


@dataclass(frozen=True)
class Throttle:
    """Answer a ``share`` of requests with the gateway's ``429`` until it is lifted.

    The throttled requests are spread evenly and deterministically (with a share
    of 0.25, every fourth request), so a test sees the same run every time and a
    share of at most one half never throttles two requests in a row.
    """

    share: float
    retry_after: int | None = 1
    operation_id: str | None = None

    def __post_init__(self) -> None:
        if not 0 < self.share <= 1:
            raise ValueError("a throttle's share must be above 0 and at most 1")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError("retry_after cannot be negative")


class FaultInjector:
    """A queue of faults, consumed one request at a time, and an optional throttle."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._throttle: Throttle | None = None
        self._matching = 0
        #: Requests answered 429 by the throttle, for tests and /_mock/health.
        self.throttled = 0

    def throttle(self, throttle: Throttle | None) -> None:
        """Start throttling (or stop, with None); the spread starts anew."""
        with self._lock:
            self._throttle = throttle
            self._matching = 0

    def throttles(self, operation_id: str) -> Throttle | None:
        """The throttle, when it answers this request with 429."""
        if self._throttle is None:  # the usual case, read without the lock (see take)
            return None
        with self._lock:
            throttle = self._throttle
            if throttle is None or throttle.operation_id not in (None, operation_id):
                return None
            self._matching += 1
            before = int((self._matching - 1) * throttle.share)
            if int(self._matching * throttle.share) == before:
                return None
            self.throttled += 1
            return throttle

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        """Drop pending faults and lift the throttle."""
        with self._lock:
            self._faults.clear()
            self._throttle = None

    def take(self, operation_id: str) -> Fault | None:
        """The next pending fault for this request, used up by one."""
        # Read without the lock: a request racing a fault being added may miss it,
        # as if it had come a moment earlier; the next one sees it.
        if not self._faults:
            return None
        with self._lock:
            for fault in self._faults:
                if fault.operation_id in (None, operation_id):
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    return fault
            return None
