"""The standalone server (`python -m export_jobs_mock`): serves, logs requests, stops on Ctrl-C."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx

from tests.conftest import gateway_headers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_standalone_server_serves_logs_and_stops() -> None:
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "export_jobs_mock", "--port", str(port), "--seed-examples"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=os.environ.copy(),
    )
    try:
        url = f"http://127.0.0.1:{port}/data/core/ups/export/jobs/100"
        for _ in range(100):
            try:
                response = httpx.get(url, headers=gateway_headers())
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        else:
            raise AssertionError("the server did not start")
        assert response.status_code == 200
        assert response.json()["id"] == 100
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=20)
    assert process.returncode == 0
    assert '"GET /data/core/ups/export/jobs/100 HTTP/1.1" 200' in output
    assert "Traceback" not in output
