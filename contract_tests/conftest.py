"""Fixtures that name the target of the contract suite, and the run's findings and reports.

``target`` runs every contract test three times: against the mock in-process,
against the mock over HTTP, and against the real API when ``EXPORT_JOBS_*``
credentials are set (otherwise that variant is skipped with the reason).

Tests record what they find instead of stopping at the first failure; a test
fails afterwards if it met a broken promise, listing every one. At the end of
the session the findings go to ``drift.json`` and ``drift.md`` in
``CONTRACT_REPORT_DIR`` (default ``build/contract``).
"""

from __future__ import annotations

import os
import signal
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

import contract_tests.checks  # noqa: F401  (registers the semantic checks)
from contract_tests.credentials import mask_secrets
from contract_tests.findings import Findings, summary, write_reports
from contract_tests.settings import live_timeout_seconds, load_config, strict
from contract_tests.targets import Target, http_target, in_process_target, live_target
from export_jobs_spec import SPEC_PATH

#: The targets this session used, in order, for the reports.
_TARGETS: list[Target] = []
_GATE = "broken promises met by this test"


def report_dir() -> Path:
    default = Path(__file__).resolve().parent.parent / "build" / "contract"
    return Path(os.environ.get("CONTRACT_REPORT_DIR") or default)


def _target_of(item: pytest.Item) -> Target | None:
    funcargs = getattr(item, "funcargs", {})
    found = funcargs.get("writable") or funcargs.get("target")
    return found if isinstance(found, Target) else None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Fail a test that met a broken promise, naming them all (it recorded, not raised)."""
    target = _target_of(item)
    findings = target.findings if target is not None else None
    mark = findings.mark() if findings is not None else 0
    yield  # a test that raised has failed already: its own message says why
    broken = findings.promises_since(mark) if findings is not None else []
    if broken:
        lines = [f"{_GATE} ({len(broken)}):"]
        for f in broken:
            lines.append(f"- {f.operation} {f.kind} at {f.where}: {f.message}")
            if f.example.get("curl"):
                lines.append(f"  reproduce: {f.example['curl']}")
        raise AssertionError(mask_secrets("\n".join(lines)))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Mask every known token and key in failure reports (terminal, JUnit, --showlocals)."""
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    # Only failures carry request details; a skip's report must stay a (path, line, reason) tuple.
    if report.failed and report.longrepr is not None:
        report.longrepr = mask_secrets(str(report.longrepr))
        target = _target_of(item)
        if call.when == "call" and target is not None and target.findings is not None:
            message = str(call.excinfo.value) if call.excinfo else "failed"
            if _GATE not in message:  # a sequence test's own assertion: a semantic finding
                target.findings.add(
                    "semantic",
                    observation=False,
                    operation="(sequence)",
                    where=getattr(item, "originalname", item.name),
                    observed=mask_secrets(message.splitlines()[0][:200] if message else ""),
                    spec="",
                    proposal="fix the server, or the spec if it promises too much",
                    message=mask_secrets(message.splitlines()[0][:300] if message else ""),
                    example={},
                )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give tests against a live server the time their budget and rate allow."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("target") == "live":
            item.add_marker(pytest.mark.timeout(live_timeout_seconds()))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """The drift reports of every target this session ran against."""
    if not _TARGETS:
        return
    findings = [f for target in _TARGETS if target.findings for f in target.findings.all()]
    outcomes = [
        outcome
        for target in _TARGETS
        if target.findings and target.findings.assumptions
        for outcome in target.findings.assumptions.all()
    ]
    write_reports(findings, report_dir(), [target.name for target in _TARGETS], outcomes)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _TARGETS:
        return
    findings = [f for target in _TARGETS if target.findings for f in target.findings.all()]
    terminalreporter.write_line(summary(findings, report_dir()))


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


def _with_findings(target: Target) -> Target:
    if target.findings is None:
        target.findings = Findings(target.name, strict=strict(live=target.live), live=target.live)
        _TARGETS.append(target)
    return target


@pytest.fixture(scope="session", params=TARGETS)
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    if request.param == "mock":
        yield _with_findings(in_process_target())
        return
    if request.param == "mock-http":
        yield _with_findings(request.getfixturevalue("mock_http_target"))
        return
    live = live_target()
    if isinstance(live, str):
        pytest.skip(live)
    _with_findings(live)
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
