"""A body validated once is sent again only while it is the body a fresh render would send."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from starlette.testclient import TestClient

from export_jobs_mock import ManualClock
from export_jobs_mock.app import ContractViolation, ExportJobsMock
from export_jobs_mock.config import Lifecycle
from export_jobs_mock.outcomes import Outcome
from tests.conftest import job_body


def fresh(mock: ExportJobsMock, client: TestClient, path: str) -> bytes:
    """The body of ``path`` rendered, validated and encoded anew (nothing remembered)."""
    mock.bodies.clear()
    response = client.get(path)
    assert response.status_code == 200
    body: bytes = response.content
    return body


def test_an_unchanged_listing_is_sent_as_validated(
    mock: ExportJobsMock, client: TestClient
) -> None:
    for _ in range(3):
        client.post("export/jobs", json=job_body())
    first = client.get("export/jobs").content
    hits = mock.bodies.hits
    assert client.get("export/jobs").content == first
    assert mock.bodies.hits == hits + 1


Step = Callable[[ExportJobsMock, TestClient, ManualClock, int], object]
STEPS: dict[str, Step] = {
    "created": lambda mock, client, clock, job: client.post("export/jobs", json=job_body()),
    "processing": lambda mock, client, clock, job: clock.advance(1_000),
    "succeeded": lambda mock, client, clock, job: clock.advance(4_000),
    "cancelled": lambda mock, client, clock, job: client.delete(f"export/jobs/{job}"),
    "scripted": lambda mock, client, clock, job: mock.script_job(job, Outcome.failed()),
    "released": lambda mock, client, clock, job: mock.release(job),
    "lifecycle": lambda mock, client, clock, job: setattr(
        mock.config, "lifecycle", Lifecycle(10_000, 20_000)
    ),
}


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("path", ["export/jobs", "export/jobs?limit=1", "export/jobs?start=0"])
def test_a_change_is_never_hidden_by_a_remembered_body(
    mock: ExportJobsMock, client: TestClient, clock: ManualClock, step: str, path: str
) -> None:
    job = client.post("export/jobs", json=job_body()).json()["id"]
    client.post("export/jobs", json=job_body())
    client.get(path)
    client.get(f"export/jobs/{job}")
    STEPS[step](mock, client, clock, job)
    listed, fetched = client.get(path).content, client.get(f"export/jobs/{job}")
    assert listed == fresh(mock, client, path)
    if fetched.status_code == 200:
        assert fetched.content == fresh(mock, client, f"export/jobs/{job}")


def test_a_remembered_body_is_validated_when_first_sent(
    mock: ExportJobsMock, client: TestClient
) -> None:
    job = client.post("export/jobs", json=job_body()).json()["id"]
    stored = mock.service.store.find(job)
    assert stored is not None
    mock.bodies.clear()
    stored.rendered = None
    stored.profile_instance_id = 5  # type: ignore[assignment]  # a document the spec refuses
    with pytest.raises(ContractViolation):
        client.get(f"export/jobs/{job}")
    assert mock.bodies.get(("getExportJob", 200, stored.rendered)) is None
