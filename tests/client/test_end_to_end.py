"""The generated client against the mock served over HTTP: every operation, end to end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aep_export_jobs_client import AuthenticatedClient
from aep_export_jobs_client.api.export_jobs import (
    cancel_export_job,
    create_export_job,
    get_export_job,
    list_export_jobs,
)
from aep_export_jobs_client.gateway import gateway_headers
from aep_export_jobs_client.models import (
    CancelResult,
    DestinationCreate,
    ExportJob,
    ExportJobCreate,
    ExportJobList,
    ExportJobStatus,
    Filter,
    ListExportJobsStatus,
    Problem,
    SchemaRef,
    SegmentFilter,
    SegmentStatus,
)

from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.serving import ServedMock
from tests.client.conftest import CALLER


@pytest.fixture
def client(served: ServedMock, mock: ExportJobsMock) -> Iterator[AuthenticatedClient]:
    credentials = CALLER
    client = AuthenticatedClient(
        base_url=served.base_url,
        token=credentials.token,
        headers=gateway_headers(
            api_key=credentials.api_key, ims_org=credentials.ims_org, sandbox=credentials.sandbox
        ),
        raise_on_unexpected_status=True,
    )
    with client:
        yield client


def test_all_four_operations(client: AuthenticatedClient) -> None:
    body = ExportJobCreate(
        destination=DestinationCreate(dataset_id="5b7c86968f7b6501e21ba9df"),
        schema=SchemaRef(name="_xdm.context.profile"),
        filter_=Filter(
            segments=[SegmentFilter(segment_id="seg-1", status=[SegmentStatus.REALIZED])]
        ),
        fields="identities.id",
    )
    created = create_export_job.sync_detailed(client=client, body=body)
    assert created.status_code == 200
    job = created.parsed
    assert isinstance(job, ExportJob)
    assert job.status == ExportJobStatus.NEW
    assert created.headers["X-Location"].endswith(f"/export/jobs/{job.id}")

    fetched = get_export_job.sync(job.id, client=client)
    assert isinstance(fetched, ExportJob)
    assert fetched.destination.dataset_id == "5b7c86968f7b6501e21ba9df"
    assert fetched.filter_ is not None

    listing = list_export_jobs.sync(client=client, limit=10, status=ListExportJobsStatus.NEW)
    assert isinstance(listing, ExportJobList)
    assert [record.id for record in listing.records] == [job.id]

    cancelled = cancel_export_job.sync(job.id, client=client)
    assert isinstance(cancelled, CancelResult)
    assert cancelled.status is True

    gone = get_export_job.sync(job.id, client=client)
    assert isinstance(gone, Problem)
    assert gone.status == 404
