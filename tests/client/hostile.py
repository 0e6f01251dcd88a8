"""A raw-socket HTTP server that misbehaves as gateways, proxies and CDNs do, on loopback.

Each connection reads one request, records it, and answers as the chosen
``Behaviour`` says: resets, stalls, bodies cut short, HTML where JSON was
promised, throttling. Every connection is closed after one answer, so what
``received`` counts is what reached the server, resends included.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

#: How long a stalling answer waits at most (longer than any test's client timeout).
STALL_SECONDS = 5.0

JOB: dict[str, Any] = {
    "id": 7,
    "jobType": "BATCH",
    "status": "NEW",
    "destination": {"datasetId": "5b7c86968f7b6501e21ba9df"},
    "schema": {"name": "_xdm.context.profile"},
    "imsOrgId": "1BD6382559DF0C130A49422D@AdobeOrg",
    "creationTime": 1700000000000,
    "updateTime": 1700000000000,
}
PAGE = {
    "records": [JOB],
    "page": {"sortField": "createdTime", "sort": "desc", "pageSize": 1},
    "link": {"next": ""},
}
CANCELLED = {"status": True, "message": "Export job has been marked for cancelling"}


def valid_body(method: str, path: str) -> dict[str, Any]:
    """What the API answers to this request when all is well."""
    if method == "DELETE":
        return CANCELLED
    if method == "GET" and path.partition("?")[0].rstrip("/").endswith("/export/jobs"):
        return PAGE
    return JOB


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


#: What a behaviour does with one connection: the socket, the request it read, and
#: the number of that request (1 for the first the server received).
Behaviour = Callable[[socket.socket, Request, int], None]


@dataclass
class HostileServer:
    behaviour: Behaviour | None
    received: Counter[str] = field(default_factory=Counter)
    stop: threading.Event = field(default_factory=threading.Event)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/data/core/ups"

    def serve(self, listener: socket.socket) -> None:
        listener.settimeout(0.05)  # closing a socket does not wake a blocked accept()
        while not self.stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection: socket.socket) -> None:
        with connection:
            if self.behaviour is None:  # reset the moment the connection is accepted
                _reset(connection)
                return
            request = _read_request(connection)
            if request is None:
                return
            self.received[request.method] += 1
            number = sum(self.received.values())
            # The client may go away first: what it saw is what the test checks.
            with contextlib.suppress(OSError):
                self.behaviour(connection, request, number)


def _read_request(connection: socket.socket) -> Request | None:
    connection.settimeout(STALL_SECONDS)
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in lines[1:])
        }
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = connection.recv(65536)
            if not chunk:
                break
            body += chunk
    except (OSError, ValueError):
        return None
    return Request(method, path, headers, body)


@contextmanager
def hostile_server(behaviour: Behaviour | None) -> Iterator[HostileServer]:
    """Serve ``behaviour`` on a free loopback port until the block ends.

    ``None`` resets every connection as soon as it is accepted, before a request
    can be read.
    """
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    server = HostileServer(behaviour, port=listener.getsockname()[1])
    thread = threading.Thread(target=server.serve, args=(listener,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        thread.join(timeout=5)
        listener.close()


def free_port_base_url() -> str:
    """A base URL on a loopback port nothing listens on (connections to it are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/data/core/ups"


# -- the behaviours ---------------------------------------------------------------


def answer(
    status: int, body: bytes, content_type: str = "application/json", **headers: str
) -> Behaviour:
    def send(connection: socket.socket, request: Request, number: int) -> None:
        _send(connection, status, body, content_type, headers)

    return send


def _send(
    connection: socket.socket,
    status: int,
    body: bytes,
    content_type: str,
    headers: dict[str, str],
    *,
    declared_length: int | None = None,
) -> None:
    extra = "".join(f"{name.replace('_', '-')}: {value}\r\n" for name, value in headers.items())
    length = len(body) if declared_length is None else declared_length
    head = (
        f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {length}\r\nx-request-id: hostile-{status}\r\n"
        f"Connection: close\r\n{extra}\r\n"
    )
    connection.sendall(head.encode("latin-1") + body)


def _reset(connection: socket.socket) -> None:
    # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def reset_after_request(connection: socket.socket, request: Request, number: int) -> None:
    _reset(connection)


def stall_before_headers(stop: threading.Event) -> Behaviour:
    def stall(connection: socket.socket, request: Request, number: int) -> None:
        stop.wait(STALL_SECONDS)
        _send(
            connection,
            200,
            json.dumps(valid_body(request.method, request.path)).encode(),
            "application/json",
            {},
        )

    return stall


def stall_in_body(stop: threading.Event) -> Behaviour:
    def stall(connection: socket.socket, request: Request, number: int) -> None:
        body = json.dumps(valid_body(request.method, request.path)).encode()
        _send(connection, 200, body[:5], "application/json", {}, declared_length=len(body))
        stop.wait(STALL_SECONDS)
        connection.sendall(body[5:])

    return stall


def cut_short(connection: socket.socket, request: Request, number: int) -> None:
    body = json.dumps(valid_body(request.method, request.path)).encode()
    _send(connection, 200, body[:10], "application/json", {}, declared_length=len(body))


def throttled_once(retry_after: str | None) -> Behaviour:
    def reply(connection: socket.socket, request: Request, number: int) -> None:
        if number == 1:
            headers = {} if retry_after is None else {"Retry-After": retry_after}
            body = b'{"error_code": "429050", "message": "Too many requests"}'
            _send(connection, 429, body, "application/json", headers)
            return
        body = json.dumps(valid_body(request.method, request.path)).encode()
        _send(connection, 200, body, "application/json", {})

    return reply


def json_answer(document: object) -> Behaviour:
    return answer(200, json.dumps(document).encode())
