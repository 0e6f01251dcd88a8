"""The live target's safety, proven against the mock served over HTTP as if it were Adobe.

The contract suite runs in a subprocess with ``EXPORT_JOBS_*`` pointing at a
mock this test serves, so every request it sends can be counted.
"""

from __future__ import annotations

import dataclasses
import subprocess
from collections.abc import Iterator

import pytest

from contract_tests.targets import (
    MOCK_BASE_PATH,
    MOCK_CLIENT_ID,
    MOCK_CLIENT_SECRET,
    MOCK_CREDENTIALS,
    Target,
    http_target,
    mock_config,
)
from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.faults import Throttle
from export_jobs_mock.ims import TOKEN_PATH
from tests.contract.suite import run_suite

WRITES = ("createExportJob", "cancelExportJob")


@pytest.fixture
def served() -> Iterator[tuple[Target, ExportJobsMock]]:
    with http_target() as target:
        assert target.mock is not None
        yield target, target.mock


def run_live(target: Target, **extra: str) -> subprocess.CompletedProcess[str]:
    environ = {
        "CONTRACT_TARGETS": "live",
        "CONTRACT_MAX_EXAMPLES": "5",
        "EXPORT_JOBS_BASE_URL": target.base_url,
        "EXPORT_JOBS_ACCESS_TOKEN": MOCK_CREDENTIALS.token,
        "EXPORT_JOBS_API_KEY": MOCK_CREDENTIALS.api_key,
        "EXPORT_JOBS_IMS_ORG": MOCK_CREDENTIALS.ims_org,
        "EXPORT_JOBS_SANDBOX": MOCK_CREDENTIALS.sandbox,
        "EXPORT_JOBS_SANDBOX_2": "second",
        "EXPORT_JOBS_RATE_PER_SECOND": "1000",
        "EXPORT_JOBS_LIVE_WRITE": "",
        **extra,
    }
    return run_suite(environ, timeout=600)


def test_read_only_by_default(served: tuple[Target, ExportJobsMock]) -> None:
    target, mock = served
    run = run_live(target)
    assert run.returncode == 0, run.stdout[-3000:]
    assert mock.served["listExportJobs"] > 0
    assert mock.served["getExportJob"] > 0
    assert not any(mock.served[operation] for operation in WRITES), dict(mock.served)
    assert "EXPORT_JOBS_LIVE_WRITE=1" in run.stdout  # the skipped write tests say why


def test_writes_clean_up_after_themselves(served: tuple[Target, ExportJobsMock]) -> None:
    target, mock = served
    run = run_live(target, EXPORT_JOBS_LIVE_WRITE="1", EXPORT_JOBS_REQUEST_BUDGET="20000")
    assert run.returncode == 0, run.stdout[-3000:]
    assert mock.served["createExportJob"] > 0
    assert mock.service.store.count() == 0, "jobs the suite created were left behind"


def test_client_credentials_and_a_throttling_gateway(served: tuple[Target, ExportJobsMock]) -> None:
    """OAuth Server-to-Server against the mock's IMS, a fifth of requests throttled: green."""
    target, mock = served
    mock.throttle(Throttle(share=0.2, retry_after=0))
    oauth = {
        "EXPORT_JOBS_ACCESS_TOKEN": "",
        "EXPORT_JOBS_API_KEY": "",
        "EXPORT_JOBS_CLIENT_ID": MOCK_CLIENT_ID,
        "EXPORT_JOBS_CLIENT_SECRET": MOCK_CLIENT_SECRET,
        "EXPORT_JOBS_IMS_URL": target.base_url.removesuffix(MOCK_BASE_PATH) + TOKEN_PATH,
    }
    run = run_live(target, EXPORT_JOBS_LIVE_WRITE="1", EXPORT_JOBS_REQUEST_BUDGET="20000", **oauth)
    assert run.returncode == 0, run.stdout[-3000:]
    assert mock.issuer.issued == 1, "one token for the whole run"
    assert mock.faults.throttled > 10, "the gateway throttled, and nothing failed"
    assert mock.service.store.count() == 0
    assert MOCK_CLIENT_SECRET not in run.stdout + run.stderr


def test_throttling_that_outlasts_the_budget_says_so(
    served: tuple[Target, ExportJobsMock],
) -> None:
    target, mock = served
    mock.throttle(Throttle(share=1.0, retry_after=0))
    run = run_live(target, EXPORT_JOBS_REQUEST_BUDGET="20")
    assert run.returncode == 1
    assert "spent while the gateway throttled" in run.stdout
    assert "not a contract failure" in run.stdout


def test_the_newer_shapes_pass() -> None:
    """The mock answering as later revisions of the guide show (cancel 204 …): green."""
    config = mock_config()
    config.newer_shapes = True
    with http_target(config) as target:
        assert target.mock is not None
        run = run_live(target, EXPORT_JOBS_LIVE_WRITE="1", EXPORT_JOBS_REQUEST_BUDGET="20000")
        assert run.returncode == 0, run.stdout[-3000:]
        assert target.mock.served["cancelExportJob"] > 0
        assert target.mock.service.store.count() == 0


def test_request_budget_stops_the_run() -> None:
    config = dataclasses.replace(mock_config(), record_requests=True)
    with http_target(config) as target:
        assert target.mock is not None
        assert target.mock.journal is not None
        run = run_live(target, EXPORT_JOBS_REQUEST_BUDGET="5")
        received = target.mock.journal.entries()
    assert run.returncode == 1
    assert "request budget of 5 spent" in run.stdout
    # Schemathesis follows each request of a case with its auth probes (without the
    # token, without the key, …), outside any session, so they escape the budget: but
    # none of them gets through. At most the budget's five requests were served.
    served = [entry for entry in received if entry.status < 400]
    assert len(served) <= 5, [(entry.method, entry.query) for entry in served]
    assert all(entry.status in (401, 403) for entry in received if entry.status >= 400)
    assert all(entry.method == "GET" for entry in received), "a read-only run never writes"
