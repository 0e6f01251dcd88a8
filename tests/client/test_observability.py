"""What the client says about its work: logs, raw answers, per-call options, wait progress."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterator

import pytest
from aep_export_jobs_client import (
    ApiError,
    CallOptions,
    ConfigurationError,
    ExportJobs,
    NetworkError,
    WaitProgress,
    build_client,
)
from aep_export_jobs_client import logs as client_logs
from aep_export_jobs_client.models import DestinationCreate, ExportJobCreate, SchemaRef

from export_jobs_mock import Fault, ManualClock
from export_jobs_mock.faults import Throttle
from export_jobs_mock.serving import ServedMock
from tests.client import hostile
from tests.client.conftest import CALLER, ServeMock

CLIENT_ID = "observability-client"
SECRET = "observability-secret-5d1e"
API_KEY = "observability-api-key-93c2"
TOKEN = "observability-static-token-11ab"


def new_job() -> ExportJobCreate:
    return ExportJobCreate(
        destination=DestinationCreate(dataset_id="5b7c86968f7b6501e21ba9df"),
        schema=SchemaRef(name="_xdm.context.profile"),
    )


@pytest.fixture
def environment_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Callable[[], str]]:
    """``EXPORT_JOBS_LOG=debug``; gives what reached standard error; the handler goes afterwards."""
    monkeypatch.setenv("EXPORT_JOBS_LOG", "debug")
    logger = logging.getLogger(client_logs.ROOT)
    level = logger.level
    yield lambda: capsys.readouterr().err
    for handler in list(logger.handlers):
        if not isinstance(handler, logging.NullHandler):
            logger.removeHandler(handler)
    logger.setLevel(level)


def oauth_jobs(served: ServedMock, clock: ManualClock) -> ExportJobs:
    return ExportJobs(
        build_client(
            client_id=CLIENT_ID,
            client_secret=SECRET,
            api_key=API_KEY,
            ims_url=served.ims_url,
            ims_org=CALLER.ims_org,
            sandbox_name=CALLER.sandbox,
            base_url=served.base_url,
            token_clock=lambda: clock.now_ms() / 1000,
        )
    )


def test_a_throttled_workload_is_logged_without_secrets(
    serve_mock: ServeMock, environment_log: Callable[[], str]
) -> None:
    clock = ManualClock()
    served = serve_mock(
        clock=clock,
        tokens=frozenset(),
        api_keys=frozenset({API_KEY}),
        ims_clients={CLIENT_ID: SECRET},
        token_lifetime_seconds=600,
    )
    served.mock.throttle(Throttle(share=0.5, retry_after=0))
    with oauth_jobs(served, clock) as jobs:
        created = [jobs.create(new_job()).id for _ in range(4)]
        clock.advance(700_000)  # past the token's life: the next call renews it
        list(jobs.iter(page_size=2))
        jobs.get(created[0])
    log = environment_log()
    resends = re.findall(
        r"resending (\w+) \S+ in [\d.]+ s \(attempt \d of \d\): throttled \(429\)", log
    )
    assert len(resends) == served.mock.faults.throttled >= 4
    requests = re.findall(
        r"(GET|POST) \S+ -> \d{3} in \d+ ms \(attempt \d of \d, request id (\S+)\)", log
    )
    api_requests = [found for found in requests if found != "none"]
    assert len(api_requests) >= 4 + 3 + 1
    assert "token fetched from IMS (first token): valid 600 s" in log
    assert "token fetched from IMS (renewal before expiry)" in log
    issued = served.mock.issuer.issued_tokens()
    for secret in (SECRET, API_KEY, CLIENT_ID, *issued):
        assert secret not in log, "a secret reached the log"


def test_a_give_up_is_a_warning(serve_mock: ServeMock, caplog: pytest.LogCaptureFixture) -> None:
    served = serve_mock(tokens=frozenset({TOKEN}), api_keys=frozenset({API_KEY}))
    served.mock.inject(Fault(status=503, count=10, operation_id="getExportJob", retry_after=0))
    with (
        caplog.at_level(logging.INFO, logger=client_logs.ROOT),
        static_jobs(served) as jobs,
        pytest.raises(ApiError),
    ):
        jobs.with_options(retry_attempts=2).get(1)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [
        "giving up on GET /data/core/ups/export/jobs/1 after 2 attempts: server error (503)"
    ]


def static_jobs(served: ServedMock) -> ExportJobs:
    return ExportJobs(
        build_client(
            access_token=TOKEN,
            api_key=API_KEY,
            ims_org=CALLER.ims_org,
            sandbox_name=CALLER.sandbox,
            base_url=served.base_url,
        )
    )


# -- per-call options -------------------------------------------------------------------


def test_a_per_call_retry_budget_takes_effect(serve_mock: ServeMock) -> None:
    served = serve_mock(tokens=frozenset({TOKEN}), api_keys=frozenset({API_KEY}))
    with static_jobs(served) as jobs:
        job = jobs.create(new_job())
        served.mock.inject(Fault(status=503, count=2, operation_id="getExportJob", retry_after=0))
        with pytest.raises(ApiError) as raised:
            jobs.with_options(retry_attempts=1).get(job.id)
        assert raised.value.status_code == 503
        assert served.mock.served["getExportJob"] == 1
        assert jobs.get(job.id).id == job.id, "the facade's own budget (4) outlasts the fault"
        assert served.mock.served["getExportJob"] == 3


def test_a_per_call_timeout_takes_effect() -> None:
    # The server answers after a few seconds: the client's 30 s would wait for it.
    stop = threading.Event()
    with hostile.hostile_server(hostile.stall_before_headers(stop)) as server:
        jobs = ExportJobs(
            build_client(
                access_token=TOKEN,
                api_key=API_KEY,
                ims_org=CALLER.ims_org,
                sandbox_name=CALLER.sandbox,
                base_url=server.base_url,
            )
        )
        with jobs, pytest.raises(NetworkError, match="ReadTimeout"):
            jobs.with_options(timeout=0.2, retry_attempts=1).get(7)
        stop.set()
    assert server.received["GET"] == 1


def test_extra_headers_reach_the_service_and_the_raw_answer_names_the_request(
    serve_mock: ServeMock,
) -> None:
    served = serve_mock(tokens=frozenset({TOKEN}), api_keys=frozenset({API_KEY}))
    with static_jobs(served) as jobs:
        traced = jobs.with_options(headers={"x-request-id": "nightly-42"})
        raw = traced.with_raw_response.create(new_job())
        assert raw.request_id == "nightly-42"
        assert raw.status_code == 200
        assert raw.attempts == 1
        assert raw.headers["X-Location"].endswith(f"/export/jobs/{raw.parsed.id}")
        own = jobs.with_raw_response.get(raw.parsed.id)
        assert own.request_id
        assert own.request_id != "nightly-42"
        assert own.parsed.id == raw.parsed.id
        assert jobs.options == CallOptions(), "with_options leaves the original alone"


def test_an_error_carries_the_gateways_request_id(serve_mock: ServeMock) -> None:
    served = serve_mock(tokens=frozenset({TOKEN}), api_keys=frozenset({API_KEY}))
    with static_jobs(served) as jobs, pytest.raises(ApiError) as raised:
        jobs.with_options(headers={"x-request-id": "lost-job-1"}).get(12345)
    assert raised.value.status_code == 404
    assert raised.value.request_id == "lost-job-1"


def test_the_raw_answer_counts_resends(serve_mock: ServeMock) -> None:
    served = serve_mock(tokens=frozenset({TOKEN}), api_keys=frozenset({API_KEY}))
    served.mock.inject(Fault(status=429, count=2, operation_id="listExportJobs", retry_after=0))
    with static_jobs(served) as jobs:
        assert jobs.with_raw_response.list_page().attempts == 3


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": 0},
        {"retry_attempts": 0},
        {"headers": {"Authorization": "Bearer mine"}},
        {"headers": {"x-request-id": "two\r\nlines"}},
    ],
)
def test_unusable_options_are_configuration_errors(options: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        CallOptions(**options)  # type: ignore[arg-type]


# -- wait() progress --------------------------------------------------------------------


def test_wait_reports_progress(serve_mock: ServeMock) -> None:
    clock = ManualClock()
    served = serve_mock(clock=clock, tokens=frozenset({TOKEN}), api_keys=frozenset({API_KEY}))
    seen: list[WaitProgress] = []
    with static_jobs(served) as jobs:
        job = jobs.create(new_job())
        jobs.wait(
            job.id,
            poll_interval=1,
            jitter=0,
            sleep=lambda s: clock.advance(int(s * 1000)),
            clock=lambda: clock.now_ms() / 1000,
            on_progress=seen.append,
        )
    assert [p.status for p in seen] == ["NEW", "PROCESSING", "PROCESSING", "SUCCEEDED"]
    assert [p.next_poll_in for p in seen] == [1, 2, 4, None]
    assert [p.elapsed for p in seen] == [0, 1, 3, 7]
    assert [p.polls for p in seen] == [1, 2, 3, 4]
    assert all(p.job_id == job.id for p in seen)
