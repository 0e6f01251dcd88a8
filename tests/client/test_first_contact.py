"""What a user meets at first contact with Adobe: OAuth Server-to-Server, throttling, newer shapes.

Every test runs the facade against the mock over HTTP; tokens expire by the
mock's clock, which the client's token clock follows, so three token lifetimes
pass in milliseconds.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

import pytest
from aep_export_jobs_client import (
    AsyncExportJobs,
    AuthenticationError,
    ExportJobs,
    ImsTokenAuth,
    build_client,
)
from aep_export_jobs_client.models import (
    DestinationCreate,
    ExportJobCreate,
    Filter,
    SchemaRef,
    SegmentFilter,
    SegmentStatus,
)

from export_jobs_mock import ManualClock
from export_jobs_mock.faults import Throttle
from export_jobs_mock.serving import ServedMock
from tests.client.conftest import ServeMock

ORG = "1BD6382559DF0C130A49422D@AdobeOrg"
CLIENT_ID = "first-contact-client"
SECRET = "first-contact-secret-7f3a9c"
LIFETIME_SECONDS = 3_600


def new_job(dataset: str = "5b7c86968f7b6501e21ba9df") -> ExportJobCreate:
    return ExportJobCreate(
        destination=DestinationCreate(dataset_id=dataset),
        schema=SchemaRef(name="_xdm.context.profile"),
    )


def seconds_of(clock: ManualClock) -> float:
    return clock.now_ms() / 1000


def oauth_jobs(served: ServedMock, clock: ManualClock, secret: str = SECRET) -> ExportJobs:
    return ExportJobs(
        build_client(
            client_id=CLIENT_ID,
            client_secret=secret,
            ims_url=served.ims_url,
            ims_org=ORG,
            sandbox_name="prod",
            base_url=served.base_url,
            token_clock=lambda: seconds_of(clock),
        )
    )


def static_jobs(served: ServedMock) -> ExportJobs:
    """A facade with a fixed token, for a mock that accepts any."""
    return ExportJobs(
        build_client(
            access_token="static-token",
            api_key="key",
            ims_org=ORG,
            sandbox_name="prod",
            base_url=served.base_url,
        )
    )


def auth_of(jobs: ExportJobs | AsyncExportJobs) -> ImsTokenAuth:
    auth = jobs.client.get_httpx_client().auth
    assert isinstance(auth, ImsTokenAuth)
    return auth


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def oauth_mock(serve_mock: ServeMock, clock: ManualClock) -> ServedMock:
    # Static tokens are refused: only what the mock's IMS issued gets through.
    return serve_mock(
        clock=clock,
        tokens=frozenset(),
        api_keys=frozenset(),
        ims_clients={CLIENT_ID: SECRET},
        token_lifetime_seconds=LIFETIME_SECONDS,
    )


def test_a_workload_outliving_three_token_lifetimes(
    oauth_mock: ServedMock, clock: ManualClock
) -> None:
    with oauth_jobs(oauth_mock, clock) as jobs:
        for _ in range(30):  # 30 steps of a tenth of a lifetime: three lifetimes
            job = jobs.create(new_job())
            assert jobs.get(job.id).id == job.id
            clock.advance(LIFETIME_SECONDS * 100)
        assert len(list(jobs.iter())) == 30
        # The first token, then one per lifetime passed, each renewed 300 s before
        # it expired: 0 s, 3,600 s, 7,200 s and 10,800 s (the listing at the end).
        assert auth_of(jobs).token_requests == 4
        assert oauth_mock.mock.issuer.issued == 4


def test_concurrent_callers_on_an_expired_token_cause_one_token_request(
    oauth_mock: ServedMock, clock: ManualClock
) -> None:
    with oauth_jobs(oauth_mock, clock) as jobs:
        jobs.list_page()
        clock.advance(LIFETIME_SECONDS * 1000)
        with ThreadPoolExecutor(max_workers=20) as pool:
            pages = list(pool.map(lambda _: jobs.list_page(limit=1), range(20)))
        assert len(pages) == 20
        assert auth_of(jobs).token_requests == 2


def test_concurrent_tasks_on_an_expired_token_cause_one_token_request(
    oauth_mock: ServedMock, clock: ManualClock
) -> None:
    async def scenario() -> int:
        async with AsyncExportJobs(oauth_jobs(oauth_mock, clock).client) as jobs:
            await jobs.list_page()
            clock.advance(LIFETIME_SECONDS * 1000)
            await asyncio.gather(*(jobs.list_page(limit=1) for _ in range(20)))
            return auth_of(jobs).token_requests

    assert asyncio.run(scenario()) == 2


def test_a_token_rejected_with_401_is_renewed_once(
    oauth_mock: ServedMock, clock: ManualClock
) -> None:
    standing_still = ManualClock()  # the client believes its token is fresh
    with oauth_jobs(oauth_mock, standing_still) as jobs:
        job = jobs.create(new_job())
        clock.advance((LIFETIME_SECONDS + 1) * 1000)  # the gateway knows better
        assert jobs.get(job.id).id == job.id
        assert auth_of(jobs).token_requests == 2


def test_a_wrong_secret_fails_fast_with_ims_error(
    oauth_mock: ServedMock, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "wrong-secret-b81d2e4f"
    caplog.set_level(logging.DEBUG)
    with oauth_jobs(oauth_mock, clock, secret=wrong) as jobs:
        with pytest.raises(AuthenticationError) as raised:
            jobs.list_page()
        assert auth_of(jobs).token_requests == 1  # not a stack of retries
        shown = [str(raised.value), repr(raised.value), repr(jobs.client), repr(auth_of(jobs))]
    assert raised.value.error == "invalid_client"
    assert raised.value.status_code == 401
    assert "invalid client_secret parameter" in str(raised.value)
    assert oauth_mock.mock.served["listExportJobs"] == 0
    for text in [*shown, caplog.text]:
        assert wrong not in text
        assert SECRET not in text


def test_api_key_defaults_to_the_client_id(oauth_mock: ServedMock, clock: ManualClock) -> None:
    with oauth_jobs(oauth_mock, clock) as jobs:
        assert jobs.client.get_httpx_client().headers["x-api-key"] == CLIENT_ID


def test_from_env_with_client_credentials_only(oauth_mock: ServedMock) -> None:
    environ = {
        "EXPORT_JOBS_CLIENT_ID": CLIENT_ID,
        "EXPORT_JOBS_CLIENT_SECRET": SECRET,
        "EXPORT_JOBS_SCOPES": "openid,AdobeID",
        "EXPORT_JOBS_IMS_URL": oauth_mock.ims_url,
        "EXPORT_JOBS_IMS_ORG": ORG,
        "EXPORT_JOBS_SANDBOX": "prod",
        "EXPORT_JOBS_BASE_URL": oauth_mock.base_url,
    }
    with ExportJobs.from_env(environ) as jobs:
        assert list(jobs.list_page().records) == []
        assert auth_of(jobs).credentials.scopes == ("openid", "AdobeID")


# -- throttling ------------------------------------------------------------------------


def test_a_throttled_workload_completes(serve_mock: ServeMock) -> None:
    clock = ManualClock()
    served = serve_mock(clock=clock)
    served.mock.throttle(Throttle(share=0.4, retry_after=0))
    jobs = static_jobs(served)
    with jobs:
        created = [jobs.create(new_job()).id for _ in range(5)]
        assert [job.id for job in jobs.iter(page_size=2)] == created[::-1]
        done = jobs.wait(created[0], poll_interval=1, sleep=lambda s: clock.advance(int(s * 1000)))
        assert str(done.status) == "SUCCEEDED"
        assert jobs.cancel(created[1]).status is True
    # Every create was resent after its 429 and none was stored twice.
    assert served.mock.service.store.count() == 4
    assert served.mock.faults.throttled >= 5


# -- the newer shapes --------------------------------------------------------------------


def test_every_operation_in_the_newer_shapes(serve_mock: ServeMock) -> None:
    clock = ManualClock()
    served = serve_mock(clock=clock, newer_shapes=True)
    body = ExportJobCreate(
        destination=DestinationCreate(
            dataset_id="5b7c86968f7b6501e21ba9df", segment_per_batch=True
        ),
        schema=SchemaRef(name="_xdm.context.profile"),
        filter_=Filter(segments=[SegmentFilter(segment_id="s-1", status=[SegmentStatus.EXITED])]),
    )
    jobs = static_jobs(served)
    with jobs:
        job = jobs.create(body)
        done = jobs.wait(job.id, poll_interval=5, sleep=lambda s: clock.advance(int(s * 1000)))
        batches = done.destination.batches
        assert isinstance(batches, list)
        assert batches[0].status == SegmentStatus.EXITED  # a single value, not ['e', 'x', ...]
        assert done.metrics
        assert isinstance(done.metrics.total_exported_profile_counter, int)
        assert not done.metrics.a_cp_dataset_write_time
        assert [listed.id for listed in jobs.list_page().records] == [job.id]
        cancelled = jobs.cancel(job.id)  # the mock answers 204 without a body
        assert cancelled.status is True
        assert jobs.list_page().records == []
