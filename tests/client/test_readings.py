"""The facade and the command in every reading the public material allows (the mock serves each)."""

from __future__ import annotations

import pytest
from aep_export_jobs_client import ApiError, ExportJobs, build_client
from aep_export_jobs_client.models import DestinationCreate, ExportJobCreate, SchemaRef

from export_jobs_mock.config import READINGS
from export_jobs_mock.serving import ServedMock
from tests.client.conftest import CALLER, ServeMock
from tests.client.test_cli import export_jobs

ALL_TOGETHER = {
    "cancel_effect": "marked",
    "cancel_answer": "204-empty",
    "other_tenant": "403",
    "paging": "number",
}
READING_CASES = {
    **{f"{name}={value}": {name: value} for name, values in READINGS.items() for value in values},
    "all together": ALL_TOGETHER,
}


@pytest.fixture(params=sorted(READING_CASES))
def reading(request: pytest.FixtureRequest, serve_mock: ServeMock) -> ServedMock:
    return serve_mock(
        tokens=frozenset({CALLER.token, "other-sandbox-token"}),
        api_keys=frozenset({CALLER.api_key}),
        **READING_CASES[request.param],
    )


def facade(served: ServedMock, sandbox: str = CALLER.sandbox) -> ExportJobs:
    return ExportJobs(
        build_client(
            access_token=CALLER.token,
            api_key=CALLER.api_key,
            ims_org=CALLER.ims_org,
            sandbox_name=sandbox,
            base_url=served.base_url,
        )
    )


def body() -> ExportJobCreate:
    return ExportJobCreate(
        destination=DestinationCreate(dataset_id="5b7c86968f7b6501e21ba9df"),
        schema=SchemaRef(name="_xdm.context.profile"),
    )


def test_iter_visits_every_job_once_whichever_way_the_service_pages(reading: ServedMock) -> None:
    with facade(reading) as jobs:
        created = [jobs.create(body()).id for _ in range(7)]
        assert [job.id for job in jobs.iter(page_size=2)] == created[::-1]
        by_update = [job.id for job in jobs.iter(page_size=3, sort="updateTime:asc")]
        assert sorted(by_update) == sorted(created)


def test_numbers_start_and_pages(reading: ServedMock) -> None:
    with facade(reading) as jobs:
        created = [jobs.create(body()).id for _ in range(5)]
        newest_first = created[::-1]
        assert [job.id for job in jobs.list_page(limit=2, offset=2).records] == newest_first[2:4]
        assert [job.id for job in jobs.list_page(limit=2, start=4).records] == newest_first[4:]
        assert [job.id for job in jobs.list_page(limit=2, page=1).records] == newest_first[2:4]


def test_cancel_then_get_answers_as_the_reading_says(reading: ServedMock) -> None:
    config = reading.mock.config
    with facade(reading) as jobs:
        job = jobs.create(body())
        assert jobs.cancel(job.id).status is True
        if config.cancel_effect == "marked":
            assert jobs.get(job.id).id == job.id, "a marked job stays visible"
            assert str(jobs.get(job.id).status) == "NEW", "stopped where it was"
            assert jobs.cancel(job.id).status is True, "a second cancel answers as the first"
        else:
            with pytest.raises(ApiError) as gone:
                jobs.get(job.id)
            assert gone.value.status_code == 404


def test_another_sandbox_meets_the_readings_status(reading: ServedMock) -> None:
    expected = int(reading.mock.config.other_tenant)
    with facade(reading) as jobs, facade(reading, sandbox="other") as other:
        job = jobs.create(body())
        for call in (other.get, other.cancel):
            with pytest.raises(ApiError) as refused:
                call(job.id)
            assert refused.value.status_code == expected
            if expected == 403:  # the item's code is an integer; the type names the service's
                assert refused.value.error_code == "UPAPI-113740-403"
        assert jobs.get(job.id).id == job.id


def test_the_command_in_every_reading_together(serve_mock: ServeMock) -> None:
    served = serve_mock(
        tokens=frozenset({CALLER.token}), api_keys=frozenset({CALLER.api_key}), **ALL_TOGETHER
    )
    for _ in range(3):
        assert export_jobs(served, "create", "--dataset-id", "d1", "--schema", "s").returncode == 0
    listed = export_jobs(served, "list", "--all", "--limit", "2")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count('"id"') == 3
    cancelled = export_jobs(served, "cancel", "1000")
    assert cancelled.returncode == 0, cancelled.stderr
    after = export_jobs(served, "get", "1000")
    assert after.returncode == 0, "a marked job is still there"
