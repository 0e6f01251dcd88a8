"""The pytest plugin of the toolkit: the ``export_jobs_mock`` fixture (registered as ``pytest11``).

Each test that asks for ``export_jobs_mock`` gets a fresh mock on a loopback
server that serves one test after another (one server per session and per
pytest-xdist worker), with ``EXPORT_JOBS_*`` set so that code calling
``ExportJobs.from_env()``, ``AsyncExportJobs.from_env()`` or the
``export-jobs`` command reaches it unchanged, and the client's waits on
virtual time. Nothing leaks from one test to the next: the mock, its clock,
its scripted outcomes and the variables all go with the test.

Mark a test ``@pytest.mark.export_jobs_mock(real_time=True)`` to keep real
sleeps (and a real-time clock is still the mock's: ``advance`` moves it).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from export_jobs_mock.testing import MockServer, MockSession

__all__ = ["export_jobs_mock", "export_jobs_mock_server"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "export_jobs_mock(real_time=False): options of the export_jobs_mock fixture",
    )


@pytest.fixture(scope="session")
def export_jobs_mock_server() -> Iterator[MockServer]:
    """The loopback server the ``export_jobs_mock`` fixtures of this session share."""
    with MockServer() as server:
        yield server


@pytest.fixture
def export_jobs_mock(
    export_jobs_mock_server: MockServer,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[MockSession]:
    """A fresh export-jobs mock for this test, with ``EXPORT_JOBS_*`` pointing at it."""
    marker = request.node.get_closest_marker("export_jobs_mock")
    real_time = bool(marker and marker.kwargs.get("real_time", False))
    with export_jobs_mock_server.session(virtual_time=not real_time) as session:
        session.on_environment_change = lambda: _apply(session, monkeypatch)
        _apply(session, monkeypatch)
        yield session


def _apply(session: MockSession, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in session.environment().items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
