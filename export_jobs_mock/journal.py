"""What the mock received, per operation, for tests to assert on (kept only when asked for).

Credentials never enter the journal: of the request's headers it keeps the
organisation, the sandbox, the content type and the request id. It holds the
last 1,000 requests, each raw body cut at 64 KiB, so a test that sends large
bodies cannot make it grow past about 64 MB.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import orjson

#: How much of a raw body an entry keeps (its JSON ``body`` is parsed from all of it).
KEPT_BODY_BYTES = 65_536
#: The headers a journal entry keeps (lower case); never Authorization or x-api-key.
KEPT_HEADERS = frozenset(
    {"x-gw-ims-org-id", "x-sandbox-name", "content-type", "x-request-id", "x-profile-instance-id"}
)


@dataclass(frozen=True)
class ReceivedRequest:
    """One API request as the mock received and answered it."""

    operation_id: str
    method: str
    path: str
    query: str
    headers: dict[str, str]
    #: The JSON body (None when there was none or it was not JSON: see ``raw_body``).
    body: Any
    raw_body: bytes = field(repr=False)
    status: int
    request_id: str


class Journal:
    """The last ``capacity`` API requests, oldest first; thread-safe."""

    def __init__(self, capacity: int = 1_000) -> None:
        self._entries: deque[ReceivedRequest] = deque(maxlen=capacity)
        self._lock = threading.Lock()

    def record(
        self,
        operation_id: str,
        method: str,
        path: str,
        query: str,
        headers: dict[str, str],
        raw_body: bytes,
        status: int,
        request_id: str,
    ) -> None:
        try:
            body = orjson.loads(raw_body) if raw_body else None
        except orjson.JSONDecodeError:
            body = None
        kept = {name: value for name, value in headers.items() if name in KEPT_HEADERS}
        entry = ReceivedRequest(
            operation_id,
            method,
            path,
            query,
            kept,
            body,
            raw_body[:KEPT_BODY_BYTES],
            status,
            request_id,
        )
        with self._lock:
            self._entries.append(entry)

    def entries(self, operation_id: str | None = None) -> list[ReceivedRequest]:
        """What was received, oldest first (only ``operation_id``'s, when given)."""
        with self._lock:
            entries = list(self._entries)
        if operation_id is None:
            return entries
        return [entry for entry in entries if entry.operation_id == operation_id]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
