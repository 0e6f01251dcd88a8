"""Every error answer, whatever its body, becomes an ``ApiError``; failures are typed.

The error table runs each operation of the facade against a transport that
answers one status with one kind of body, so no answer can slip out of a
generated parser as a ``KeyError``, ``TypeError`` or ``ValueError``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from aep_export_jobs_client import (
    ApiError,
    AuthenticatedClient,
    ConfigurationError,
    ExportJobs,
    NetworkError,
    RetryingTransport,
    build_client,
)
from aep_export_jobs_client.models import DestinationCreate, ExportJobCreate, SchemaRef

BASE_URL = "http://api.invalid/data/core/ups"
BODY = ExportJobCreate(
    destination=DestinationCreate(dataset_id="d"), schema=SchemaRef(name="_xdm.context.profile")
)
OPERATIONS: dict[str, Callable[[ExportJobs], Any]] = {
    "listExportJobs": lambda jobs: jobs.list_page(),
    "createExportJob": lambda jobs: jobs.create(BODY),
    "getExportJob": lambda jobs: jobs.get(7),
    "cancelExportJob": lambda jobs: jobs.cancel(7),
}
BODIES: dict[str, tuple[bytes, str]] = {
    "gateway": (b'{"error_code": "429050", "message": "Too many requests"}', "application/json"),
    "problem": (
        b'{"title": "Broken.", "status": 500, "requestId": "r-1",'
        b' "errors": {"500": [{"code": "UPAPI-1-500", "message": "Broken."}]}}',
        "application/json",
    ),
    "html": (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
    "empty": (b"", "application/json"),
    "json that fits no error schema": (b'{"title": 5, "errors": ["x"]}', "application/json"),
    "a JSON array": (b"[1, 2, 3]", "application/json"),
    "malformed JSON": (b'{"error_code": ', "application/json"),
}
STATUSES = (400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 502, 503, 504, 520, 599)


def answering(status: int, body: bytes, media_type: str) -> ExportJobs:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": media_type})

    client = AuthenticatedClient(base_url=BASE_URL, token="")
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler)))
    return ExportJobs(client)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@pytest.mark.parametrize("body", sorted(BODIES))
@pytest.mark.parametrize("status", STATUSES)
def test_every_error_answer_is_an_api_error(operation: str, body: str, status: int) -> None:
    content, media_type = BODIES[body]
    with pytest.raises(ApiError) as raised:
        OPERATIONS[operation](answering(status, content, media_type))
    assert raised.value.status_code == status
    assert raised.value.content == content


@pytest.mark.parametrize(
    ("body", "code", "message", "request_id"),
    [
        ("gateway", "429050", "Too many requests", None),
        ("problem", "UPAPI-1-500", "Broken.", "r-1"),
        ("html", None, "<html><body><h1>502 Bad Gateway</h1></body></html>", None),
        ("empty", None, "no body", None),
    ],
)
def test_what_an_api_error_reads(
    body: str, code: str | None, message: str, request_id: str | None
) -> None:
    with pytest.raises(ApiError) as raised:
        answering(503, *BODIES[body]).get(7)
    assert (raised.value.error_code, raised.value.message, raised.value.request_id) == (
        code,
        message,
        request_id,
    )


def test_cancel_accepts_204_without_a_body() -> None:
    jobs = answering(204, b"", "application/json")
    assert jobs.cancel(7).status is True


# -- retries: what is resent, and how long it waits ------------------------------------


def scripted(
    statuses: list[int], retry_after: str | None = None
) -> tuple[ExportJobs, list[str], list[float]]:
    """A facade whose transport answers ``statuses`` in turn, with its log of calls and pauses."""
    log: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        status = statuses[min(len(log), len(statuses) - 1)]
        log.append(request.method)
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        if status == 200 and request.method == "POST":
            body = b'{"id": 1, "status": "NEW", "destination": {"datasetId": "d"},'
            body += (
                b' "schema": {"name": "s"}, "imsOrgId": "o", "creationTime": 1, "updateTime": 1}'
            )
            return httpx.Response(200, content=body, headers=headers)
        return httpx.Response(
            status, json={"error_code": str(status), "message": "m"}, headers=headers
        )

    sleeps: list[float] = []
    transport = RetryingTransport(
        httpx.MockTransport(handler), attempts=4, max_wait=30, sleep=sleeps.append
    )
    client = AuthenticatedClient(base_url=BASE_URL, token="")
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=transport))
    return ExportJobs(client), log, sleeps


@pytest.mark.parametrize(
    ("operation", "statuses", "sent"),
    [
        ("createExportJob", [429, 429, 200], 3),  # throttled: not processed, safe to resend
        ("createExportJob", [503, 200], 1),  # may have been processed: never resent
        ("createExportJob", [500, 200], 1),
        ("getExportJob", [503, 502, 504, 500], 4),  # idempotent: resent up to 4 attempts
        ("cancelExportJob", [429, 429, 429, 429, 429], 4),
        ("listExportJobs", [404], 1),  # a client error is an answer, not a failure
    ],
)
def test_which_answers_are_resent(operation: str, statuses: list[int], sent: int) -> None:
    jobs, log, _ = scripted(statuses)
    with contextlib.suppress(ApiError):
        OPERATIONS[operation](jobs)
    assert len(log) == sent


@pytest.mark.parametrize(("retry_after", "waited"), [("2", 2.0), ("120", 30.0), ("0", 0.0)])
def test_retry_after_is_honoured_and_capped(retry_after: str, waited: float) -> None:
    jobs, _, sleeps = scripted([429, 200], retry_after=retry_after)
    jobs.create(BODY)
    assert sleeps == [waited]


def test_without_retry_after_the_pause_is_jittered_and_bounded() -> None:
    jobs, _, sleeps = scripted([429, 429, 429, 200])
    jobs.create(BODY)
    assert len(sleeps) == 3
    assert all(0 <= pause <= 30 for pause in sleeps)


# -- typed failures -----------------------------------------------------------------


def test_an_unreachable_api_is_a_network_error() -> None:
    jobs = ExportJobs(
        build_client(
            access_token="token",
            api_key="key",
            ims_org="ORG@AdobeOrg",
            sandbox_name="prod",
            base_url="http://127.0.0.1:9/data/core/ups",  # the discard port: nothing listens
            retry_attempts=2,
            max_retry_wait=0,
        )
    )
    with pytest.raises(NetworkError) as raised:
        jobs.list_page()
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({"access_token": ""}, "access_token"),
        ({"access_token": "   "}, "access_token"),
        ({"access_token": "t", "api_key": ""}, "api_key"),
        ({"access_token": "t", "api_key": "k", "ims_org": ""}, "ims_org"),
        ({"client_id": "id"}, "client_secret"),
        ({"client_secret": "s"}, "client_id"),
        ({"access_token": "t", "api_key": "k", "base_url": "ftp://x"}, "base_url"),
    ],
)
def test_unusable_settings_are_configuration_errors(settings: dict[str, str], named: str) -> None:
    arguments: dict[str, Any] = {"ims_org": "ORG@AdobeOrg", "sandbox_name": "prod", **settings}
    with pytest.raises(ConfigurationError, match=named):
        build_client(**arguments)


def test_from_env_names_what_is_missing() -> None:
    with pytest.raises(ConfigurationError) as raised:
        ExportJobs.from_env({"EXPORT_JOBS_IMS_ORG": "ORG@AdobeOrg"})
    message = str(raised.value)
    for name in ("EXPORT_JOBS_ACCESS_TOKEN", "EXPORT_JOBS_API_KEY", "EXPORT_JOBS_SANDBOX"):
        assert name in message
    with pytest.raises(ConfigurationError, match="EXPORT_JOBS_CLIENT_SECRET"):
        ExportJobs.from_env({"EXPORT_JOBS_CLIENT_ID": "id"})
