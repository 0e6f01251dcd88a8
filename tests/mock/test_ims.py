"""The mock's IMS token endpoint, the tokens it issues at the gateway, and the throttle."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from aep_export_jobs_client.gateway import gateway_headers
from starlette.testclient import TestClient

from export_jobs_mock import Lifecycle, ManualClock, MockConfig, create_app
from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.faults import Throttle
from tests.conftest import BASE_URL, ORG

TOKEN_URL = "http://testserver/ims/token/v3"
CLIENT_ID = "ims-test-client"
SECRET = "ims-test-secret"
FORM = {"content-type": "application/x-www-form-urlencoded"}
GOOD_FORM = {
    "grant_type": "client_credentials",
    "client_id": CLIENT_ID,
    "client_secret": SECRET,
    "scope": "openid,AdobeID",
}


@pytest.fixture
def ims_mock(clock: ManualClock) -> ExportJobsMock:
    return create_app(
        MockConfig(
            clock=clock,
            lifecycle=Lifecycle(1_000, 4_000),
            tokens=frozenset({"static-token"}),
            api_keys=frozenset({"static-key"}),
            ims_clients={CLIENT_ID: SECRET},
            token_lifetime_seconds=60,
            raise_on_contract_violation=True,
        )
    )


@pytest.fixture
def http(ims_mock: ExportJobsMock) -> Iterator[TestClient]:
    with TestClient(ims_mock, base_url=BASE_URL) as client:
        yield client


def api_headers(token: str, api_key: str = CLIENT_ID) -> dict[str, str]:
    return gateway_headers(access_token=token, api_key=api_key, ims_org=ORG, sandbox="prod")


def issue(http: TestClient, **changes: Any) -> Any:
    form = {key: value for key, value in {**GOOD_FORM, **changes}.items() if value is not None}
    return http.post(TOKEN_URL, data=form)


def test_a_token_is_issued_as_ims_issues_it(http: TestClient) -> None:
    answer = issue(http)
    assert answer.status_code == 200
    body = answer.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 60
    assert len(body["access_token"]) >= 32


@pytest.mark.parametrize(
    ("changes", "status", "error"),
    [
        ({"client_secret": "wrong"}, 401, "invalid_client"),
        ({"client_secret": None}, 401, "invalid_client"),
        ({"client_id": "someone-else"}, 400, "invalid_client"),
        ({"client_id": None}, 400, "invalid_client"),
        ({"grant_type": "password"}, 400, "unsupported_grant_type"),
        ({"grant_type": None}, 400, "unsupported_grant_type"),
        ({"scope": None}, 400, "invalid_scope"),
        ({"scope": "  "}, 400, "invalid_scope"),
    ],
)
def test_bad_credentials_get_ims_errors(
    http: TestClient, changes: dict[str, Any], status: int, error: str
) -> None:
    answer = issue(http, **changes)
    assert answer.status_code == status
    assert answer.json()["error"] == error
    assert answer.json()["error_description"]
    assert SECRET not in answer.text


@pytest.mark.parametrize(
    ("request_kwargs", "reason"),
    [
        ({"json": GOOD_FORM}, "Content-Type"),
        ({"params": GOOD_FORM, "content": b"", "headers": FORM}, "body"),
        (
            {
                "content": b"\xff\xfe",
                "headers": {"content-type": "application/x-www-form-urlencoded"},
            },
            "UTF-8",
        ),
    ],
)
def test_malformed_token_requests_are_refused(
    http: TestClient, request_kwargs: dict[str, Any], reason: str
) -> None:
    answer = http.post(TOKEN_URL, **request_kwargs)
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_request"
    assert reason in answer.json()["error_description"]


def test_an_issued_token_passes_the_gateway_until_it_expires(
    http: TestClient, clock: ManualClock, ims_mock: ExportJobsMock
) -> None:
    token = issue(http).json()["access_token"]
    assert http.get("export/jobs", headers=api_headers(token)).status_code == 200
    clock.advance(59_999)
    assert http.get("export/jobs", headers=api_headers(token)).status_code == 200
    clock.advance(1)
    expired = http.get("export/jobs", headers=api_headers(token))
    assert expired.status_code == 401
    assert expired.json()["error_code"] == "401013"
    assert http.get("http://testserver/_mock/health").json()["tokensIssued"] == 1


def test_static_tokens_still_work_beside_issued_ones(http: TestClient) -> None:
    assert (
        http.get("export/jobs", headers=api_headers("static-token", "static-key")).status_code
        == 200
    )
    assert http.get("export/jobs", headers=api_headers("made-up", "static-key")).status_code == 401


def test_an_expired_issued_token_is_refused_even_when_any_token_is_accepted(
    clock: ManualClock,
) -> None:
    open_mock = create_app(MockConfig(clock=clock, token_lifetime_seconds=1))
    with TestClient(open_mock, base_url=BASE_URL) as http:
        token = issue(http).json()["access_token"]
        clock.advance(1_000)
        assert http.get("export/jobs", headers=api_headers(token)).status_code == 401
        assert http.get("export/jobs", headers=api_headers("any-other")).status_code == 200


def test_the_throttle_spreads_its_429s_evenly(http: TestClient, ims_mock: ExportJobsMock) -> None:
    ims_mock.throttle(Throttle(share=0.25, retry_after=2))
    headers = api_headers("static-token", "static-key")
    statuses = [http.get("export/jobs", headers=headers).status_code for _ in range(8)]
    assert statuses == [200, 200, 200, 429, 200, 200, 200, 429]
    throttled = http.get("export/jobs", headers=headers)  # the ninth: 200 again
    assert throttled.status_code == 200
    ims_mock.throttle(Throttle(share=1.0, retry_after=2))
    answer = http.get("export/jobs", headers=headers)
    assert answer.json() == {"error_code": "429050", "message": "Too many requests"}
    assert answer.headers["Retry-After"] == "2"
    ims_mock.throttle(None)
    assert http.get("export/jobs", headers=headers).status_code == 200


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"share": 0.5, "retryAfter": 0}, 200),
        ({"share": 0.5, "operationId": "getExportJob"}, 200),
        ({"share": 0}, 400),
        ({"share": 1.5}, 400),
        ({"share": True}, 400),
        ({"share": "half"}, 400),
        ({"share": 0.5, "retryAfter": -1}, 400),
        ({"share": 0.5, "operationId": "nope"}, 400),
        ([], 400),
    ],
)
def test_throttle_control_requests(http: TestClient, body: Any, status: int) -> None:
    assert http.post("http://testserver/_mock/throttle", json=body).status_code == status
    assert http.delete("http://testserver/_mock/throttle").json() == {"throttling": False}
