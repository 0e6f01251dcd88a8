"""The ``ExportJobs`` facade of the generated package, against the mock over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from aep_export_jobs_client import (
    ApiError,
    AsyncExportJobs,
    ExportJobFailedError,
    ExportJobs,
    WaitTimeoutError,
    build_client,
)
from aep_export_jobs_client.models import DestinationCreate, ExportJobCreate, SchemaRef

from export_jobs_mock import Fault
from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.config import FAIL_DATASET_PREFIX
from export_jobs_mock.serving import ServedMock
from tests.client.conftest import CALLER


def connect_to(served: ServedMock) -> ExportJobs:
    return ExportJobs(
        build_client(
            access_token=CALLER.token,
            api_key=CALLER.api_key,
            ims_org=CALLER.ims_org,
            sandbox_name=CALLER.sandbox,
            base_url=served.base_url,
        )
    )


@pytest.fixture
def jobs(served: ServedMock, mock: ExportJobsMock) -> Iterator[ExportJobs]:
    with connect_to(served) as jobs:
        yield jobs


def new_job(dataset: str = "5b7c86968f7b6501e21ba9df") -> ExportJobCreate:
    return ExportJobCreate(
        destination=DestinationCreate(dataset_id=dataset),
        schema=SchemaRef(name="_xdm.context.profile"),
    )


def test_every_operation(jobs: ExportJobs) -> None:
    job = jobs.create(new_job(), profile_instance_id="ups")
    assert jobs.get(job.id).id == job.id
    assert [listed.id for listed in jobs.list_page(limit=10).records] == [job.id]
    assert jobs.cancel(job.id).status is True
    with pytest.raises(ApiError) as raised:
        jobs.get(job.id)
    assert raised.value.status_code == 404
    assert raised.value.error_code == "UPAPI-113000-404"
    assert raised.value.request_id


def test_iter_follows_the_cursor_across_pages(jobs: ExportJobs) -> None:
    created = [jobs.create(new_job()).id for _ in range(25)]
    assert [job.id for job in jobs.iter(page_size=4)] == created[::-1]
    assert len(list(jobs.iter(status="NEW", page_size=7))) == 25
    assert list(jobs.iter(status="SUCCEEDED")) == []


def test_wait_until_succeeded(jobs: ExportJobs, mock: ExportJobsMock) -> None:
    job = jobs.create(new_job())
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        mock.clock.advance(int(seconds * 1000))

    done = jobs.wait(job.id, poll_interval=1, jitter=0, sleep=sleep)
    assert str(done.status) == "SUCCEEDED"
    assert pauses == [1, 2, 4]  # the pause doubles


def test_wait_spreads_its_pauses_by_the_jitter(jobs: ExportJobs, mock: ExportJobsMock) -> None:
    job = jobs.create(new_job())  # 5 s of mock time: about five polls a second apart
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        mock.clock.advance(int(seconds * 1000))

    jobs.wait(job.id, poll_interval=1, max_interval=1, jitter=0.25, sleep=sleep)
    assert all(0.75 <= pause <= 1.25 for pause in pauses)
    assert len(set(pauses)) > 1, "waiters must not poll in lockstep"


def test_wait_raises_on_failure(jobs: ExportJobs, mock: ExportJobsMock) -> None:
    job = jobs.create(new_job(f"{FAIL_DATASET_PREFIX}-1"))
    with pytest.raises(ExportJobFailedError) as raised:
        jobs.wait(job.id, poll_interval=1, sleep=lambda s: mock.clock.advance(int(s * 1000)))
    assert raised.value.job.errors


def test_wait_times_out(jobs: ExportJobs) -> None:
    job = jobs.create(new_job())
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds  # time passes for the waiter, not for the mock

    with pytest.raises(WaitTimeoutError) as raised:
        jobs.wait(job.id, timeout=10, poll_interval=1, sleep=sleep, clock=lambda: now[0])
    assert str(raised.value.job.status) == "NEW"


def test_reads_are_retried_on_503(jobs: ExportJobs, mock: ExportJobsMock) -> None:
    job = jobs.create(new_job())
    mock.inject(Fault(status=503, count=3, operation_id="getExportJob", retry_after=0))
    assert jobs.get(job.id).id == job.id


def test_retries_give_up_with_a_typed_error(jobs: ExportJobs, mock: ExportJobsMock) -> None:
    mock.inject(Fault(status=429, count=10, operation_id="listExportJobs", retry_after=0))
    with pytest.raises(ApiError) as raised:
        jobs.list_page()
    assert raised.value.status_code == 429


def test_create_is_never_retried(jobs: ExportJobs, mock: ExportJobsMock) -> None:
    mock.inject(Fault(status=503, count=1, operation_id="createExportJob", retry_after=0))
    with pytest.raises(ApiError) as raised:
        jobs.create(new_job())
    assert raised.value.status_code == 503
    assert mock.service.store.count() == 0
    jobs.create(new_job())
    assert mock.service.store.count() == 1


def test_nonstandard_status_is_a_typed_error(jobs: ExportJobs, mock: ExportJobsMock) -> None:
    mock.inject(Fault(status=520, operation_id="listExportJobs"))
    with pytest.raises(ApiError) as raised:
        jobs.list_page()
    assert raised.value.status_code == 520
    assert "proxy" in raised.value.message


def test_from_env(served: ServedMock, mock: ExportJobsMock) -> None:
    environ = {
        "EXPORT_JOBS_ACCESS_TOKEN": CALLER.token,
        "EXPORT_JOBS_API_KEY": CALLER.api_key,
        "EXPORT_JOBS_IMS_ORG": CALLER.ims_org,
        "EXPORT_JOBS_SANDBOX": CALLER.sandbox,
        "EXPORT_JOBS_BASE_URL": served.base_url,
    }
    with ExportJobs.from_env(environ) as jobs:
        assert jobs.list_page().records == []


def test_async_facade(served: ServedMock, mock: ExportJobsMock) -> None:
    async def scenario() -> list[int]:
        async with AsyncExportJobs(connect_to(served).client) as jobs:
            created = [(await jobs.create(new_job())).id for _ in range(5)]

            async def sleep(seconds: float) -> None:
                mock.clock.advance(int(seconds * 1000))

            done = await jobs.wait(created[0], poll_interval=1, sleep=sleep)
            assert str(done.status) == "SUCCEEDED"
            listed = [job.id async for job in jobs.iter(page_size=2)]
            assert listed == created[::-1]
            return listed

    assert len(asyncio.run(scenario())) == 5
