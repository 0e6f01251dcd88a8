"""The /_mock control API, fault injection, and how a spec violation surfaces."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from export_jobs_mock import Fault, MockConfig, create_app
from export_jobs_mock.app import ContractViolation, ExportJobsMock
from export_jobs_mock.replies import Reply
from tests.conftest import BASE_URL, gateway_headers, job_body


def test_injected_faults_are_consumed_in_order(client: TestClient, mock: ExportJobsMock) -> None:
    mock.inject(Fault(status=503, count=2, operation_id="listExportJobs", retry_after=3))
    assert client.get("export/jobs/1").status_code == 404  # another operation is not affected
    first = client.get("export/jobs")
    assert first.status_code == 503
    assert first.headers["Retry-After"] == "3"
    assert first.json()["status"] == 503
    assert client.get("export/jobs").status_code == 503
    assert client.get("export/jobs").status_code == 200


def test_undocumented_fault_is_sent_as_a_proxy_would(
    client: TestClient, mock: ExportJobsMock
) -> None:
    mock.inject(Fault(status=520))
    response = client.get("export/jobs")
    assert response.status_code == 520
    assert response.headers["content-type"].startswith("text/plain")


def test_control_api(client: TestClient, mock: ExportJobsMock) -> None:
    client.post("export/jobs", json=job_body())
    health = client.get("http://testserver/_mock/health").json()
    assert health == {
        "ok": True,
        "jobs": 1,
        "tenants": 1,
        "evicted": 0,
        "limits": {"maxJobs": 20_000, "maxJobsPerTenant": 10_000},
        "requests": {"createExportJob": 1},
        "tokensIssued": 0,
        "throttled": 0,
    }
    now = client.post("http://testserver/_mock/clock", json={"advanceMs": 5000}).json()["nowMs"]
    assert now == 1_700_000_005_000
    assert client.get("export/jobs").json()["records"][0]["status"] == "SUCCEEDED"
    assert (
        client.post(
            "http://testserver/_mock/faults", json={"status": 429, "retryAfter": 1}
        ).status_code
        == 200
    )
    assert client.get("export/jobs").status_code == 429
    assert client.post("http://testserver/_mock/reset").json() == {"reset": True}
    assert client.get("http://testserver/_mock/health").json()["jobs"] == 0


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("http://testserver/_mock/clock", {"advanceMs": -1}),
        ("http://testserver/_mock/clock", {"advanceMs": "5"}),
        ("http://testserver/_mock/clock", [1]),
        ("http://testserver/_mock/faults", {"status": 200}),
        ("http://testserver/_mock/faults", {"status": 503, "count": 0}),
        ("http://testserver/_mock/faults", {"status": 503, "operationId": "nope"}),
    ],
)
def test_bad_control_request_is_a_400(client: TestClient, path: str, body: object) -> None:
    assert client.post(path, json=body).status_code == 400


def _broken(mock: ExportJobsMock) -> None:
    def bad_get(tenant: object, job_id: int) -> Reply:
        return Reply(200, {"id": "not-an-integer"})

    mock.service.get_job = bad_get  # type: ignore[method-assign]


def test_spec_violation_raises_in_tests(client: TestClient, mock: ExportJobsMock) -> None:
    _broken(mock)
    with pytest.raises(ContractViolation, match="getExportJob 200 body"):
        client.get("export/jobs/1")


def test_spec_violation_is_a_loud_500_when_serving() -> None:
    mock = create_app(MockConfig())
    _broken(mock)
    with TestClient(mock, base_url=BASE_URL, headers=gateway_headers()) as client:
        response = client.get("export/jobs/1")
    assert response.status_code == 500
    assert "getExportJob 200 body" in response.json()["detail"]


def test_crash_is_a_500_without_traceback() -> None:
    mock = create_app(MockConfig())

    def crash(tenant: object, job_id: int) -> Reply:
        raise RuntimeError("secret internals")

    mock.service.get_job = crash  # type: ignore[method-assign]
    with TestClient(mock, base_url=BASE_URL, headers=gateway_headers()) as client:
        response = client.get("export/jobs/1")
    assert response.status_code == 500
    assert "secret internals" not in response.text
    assert "Traceback" not in response.text


def test_seed_examples_are_served() -> None:
    mock = create_app(MockConfig(seed_examples=True))
    with TestClient(mock, base_url=BASE_URL, headers=gateway_headers()) as client:
        assert client.get("export/jobs/100").json()["status"] == "SUCCEEDED"
        assert len(client.get("export/jobs").json()["records"]) == 6


def test_a_broken_record_in_a_listing_is_caught(client: TestClient, mock: ExportJobsMock) -> None:
    good = client.post("export/jobs", json=job_body()).json()
    client.get("export/jobs")  # the record is now remembered as valid
    broken = {key: value for key, value in good.items() if key != "imsOrgId"}

    def listing(*args: object, **options: object) -> Reply:
        page = {"sortField": "createdTime", "sort": "desc", "pageSize": 2}
        return Reply(200, {"records": [good, broken], "page": page, "link": {"next": ""}})

    mock.service.list_jobs = listing  # type: ignore[method-assign]
    with pytest.raises(ContractViolation, match="records/1/"):
        client.get("export/jobs")
