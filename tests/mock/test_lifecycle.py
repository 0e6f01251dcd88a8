"""Jobs advance on the mock's clock: NEW → PROCESSING → SUCCEEDED or FAILED."""

from __future__ import annotations

from starlette.testclient import TestClient

from export_jobs_mock import ManualClock
from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.config import FAIL_DATASET_PREFIX
from tests.conftest import job_body


def job_now(client: TestClient, job_id: int) -> dict[str, object]:
    response = client.get(f"export/jobs/{job_id}")
    assert response.status_code == 200
    job: dict[str, object] = response.json()
    return job


def test_job_succeeds_on_the_clock(client: TestClient, clock: ManualClock) -> None:
    job_id = client.post("export/jobs", json=job_body()).json()["id"]
    assert job_now(client, job_id)["status"] == "NEW"
    clock.advance(999)
    assert job_now(client, job_id)["status"] == "NEW"
    clock.advance(1)
    processing = job_now(client, job_id)
    assert processing["status"] == "PROCESSING"
    assert processing["updateTime"] == 1_700_000_001_000
    assert "metrics" not in processing
    clock.advance(4_000)
    done = job_now(client, job_id)
    assert done["status"] == "SUCCEEDED"
    assert done["updateTime"] == 1_700_000_005_000
    assert done["metrics"] == {
        "totalTime": {
            "startTimeInMs": 1_700_000_001_000,
            "endTimeInMs": 1_700_000_005_000,
            "totalTimeInMs": 4_000,
        },
        "profileExportTime": {
            "startTimeInMs": 1_700_000_001_000,
            "endTimeInMs": 1_700_000_004_000,
            "totalTimeInMs": 3_000,
        },
        "aCPDatasetWriteTime": {
            "startTimeInMs": 1_700_000_004_000,
            "endTimeInMs": 1_700_000_005_000,
            "totalTimeInMs": 1_000,
        },
    }
    assert "errors" not in done


def test_marked_dataset_makes_the_job_fail(client: TestClient, clock: ManualClock) -> None:
    body = job_body(destination={"datasetId": f"{FAIL_DATASET_PREFIX}-any"})
    job_id = client.post("export/jobs", json=body).json()["id"]
    clock.advance(5_000)
    failed = job_now(client, job_id)
    assert failed["status"] == "FAILED"
    assert failed["errors"] == [
        {
            "code": "0100000003",
            "msg": "Error in Export Job",
            "callStack": "com.adobe.aep.unifiedprofile.common.logging.Logger",
        }
    ]


def test_status_filter_follows_the_clock(client: TestClient, clock: ManualClock) -> None:
    first = client.post("export/jobs", json=job_body()).json()["id"]
    clock.advance(5_000)
    second = client.post("export/jobs", json=job_body()).json()["id"]

    def listed(status: str) -> list[int]:
        return [
            job["id"]
            for job in client.get("export/jobs", params={"status": status}).json()["records"]
        ]

    assert listed("SUCCEEDED") == [first]
    assert listed("NEW") == [second]
    assert listed("FAILED") == []


def test_a_new_job_is_answered_as_it_is_fetched_and_keeps_no_document(
    client: TestClient, mock: ExportJobsMock
) -> None:
    created = client.post("export/jobs", json=job_body())
    job = mock.service.store.find(created.json()["id"])
    assert job is not None
    assert job.rendered is None, "a job nobody has read holds no rendered document"
    fetched = client.get(f"export/jobs/{job.id}")
    assert fetched.content == created.content
    assert job.rendered is not None, "a read one keeps it for the next read"
    assert client.get(f"export/jobs/{job.id}").content == created.content
