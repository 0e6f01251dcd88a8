"""Fixtures that name the target of the contract suite.

``target`` runs every contract test three times: against the mock in-process,
against the mock over HTTP, and against the real API when ``EXPORT_JOBS_*``
credentials are set (otherwise that variant is skipped with the reason).
"""

from __future__ import annotations

import os
import signal
import warnings
from collections.abc import Iterator

import pytest
import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

import contract_tests.checks  # noqa: F401  (registers the semantic checks)
from contract_tests.credentials import mask_secrets
from contract_tests.settings import load_config
from contract_tests.targets import Target, http_target, in_process_target, live_target
from export_jobs_spec import SPEC_PATH


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Mask every known token and key in failure reports (terminal, JUnit, --showlocals)."""
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    # Only failures carry request details; a skip's report must stay a (path, line, reason) tuple.
    if report.failed and report.longrepr is not None:
        report.longrepr = mask_secrets(str(report.longrepr))


def cancel_created(target: Target) -> None:
    """Cancel every job this run created on ``target``, whatever happened to the tests."""
    if not target.created_ids:
        return
    target.budget = None  # cleaning up must not be stopped by a spent budget
    left: list[int] = []
    with target.client() as client:
        for job_id in list(target.created_ids):
            answer = client.delete(f"export/jobs/{job_id}")
            if answer.status_code not in (200, 204, 404):
                left.append(job_id)
            target.created_ids.remove(job_id)
    if left:
        warnings.warn(f"could not cancel jobs the run created: {left}", stacklevel=1)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@pytest.fixture(scope="session")
def mock_http_target() -> Iterator[Target]:
    with http_target() as target:
        yield target


# CONTRACT_TARGETS narrows the run, e.g. CONTRACT_TARGETS=mock for the in-process mock alone.
TARGETS = os.environ.get("CONTRACT_TARGETS", "mock,mock-http,live").split(",")


@pytest.fixture(scope="session", params=TARGETS)
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    if request.param == "mock":
        yield in_process_target()
        return
    if request.param == "mock-http":
        yield request.getfixturevalue("mock_http_target")
        return
    live = live_target()
    if isinstance(live, str):
        pytest.skip(live)
    # A CI job stopped with SIGTERM still cleans up: pytest unwinds on KeyboardInterrupt.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield live
    finally:
        cancel_created(live)
        signal.signal(signal.SIGTERM, previous)


@pytest.fixture(scope="session")
def contract_schema(target: Target) -> OpenApiSchema:
    """The spec, loaded for ``target`` (the tests split reads from writes themselves)."""
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=load_config(live=target.live))
    if target.app is not None:
        schema.app = target.app
    return schema


@pytest.fixture
def writable(target: Target) -> Target:
    """``target``, if the run may create and cancel jobs on it."""
    if not target.allow_writes:
        pytest.skip("writes to a live system need EXPORT_JOBS_LIVE_WRITE=1")
    return target
