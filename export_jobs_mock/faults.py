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


class FaultInjector:
    """A queue of faults, consumed one request at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, operation_id: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.operation_id in (None, operation_id):
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    return fault
            return None
