"""The gateway's answers, before the service sees a request."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from export_jobs_mock import MockConfig, create_app
from tests.conftest import BASE_URL, ORG, gateway_headers


def get_jobs(client: TestClient, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
    client.headers.clear()
    response = client.get("export/jobs", headers=headers)
    return response.status_code, response.json()


@pytest.mark.parametrize(
    ("header", "value", "status", "body"),
    [
        (
            "Authorization",
            None,
            403,
            {"error_code": "403010", "message": "Oauth token is missing."},
        ),
        ("Authorization", "", 403, {"error_code": "403010", "message": "Oauth token is missing."}),
        (
            "Authorization",
            "Basic abc",
            401,
            {"error_code": "401013", "message": "Oauth token is not valid"},
        ),
        (
            "Authorization",
            "Bearerabc",
            401,
            {"error_code": "401013", "message": "Oauth token is not valid"},
        ),
        (
            "Authorization",
            "Bearer ",
            401,
            {"error_code": "401013", "message": "Oauth token is not valid"},
        ),
        ("x-api-key", None, 403, {"error_code": "403000", "message": "Api Key is required"}),
        ("x-gw-ims-org-id", None, 400, {"error_code": "400003", "message": "Missing header"}),
        ("x-sandbox-name", None, 400, {"error_code": "400003", "message": "Missing header"}),
    ],
)
def test_missing_or_malformed_header(
    client: TestClient, header: str, value: str | None, status: int, body: dict[str, str]
) -> None:
    headers = gateway_headers()
    if value is None:
        del headers[header]
    else:
        headers[header] = value
    assert get_jobs(client, headers) == (status, body)


@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER", "bEaReR"])
def test_the_scheme_is_read_in_any_case(client: TestClient, scheme: str) -> None:
    headers = gateway_headers()
    headers["Authorization"] = f"{scheme} {'t' * 1500}"  # as long as a real IMS token
    assert get_jobs(client, headers)[0] == 200


def test_configured_tokens_and_keys_are_enforced() -> None:
    mock = create_app(MockConfig(tokens=frozenset({"good"}), api_keys=frozenset({"key"})))
    with TestClient(mock, base_url=BASE_URL) as client:
        assert get_jobs(client, gateway_headers(token="good"))[0] == 200
        assert get_jobs(client, gateway_headers(token="bad")) == (
            401,
            {"error_code": "401013", "message": "Oauth token is not valid"},
        )
        wrong_key = {**gateway_headers(token="good"), "x-api-key": "other"}
        assert get_jobs(client, wrong_key) == (
            403,
            {"error_code": "403003", "message": "Api Key is invalid"},
        )


def test_entitlements_limit_organisations() -> None:
    mock = create_app(MockConfig(entitlements={"token": frozenset({ORG})}))
    with TestClient(mock, base_url=BASE_URL) as client:
        assert get_jobs(client, gateway_headers())[0] == 200
        assert get_jobs(client, gateway_headers(org="ELSE@AdobeOrg")) == (
            403,
            {"error_code": "403025", "message": "Profile is not valid"},
        )


@pytest.mark.parametrize(
    "content_type", [None, "text/plain", "application/xml", "application/jsonx"]
)
def test_body_without_json_content_type(client: TestClient, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("export/jobs", content=b'{"a": 1}', headers=headers)
    assert response.status_code == 400
    assert response.json()["detail"] == "A valid content-type must be specified"


def test_json_content_type_with_charset_is_accepted(client: TestClient) -> None:
    body = b'{"destination": {"datasetId": "d"}, "schema": {"name": "s"}}'
    headers = {"Content-Type": "application/json; charset=utf-8"}
    assert client.post("export/jobs", content=body, headers=headers).status_code == 200
