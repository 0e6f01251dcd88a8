"""Schemathesis' own CLI, run from the repository root, gives the project's verdict.

``st run`` finds ``schemathesis.toml`` there by itself: the consumer's view,
where a broken promise fails and leniency does not; ``--checks all`` is the
producer's strict view.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack

import pytest
from aep_export_jobs_client.gateway import gateway_headers
from starlette.types import ASGIApp

from contract_tests.defects import DEFECTS
from contract_tests.leniency import LenientMock
from export_jobs_mock import MockConfig, create_app
from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.serving import ServedMock, serve
from tests.contract.suite import st_run as run_st

TOKEN, KEY, ORG = "cli-token-8c21", "cli-key-5e9d", "CLI1234@AdobeOrg"
SEEDS = (1, 2, 3)


def mock() -> ExportJobsMock:
    return create_app(MockConfig(tokens=frozenset({TOKEN}), api_keys=frozenset({KEY})))


Wrap = Callable[[ExportJobsMock], ASGIApp]
Start = Callable[..., ServedMock]


@pytest.fixture
def served_with() -> Iterator[Start]:
    """Serve a mock, or a variant of it that ``wrap`` makes, for the test's duration."""
    with ExitStack() as stack:

        def start(wrap: Wrap | None = None) -> ServedMock:
            inner = mock()
            return stack.enter_context(serve(inner, app=wrap(inner) if wrap else None))

        yield start


def st_run(served: ServedMock, *extra: str) -> subprocess.CompletedProcess[str]:
    headers = gateway_headers(access_token=TOKEN, api_key=KEY, ims_org=ORG, sandbox="prod")
    return run_st(served.base_url, headers, *extra)


def test_the_mock_passes(served_with: Start) -> None:
    run = st_run(served_with())
    assert run.returncode == 0, run.stdout[-3000:]
    assert "No issues found" in run.stdout


def test_a_broken_response_schema_fails_and_is_named(served_with: Start) -> None:
    served = served_with(DEFECTS["missing_required_field"].wrap)
    run = st_run(served)
    assert run.returncode == 1
    assert "Response violates schema" in run.stdout
    assert "imsOrgId" in run.stdout


def test_leniency_passes_the_consumer_view_and_fails_the_strict_one(served_with: Start) -> None:
    served = served_with(lambda inner: LenientMock(inner, lenient_input=True, silent_allow=True))
    runs = [(seed, strict) for seed in SEEDS for strict in (False, True)]

    def one(run: tuple[int, bool]) -> subprocess.CompletedProcess[str]:
        seed, strict = run
        return st_run(served, "--seed", str(seed), *(["--checks", "all"] if strict else []))

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(runs, pool.map(one, runs), strict=True))
    for (seed, strict), result in results.items():
        if strict:
            assert result.returncode == 1, f"seed {seed}: the strict view must fail"
            assert "Schema-violating request accepted" in result.stdout
        else:
            assert result.returncode == 0, f"seed {seed}: {result.stdout[-3000:]}"
