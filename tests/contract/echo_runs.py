"""Live runs of the contract suite against ``EchoingServer``, the lenient stand-in, over HTTP."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from contract_tests.echoing import BASE_PATH, EchoingServer
from export_jobs_mock.serving import serve_app
from tests.contract.suite import run_suite

TOKEN, KEY, ORG, SANDBOX = "echo-token-41c7", "echo-key-0d3b", "ECHO1234@AdobeOrg", "prod"
SEEDS = ("1", "2", "3")


@contextmanager
def echoing(*defects: str) -> Iterator[tuple[EchoingServer, str]]:
    """The stand-in, with ``defects`` planted, served on a free loopback port."""
    server = EchoingServer(TOKEN, KEY, defects)
    with serve_app(server) as root:
        yield server, root + BASE_PATH


def live_run(
    base_url: str, reports: Path, seed: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    """The live-mode suite with writes against ``base_url``, as the nightly job runs it."""
    environ = {
        "CONTRACT_TARGETS": "live",
        "CONTRACT_MAX_EXAMPLES": "5",
        "CONTRACT_SEED": seed,
        "CONTRACT_REPORT_DIR": str(reports),
        "EXPORT_JOBS_BASE_URL": base_url,
        "EXPORT_JOBS_ACCESS_TOKEN": TOKEN,
        "EXPORT_JOBS_API_KEY": KEY,
        "EXPORT_JOBS_IMS_ORG": ORG,
        "EXPORT_JOBS_SANDBOX": SANDBOX,
        "EXPORT_JOBS_LIVE_WRITE": "1",
        "EXPORT_JOBS_RATE_PER_SECOND": "1000",
        "EXPORT_JOBS_REQUEST_BUDGET": "20000",
        "EXPORT_JOBS_SANDBOX_2": "",
        "CONTRACT_STRICT": "",
        **extra,
    }
    return run_suite(environ, timeout=600)
