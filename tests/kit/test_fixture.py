"""The ``export_jobs_mock`` pytest fixture, used as a consumer's suite uses it (in-repo, via -p)."""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from aep_export_jobs_client import (
    ApiError,
    AsyncExportJobs,
    ExportJobFailedError,
    ExportJobs,
    WaitTimeoutError,
    timing,
)
from aep_export_jobs_client.models import DestinationCreate, ExportJobCreate, SchemaRef

from export_jobs_mock.testing import VARIABLES, MockServer, MockSession, VirtualTime

ROOT = Path(__file__).resolve().parents[2]
TWENTY_MINUTES = 20 * 60


def body() -> ExportJobCreate:
    return ExportJobCreate(
        destination=DestinationCreate(dataset_id="5b7c86968f7b6501e21ba9df"),
        schema=SchemaRef(name="_xdm.context.profile"),
    )


def test_from_env_reaches_the_mock(export_jobs_mock: MockSession) -> None:
    assert os.environ["EXPORT_JOBS_BASE_URL"] == export_jobs_mock.base_url
    assert "EXPORT_JOBS_CLIENT_ID" not in os.environ
    with ExportJobs.from_env() as jobs:
        job = jobs.create(body())
        assert jobs.get(job.id).id == job.id


def test_a_long_job_is_waited_for_on_virtual_time(export_jobs_mock: MockSession) -> None:
    export_jobs_mock.set_lifecycle(new_seconds=60, processing_seconds=TWENTY_MINUTES)
    started = export_jobs_mock.now
    with ExportJobs.from_env() as jobs:
        done = jobs.wait(jobs.create(body()).id)
    assert str(done.status) == "SUCCEEDED"
    assert export_jobs_mock.now - started >= 60 + TWENTY_MINUTES, "the mock's clock moved"
    polls = export_jobs_mock.requests("getExportJob")
    assert 5 < len(polls) < 60, "polls back off as they would in real time"


def test_the_wait_timeout_is_virtual_too(export_jobs_mock: MockSession) -> None:
    export_jobs_mock.hold_next()
    with ExportJobs.from_env() as jobs, pytest.raises(WaitTimeoutError) as late:
        jobs.wait(jobs.create(body()).id, timeout=3 * 3600)
    assert str(late.value.job.status) == "PROCESSING"


def test_a_held_job_finishes_when_released(export_jobs_mock: MockSession) -> None:
    export_jobs_mock.hold_next()
    with ExportJobs.from_env() as jobs:
        job = jobs.create(body())
        export_jobs_mock.advance(24 * 3600)
        assert str(jobs.get(job.id).status) == "PROCESSING"
        export_jobs_mock.release(job.id)
        assert str(jobs.get(job.id).status) == "SUCCEEDED"


def test_a_scripted_failure_reports_its_errors(export_jobs_mock: MockSession) -> None:
    export_jobs_mock.fail_next([{"code": "0090000009", "msg": "Dataset is gone"}])
    with ExportJobs.from_env() as jobs, pytest.raises(ExportJobFailedError) as failed:
        jobs.wait(jobs.create(body()).id)
    [error] = failed.value.job.errors or []
    assert (error.code, error.msg) == ("0090000009", "Dataset is gone")


def test_a_job_fails_by_id(export_jobs_mock: MockSession) -> None:
    with ExportJobs.from_env() as jobs:
        first, second = jobs.create(body()), jobs.create(body())
        export_jobs_mock.fail(second.id)
        assert str(jobs.wait(first.id).status) == "SUCCEEDED"
        with pytest.raises(ExportJobFailedError):
            jobs.wait(second.id)


def test_scripted_errors_must_fit_the_spec(export_jobs_mock: MockSession) -> None:
    with pytest.raises(ValueError, match="ExportJobError"):
        export_jobs_mock.fail_next([{"code": 7}])
    with pytest.raises(KeyError, match="no export job 424242"):
        export_jobs_mock.release(424242)
    with pytest.raises(ValueError, match="operation_id"):
        export_jobs_mock.throttle("createJob")


def test_a_throttled_create_is_resent_once_and_stored_once(export_jobs_mock: MockSession) -> None:
    export_jobs_mock.throttle("createExportJob", times=1, retry_after=30)
    with ExportJobs.from_env() as jobs:
        jobs.create(body())
    assert [r.status for r in export_jobs_mock.requests("createExportJob")] == [429, 200]
    assert export_jobs_mock.job_count() == 1


def test_faults_end_as_the_client_says(export_jobs_mock: MockSession) -> None:
    export_jobs_mock.fault("listExportJobs", 503, times=10)
    with ExportJobs.from_env() as jobs, pytest.raises(ApiError) as raised:
        jobs.list_page()
    assert raised.value.status_code == 503
    assert len(export_jobs_mock.requests("listExportJobs")) == 4, "the client's 4 attempts"


def test_a_token_expiring_during_a_wait_is_renewed(export_jobs_mock: MockSession) -> None:
    export_jobs_mock.use_client_credentials(token_lifetime_seconds=600)
    assert os.environ["EXPORT_JOBS_CLIENT_ID"] == export_jobs_mock.credentials.client_id
    assert "EXPORT_JOBS_ACCESS_TOKEN" not in os.environ
    export_jobs_mock.set_lifecycle(new_seconds=60, processing_seconds=TWENTY_MINUTES)
    with ExportJobs.from_env() as jobs:
        jobs.wait(jobs.create(body()).id)
    assert export_jobs_mock.tokens_issued >= 2
    assert all(r.status != 401 for r in export_jobs_mock.requests()), "renewed before it expired"


def test_twenty_concurrent_async_waits(export_jobs_mock: MockSession) -> None:
    export_jobs_mock.set_lifecycle(new_seconds=60, processing_seconds=TWENTY_MINUTES)

    async def export_all() -> list[str]:
        async with AsyncExportJobs.from_env() as jobs:
            created = [await jobs.create(body()) for _ in range(20)]
            done = await asyncio.gather(*(jobs.wait(job.id) for job in created))
        return [str(job.status) for job in done]

    assert asyncio.run(export_all()) == ["SUCCEEDED"] * 20


def test_what_the_mock_received_holds_no_secret(export_jobs_mock: MockSession) -> None:
    with ExportJobs.from_env() as jobs:
        jobs.with_options(headers={"x-request-id": "consumer-1"}).create(body())
    [create] = export_jobs_mock.requests("createExportJob")
    assert create.body == body().to_dict()
    assert create.request_id == "consumer-1"
    assert create.headers["x-sandbox-name"] == "prod"
    assert "authorization" not in create.headers
    assert "x-api-key" not in create.headers


def test_the_command_reaches_the_mock(export_jobs_mock: MockSession) -> None:
    with ExportJobs.from_env() as jobs:
        job = jobs.create(body())
    run = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "aep_export_jobs_client", "get", str(job.id)],
        env={**os.environ, "PYTHONPATH": str(ROOT / "generated")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["id"] == job.id


def test_virtual_time_is_on_while_the_fixture_is(export_jobs_mock: MockSession) -> None:
    assert not isinstance(timing.current(), timing.SystemTiming)
    before = export_jobs_mock.now
    timing.sleep(3600)
    assert export_jobs_mock.now - before == 3600


@pytest.mark.export_jobs_mock(real_time=True)
def test_real_time_when_asked(export_jobs_mock: MockSession) -> None:
    assert type(timing.current()) is timing.SystemTiming


def test_after_a_test_nothing_is_left(export_jobs_mock: MockSession) -> None:
    # Every other test here created jobs or changed variables; whichever ran before, none remains.
    assert export_jobs_mock.job_count() == 0
    assert export_jobs_mock.requests() == []
    assert "EXPORT_JOBS_CLIENT_ID" not in os.environ


def test_without_the_fixture_the_variables_are_untouched() -> None:
    assert all(os.environ.get(name) != "export-jobs-mock-token" for name in VARIABLES)
    assert type(timing.current()) is timing.SystemTiming


def test_a_vendored_copy_gets_virtual_time_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vendor = tmp_path / "consumer_app" / "vendor"
    shutil.copytree(
        ROOT / "generated" / "aep_export_jobs_client", vendor / "aep_export_jobs_client"
    )
    for package in (vendor.parent, vendor):
        (package / "__init__.py").touch()
    monkeypatch.syspath_prepend(str(tmp_path))
    vendored = importlib.import_module("consumer_app.vendor.aep_export_jobs_client.timing")
    try:
        with MockServer() as server, server.session() as session:
            assert isinstance(vendored.current(), VirtualTime)
            before = session.now
            vendored.sleep(60)
            assert session.now - before == 60
        assert type(vendored.current()) is vendored.SystemTiming
    finally:
        for name in [name for name in sys.modules if name.startswith("consumer_app")]:
            del sys.modules[name]
