"""Create: validation, defaults, the full job it answers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from starlette.testclient import TestClient

from export_jobs_mock.app import ExportJobsMock
from tests.conftest import ORG, job_body

GUIDE_REQUEST: dict[str, Any] = {
    "fields": "identities.id,personalEmail.address",
    "mergePolicy": {"id": "timestampOrdered-none-mp", "version": 1},
    "filter": {
        "segments": [{"segmentId": "52c26d0d", "segmentNs": "ups", "status": ["realized"]}],
        "segmentQualificationTime": {
            "startTime": "2018-01-01T00:00:00Z",
            "endTime": "2018-02-01T00:00:00Z",
        },
        "fromIngestTimestamp": "2018-01-01T00:00:00Z",
        "emptyProfiles": True,
    },
    "additionalFields": {
        "eventList": {"fields": "string", "filter": {"fromIngestTimestamp": "2018-01-01T00:00:00Z"}}
    },
    "destination": {"datasetId": "5b7c86968f7b6501e21ba9df"},
    "schema": {"name": "_xdm.context.profile"},
}


def test_create_answers_full_new_job(client: TestClient) -> None:
    response = client.post("export/jobs", json=GUIDE_REQUEST)
    assert response.status_code == 200
    job = response.json()
    assert isinstance(job["id"], int)
    assert response.headers["X-Location"] == f"/data/core/ups/export/jobs/{job['id']}"
    assert job["status"] == "NEW"
    assert job["jobType"] == "BATCH"
    assert job["imsOrgId"] == ORG
    assert job["profileInstanceId"] == "ups"
    assert job["creationTime"] == job["updateTime"] == 1_700_000_000_000
    assert job["requestId"]
    for field in ("fields", "mergePolicy", "filter", "additionalFields", "schema"):
        assert job[field] == GUIDE_REQUEST[field]
    assert job["destination"]["datasetId"] == GUIDE_REQUEST["destination"]["datasetId"]
    assert job["destination"]["segmentPerBatch"] is False
    assert len(job["destination"]["batchId"]) == 32


def test_profile_instance_header_is_kept(client: TestClient) -> None:
    job = client.post(
        "export/jobs", json=job_body(), headers={"x-profile-instance-id": "edge"}
    ).json()
    assert job["profileInstanceId"] == "edge"


def test_segment_per_batch_reports_a_batch_per_segment(client: TestClient) -> None:
    segments = [{"segmentId": "a"}, {"segmentId": "b", "segmentNs": "aam"}]
    body = job_body(
        destination={"datasetId": "d", "segmentPerBatch": True}, filter={"segments": segments}
    )
    job = client.post("export/jobs", json=body).json()
    batches = job["destination"]["batches"]
    assert [(b["segmentId"], b["segmentNs"]) for b in batches] == [("a", "ups"), ("b", "aam")]
    assert len({b["batchId"] for b in batches}) == 2
    assert "batchId" not in job["destination"]


def test_ids_increase(client: TestClient) -> None:
    first = client.post("export/jobs", json=job_body()).json()["id"]
    second = client.post("export/jobs", json=job_body()).json()["id"]
    assert second == first + 1


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"schema": {"name": "s"}}, "destination"),
        ({"destination": {"datasetId": "d"}}, "schema"),
        (job_body(destination={}), "datasetId"),
        (job_body(destination={"datasetId": 5}), "string"),
        (job_body(filter={"segments": [{"segmentNs": "ups"}]}), "segmentId"),
        (job_body(filter={"segments": [{"segmentId": "s", "status": ["gone"]}]}), "gone"),
        (job_body(filter={"fromIngestTimestamp": "yesterday"}), "date-time"),
        (job_body(filter={"segments": [{"segmentId": "s", "sgementNs": "ups"}]}), "sgementNs"),
        (job_body(mergePolicy={"id": "m", "version": 2**40}), "maximum"),
        (job_body(fields=["a"]), "string"),
        ([], "object"),
        ("text", "object"),
    ],
)
def test_invalid_body_is_rejected_with_reason(
    client: TestClient, mock: ExportJobsMock, body: Any, reason: str
) -> None:
    response = client.post("export/jobs", json=body)
    assert response.status_code == 400
    problem = response.json()
    assert problem["status"] == 400
    assert reason in problem["detail"]
    assert mock.service.store.count() == 0


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"null",
        b"{",
        b'{"a": }',
        b"\xff\xfe",
        b"[" * 100_000 + b"]" * 100_000,
        b"NaN",
        b"1e9999",
    ],
)
def test_malformed_json_is_a_400(client: TestClient, mock: ExportJobsMock, raw: bytes) -> None:
    response = client.post("export/jobs", content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["status"] == 400
    assert mock.service.store.count() == 0


def test_ten_megabyte_body_is_a_413(client: TestClient, mock: ExportJobsMock) -> None:
    huge = json.dumps(job_body(fields="x" * 10 * 1024 * 1024)).encode()
    response = client.post(
        "export/jobs", content=huge, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["title"] == "The request body is too large."
    assert mock.service.store.count() == 0
