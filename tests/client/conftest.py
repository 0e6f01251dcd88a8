"""Fixtures of the client tests: the mock served over HTTP, as a user's code would meet it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest

from export_jobs_mock import Lifecycle, ManualClock, MockConfig, create_app
from export_jobs_mock.serving import ServedMock, serve

ServeMock = Callable[..., ServedMock]


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
