"""Serve a mock over HTTP on a free loopback port, in a thread, for tests, tools and benchmarks.

>>> from export_jobs_mock import ManualClock, MockConfig, create_app
>>> with serve(create_app(MockConfig(clock=ManualClock()))) as server:  # doctest: +SKIP
...     print(server.base_url)   # http://127.0.0.1:PORT/data/core/ups
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn
from starlette.types import ASGIApp

from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.ims import TOKEN_PATH

_START_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class ServedMock:
    """A mock being served, and the addresses a client needs."""

    mock: ExportJobsMock
    root_url: str

    @property
    def base_url(self) -> str:
        """The API's base URL (the real gateway's base path on this server)."""
        return self.root_url + self.mock.spec.base_path

    @property
    def ims_url(self) -> str:
        """The mock's IMS token endpoint."""
        return self.root_url + TOKEN_PATH


@contextmanager
def serve(
    mock: ExportJobsMock, host: str = "127.0.0.1", *, app: ASGIApp | None = None
) -> Iterator[ServedMock]:
    """Serve ``mock`` with uvicorn on a free port until the context ends.

    ``app``, when given, is served instead: a wrapper around ``mock`` (the
    contract suite's variants of it).
    """
    with serve_app(app or mock, host) as root_url:
        yield ServedMock(mock, root_url)


@contextmanager
def serve_app(app: ASGIApp, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve any ASGI ``app`` with uvicorn on a free port; yields its root URL."""
    config = uvicorn.Config(app, host=host, port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True, name="export-jobs-mock")
    thread.start()
    deadline = time.monotonic() + _START_TIMEOUT_SECONDS
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError("the server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
