"""The facade on a hostile network: every way an answer goes wrong, each operation, sync and async.

Each case ends in a result or in one of the package's documented errors, never
another exception; a create reaches the server at most once wherever it may
have been processed (a throttled one is resent: the gateway did not process it).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from aep_export_jobs_client import (
    ApiError,
    AsyncExportJobs,
    ExportJobs,
    ExportJobsError,
    NetworkError,
    UnreadableResponseError,
    build_client,
)
from aep_export_jobs_client.models import DestinationCreate, ExportJobCreate, SchemaRef
from aep_export_jobs_client.timing import SystemTiming, using

from tests.client import hostile
from tests.client.hostile import JOB, PAGE, Behaviour, HostileServer

CLIENT_TIMEOUT = 0.25


class NoPauses(SystemTiming):
    """Retry pauses take no time: the table is about outcomes, not waiting."""

    def sleep(self, seconds: float) -> None:
        pass

    async def asleep(self, seconds: float) -> None:
        await asyncio.sleep(0)


@dataclass(frozen=True)
class Case:
    #: What the server does; called with the test's stop event (for stalls).
    behaviour: Callable[[threading.Event], Behaviour | None]
    #: The error the caller gets (None: a result).
    expected: type[ExportJobsError] | None
    #: Whether the server may have processed the request (a create is then sent once).
    maybe_processed: bool = True


def _without(key: str) -> dict[str, Any]:
    return {name: value for name, value in JOB.items() if name != key}


CASES: dict[str, Case] = {
    "connection refused": Case(lambda stop: None, NetworkError, maybe_processed=False),
    "reset before the request was read": Case(lambda stop: None, NetworkError),
    "reset after the request was sent": Case(
        lambda stop: hostile.reset_after_request, NetworkError
    ),
    "headers slower than the timeout": Case(hostile.stall_before_headers, NetworkError),
    "body slower than the timeout": Case(hostile.stall_in_body, NetworkError),
    "body cut short": Case(lambda stop: hostile.cut_short, NetworkError),
    "200 text/html": Case(
        lambda stop: hostile.answer(200, b"<html>Down for maintenance</html>", "text/html"),
        UnreadableResponseError,
    ),
    "200 truncated JSON": Case(
        lambda stop: hostile.answer(200, b'{"id": 7, "status": '), UnreadableResponseError
    ),
    "200 a JSON array": Case(lambda stop: hostile.json_answer([1, 2]), UnreadableResponseError),
    "200 records not a list": Case(
        lambda stop: hostile.json_answer({"records": "oops", "page": 5}), UnreadableResponseError
    ),
    "200 a required property missing": Case(
        lambda stop: hostile.json_answer({**PAGE, "records": [_without("id")]} | _without("id")),
        UnreadableResponseError,
    ),
    "200 a required property of the wrong type": Case(
        lambda stop: hostile.json_answer(
            {**PAGE, "records": [{**JOB, "id": "seven"}]} | {**JOB, "id": "seven"}
        ),
        UnreadableResponseError,
    ),
    "502 HTML from a proxy": Case(
        lambda stop: hostile.answer(502, b"<html>Bad gateway</html>", "text/html"), ApiError
    ),
    "429 with Retry-After, then 200": Case(
        lambda stop: hostile.throttled_once("1"), None, maybe_processed=False
    ),
    "429 without Retry-After, then 200": Case(
        lambda stop: hostile.throttled_once(None), None, maybe_processed=False
    ),
}
# A cancel reads only status and message: a job-shaped body lacks both either way.
OPERATIONS = ("list", "create", "get", "cancel")
BODY = ExportJobCreate(
    destination=DestinationCreate(dataset_id="5b7c86968f7b6501e21ba9df"),
    schema=SchemaRef(name="_xdm.context.profile"),
)


@pytest.fixture
def stop() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # releases every stalled answer


@pytest.fixture(autouse=True)
def no_pauses() -> Iterator[None]:
    with using(NoPauses()):
        yield


def _client(base_url: str) -> Any:
    return build_client(
        access_token="hostile-token",
        api_key="hostile-key",
        ims_org="1BD6382559DF0C130A49422D@AdobeOrg",
        sandbox_name="prod",
        base_url=base_url,
        timeout=CLIENT_TIMEOUT,
        retry_attempts=2,
    )


def _read_fully(result: Any) -> None:
    """What a caller does with a result: reading a page's records reads every job."""
    if hasattr(result, "message"):  # a cancel's answer
        _ = (result.status, result.message)
        return
    for job in getattr(result, "records", [result]):
        _ = (job.id, job.status, job.destination)


def call_sync(base_url: str, operation: str) -> None:
    with ExportJobs(_client(base_url)) as jobs:
        match operation:
            case "list":
                _read_fully(jobs.list_page(limit=10))
            case "create":
                _read_fully(jobs.create(BODY))
            case "get":
                _read_fully(jobs.get(7))
            case "cancel":
                _read_fully(jobs.cancel(7))


async def call_async(base_url: str, operation: str) -> None:
    async with AsyncExportJobs(_client(base_url)) as jobs:
        match operation:
            case "list":
                _read_fully(await jobs.list_page(limit=10))
            case "create":
                _read_fully(await jobs.create(BODY))
            case "get":
                _read_fully(await jobs.get(7))
            case "cancel":
                _read_fully(await jobs.cancel(7))


def _outcome(base_url: str, operation: str, mode: str) -> BaseException | None:
    try:
        if mode == "sync":
            call_sync(base_url, operation)
        else:
            asyncio.run(call_async(base_url, operation))
    except Exception as error:  # the test inspects whatever came out
        return error
    return None


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("name", list(CASES))
def test_every_failure_is_typed(
    name: str, operation: str, mode: str, stop: threading.Event
) -> None:
    case = CASES[name]
    if name == "connection refused":
        error = _outcome(hostile.free_port_base_url(), operation, mode)
        server: HostileServer | None = None
    else:
        with hostile.hostile_server(case.behaviour(stop)) as server:
            error = _outcome(server.base_url, operation, mode)
            stop.set()
    if case.expected is None:
        assert error is None, f"{name}: expected a result, got {error!r}"
    else:
        assert type(error) is case.expected, f"{name}: {type(error).__name__}: {error}"
        assert isinstance(error, ExportJobsError)
    if server is not None and operation == "create" and case.maybe_processed:
        assert server.received["POST"] <= 1, "a create that may have been processed is never resent"
    if name.startswith("429"):
        assert sum(server.received.values()) == 2 if server else False, "throttled: resent once"


def test_an_unreadable_answer_keeps_what_came() -> None:
    html = b"<html>" + b"x" * 10_000 + b"</html>"
    with hostile.hostile_server(hostile.answer(200, html, "text/html")) as server:
        error = _outcome(server.base_url, "get", "sync")
    assert isinstance(error, UnreadableResponseError)
    assert error.status_code == 200
    assert error.content_type == "text/html"
    assert error.content == html[: len(error.content)]
    assert 0 < len(error.content) <= 4096
    assert error.request_id == "hostile-200"
    assert isinstance(error.__cause__, json.JSONDecodeError)


def test_tolerated_values_stay_tolerated() -> None:
    odd = {**JOB, "newField": {"a": 1}, "jobType": 7, "metrics": "soon"}
    with (
        hostile.hostile_server(hostile.json_answer(odd)) as server,
        ExportJobs(_client(server.base_url)) as jobs,
    ):
        job = jobs.get(7)
    assert job.id == 7
    assert job.additional_properties["newField"] == {"a": 1}
    assert job.to_dict() == odd
