"""Fixtures of the client tests: the mock served over HTTP, as a user's code would meet it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field

import pytest

from export_jobs_mock import Lifecycle, ManualClock, MockConfig, create_app
from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.serving import ServedMock, serve

ServeMock = Callable[..., ServedMock]


@dataclass(frozen=True)
class Caller:
    """The credentials the client tests' mock accepts, and nothing else."""

    token: str = field(default="client-tests-token", repr=False)
    api_key: str = "client-tests-key"
    ims_org: str = "1BD6382559DF0C130A49422D@AdobeOrg"
    sandbox: str = "prod"
    client_id: str = "client-tests-id"
    client_secret: str = field(default="client-tests-secret", repr=False)


CALLER = Caller()


@pytest.fixture(scope="module")
def served() -> Iterator[ServedMock]:
    """One mock over HTTP per test module, accepting ``CALLER`` only."""
    config = MockConfig(
        clock=ManualClock(),
        lifecycle=Lifecycle(1_000, 4_000),
        tokens=frozenset({CALLER.token}),
        api_keys=frozenset({CALLER.api_key}),
        ims_clients={CALLER.client_id: CALLER.client_secret},
        raise_on_contract_violation=True,
    )
    with serve(create_app(config)) as server:
        yield server


@pytest.fixture
def mock(served: ServedMock) -> ExportJobsMock:
    """The served mock, emptied for the test."""
    served.mock.reset()
    return served.mock


@pytest.fixture
def serve_mock() -> Iterator[ServeMock]:
    """Serve a mock built from ``MockConfig`` keyword arguments (a manual clock by default)."""
    with ExitStack() as stack:

        def start(**settings: object) -> ServedMock:
            settings.setdefault("clock", ManualClock())
            settings.setdefault("lifecycle", Lifecycle(1_000, 4_000))
            settings.setdefault("raise_on_contract_violation", True)
            mock = create_app(MockConfig(**settings))  # type: ignore[arg-type]
            return stack.enter_context(serve(mock))

        yield start
