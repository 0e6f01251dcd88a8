"""Retrieve and cancel: odd ids, unknown ids, tenant isolation, what a cancel leaves behind."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from export_jobs_mock.app import ExportJobsMock
from tests.conftest import BASE_URL, ORG, gateway_headers, job_body


@pytest.mark.parametrize(
    "raw_id",
    [
        "abc",
        "-1",
        "0",
        "1e9999",
        "1.5",
        "%00",
        "9223372036854775808",
        "9" * 5000,
        "%20",
        "\uff11\uff12",
    ],
)
@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_odd_id_is_a_400(
    client: TestClient, mock: ExportJobsMock, method: str, raw_id: str
) -> None:
    client.post("export/jobs", json=job_body())
    response = client.request(method, f"export/jobs/{raw_id}")
    assert response.status_code == 400
    assert response.json()["title"] == "The request is invalid."
    assert mock.service.store.count() == 1


@pytest.mark.parametrize("path", ["export/jobs/../1", "export/jobs/1/2", "export/other", "other"])
def test_unknown_path_is_a_404(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_unknown_id_is_a_problem_404(client: TestClient) -> None:
    response = client.get("export/jobs/12345")
    assert response.status_code == 404
    problem = response.json()
    assert problem["type"] == "https://ns.adobe.com/aep/errors/UPAPI-113000-404"
    assert problem["title"] == "The entity 12345 is not found."
    assert problem["errors"]["404"][0]["code"] == "UPAPI-113000-404"


def test_unsupported_method_is_a_405_with_allow(client: TestClient) -> None:
    response = client.put("export/jobs/1", json={})
    assert response.status_code == 405
    assert response.headers["Allow"] == "DELETE, GET"


def test_cancel_removes_the_job(client: TestClient) -> None:
    job_id = client.post("export/jobs", json=job_body()).json()["id"]
    response = client.delete(f"export/jobs/{job_id}")
    assert response.status_code == 200
    assert response.json() == {
        "status": True,
        "message": "Export job has been marked for cancelling",
    }
    assert client.get(f"export/jobs/{job_id}").status_code == 404
    assert client.get("export/jobs").json()["records"] == []
    assert client.delete(f"export/jobs/{job_id}").status_code == 404


def test_other_organisation_sees_nothing(client: TestClient, other_client: TestClient) -> None:
    job_id = client.post("export/jobs", json=job_body()).json()["id"]
    assert other_client.get(f"export/jobs/{job_id}").status_code == 404
    assert other_client.get("export/jobs").json()["records"] == []
    assert other_client.delete(f"export/jobs/{job_id}").status_code == 404
    assert client.get(f"export/jobs/{job_id}").status_code == 200


def test_other_sandbox_sees_nothing(client: TestClient, mock: ExportJobsMock) -> None:
    job_id = client.post("export/jobs", json=job_body()).json()["id"]
    with TestClient(mock, base_url=BASE_URL, headers=gateway_headers(ORG, "dev")) as dev:
        assert dev.get(f"export/jobs/{job_id}").status_code == 404
        assert dev.get("export/jobs").json()["records"] == []
        assert dev.delete(f"export/jobs/{job_id}").status_code == 404
