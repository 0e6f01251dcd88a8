"""Fixtures for the behaviour tests: a mock with a stepped clock, and clients of two tenants."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from aep_export_jobs_client.gateway import gateway_headers as _gateway_headers
from starlette.testclient import TestClient

from export_jobs_mock import Lifecycle, ManualClock, MockConfig, create_app
from export_jobs_mock.app import ExportJobsMock

BASE_URL = "http://testserver/data/core/ups/"
ORG = "1BD6382559DF0C130A49422D@AdobeOrg"
OTHER_ORG = "2CE7493660EA1D241B5A533E@AdobeOrg"


def gateway_headers(
    org: str = ORG,
    sandbox: str = "prod",
    token: str = "token",  # noqa: S107
) -> dict[str, str]:
    return _gateway_headers(access_token=token, api_key="key", ims_org=org, sandbox=sandbox)


def job_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "destination": {"datasetId": "5b7c86968f7b6501e21ba9df"},
        "schema": {"name": "_xdm.context.profile"},
    }
    body.update(overrides)
    return body


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start_ms=1_700_000_000_000)


def make_mock(clock: ManualClock, **settings: Any) -> ExportJobsMock:
    """A mock for behaviour tests: a stepped clock, and spec violations raised, not served."""
    config = MockConfig(
        clock=clock,
        lifecycle=Lifecycle(1_000, 4_000),
        raise_on_contract_violation=True,
        **settings,
    )
    return create_app(config)


def api_client(mock: ExportJobsMock, org: str = ORG) -> TestClient:
    """A client of ``mock`` in ``org``'s production sandbox."""
    return TestClient(mock, base_url=BASE_URL, headers=gateway_headers(org))


@pytest.fixture
def mock(clock: ManualClock) -> ExportJobsMock:
    return make_mock(clock)


@pytest.fixture
def client(mock: ExportJobsMock) -> Iterator[TestClient]:
    with api_client(mock) as client:
        yield client


@pytest.fixture
def other_client(mock: ExportJobsMock) -> Iterator[TestClient]:
    with api_client(mock, OTHER_ORG) as client:
        yield client
