"""A shared mock is not an open door: bound beyond loopback, its control API needs the token."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTROL_TOKEN = "control-token-for-tests-8c1f"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextmanager
def mock_process(*args: str, **environ: str) -> Iterator[int]:
    """``python -m export_jobs_mock`` on a free port with ``args``; yields the port."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}"}
    env.pop("EXPORT_JOBS_MOCK_CONTROL_TOKEN", None)
    env.update(environ)
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "export_jobs_mock", "--port", str(port), "--quiet", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(400):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if server.poll() is not None:
                    pytest.fail("the mock did not start")
                time.sleep(0.025)  # waiting for it to listen, not for a result
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def control_status(port: int, token: str | None = None) -> int:
    """The status of ``GET /_mock/health`` asked over 127.0.0.1."""
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    request = urllib.request.Request(f"http://127.0.0.1:{port}/_mock/health", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:  # noqa: S310
            assert json.loads(answer.read())["ok"] is True
            return int(answer.status)
    except urllib.error.HTTPError as refused:
        return int(refused.code)


def test_bound_to_all_interfaces_the_control_api_needs_the_token() -> None:
    with mock_process("--host", "0.0.0.0", "--control-token", CONTROL_TOKEN) as port:  # noqa: S104
        assert control_status(port) == 403
        assert control_status(port, "wrong") == 403
        assert control_status(port, CONTROL_TOKEN) == 200
        assert api_status(port) == 200, "the API itself answers as before"


def api_status(port: int) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/data/core/ups/export/jobs",
        headers={
            "Authorization": "Bearer t",
            "x-api-key": "k",
            "x-gw-ims-org-id": "1BD6382559DF0C130A49422D@AdobeOrg",
            "x-sandbox-name": "prod",
        },
    )
    with urllib.request.urlopen(request, timeout=5) as answer:  # noqa: S310
        return int(answer.status)


def test_the_token_can_come_from_the_environment() -> None:
    with mock_process(
        "--host",
        "0.0.0.0",  # noqa: S104
        EXPORT_JOBS_MOCK_CONTROL_TOKEN=CONTROL_TOKEN,
    ) as port:
        assert control_status(port) == 403
        assert control_status(port, CONTROL_TOKEN) == 200


def test_bound_to_all_interfaces_without_a_token_nobody_controls_it() -> None:
    with mock_process("--host", "0.0.0.0") as port:  # noqa: S104
        assert control_status(port) == 403
        assert control_status(port, "anything") == 403


def test_bound_to_loopback_it_stays_open() -> None:
    with mock_process("--host", "127.0.0.1") as port:
        assert control_status(port) == 200
