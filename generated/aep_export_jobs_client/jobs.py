# Copied from codegen/extras/jobs.py by `make generate`: edit it there.
"""``ExportJobs`` and ``AsyncExportJobs``: the four operations, typed, raising, paging and waiting.

>>> jobs = ExportJobs(build_client(access_token="...", api_key="...", ims_org="...@AdobeOrg",
...                           sandbox_name="prod"))  # doctest: +SKIP
>>> for job in jobs.iter(status="SUCCEEDED"):  # doctest: +SKIP
...     print(job.id, job.destination.dataset_id)
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx

from .api.export_jobs import cancel_export_job, create_export_job, get_export_job, list_export_jobs
from .auth import (
    DEFAULT_IMS_URL,
    DEFAULT_SCOPES,
    ClientCredentials,
    ImsTokenAuth,
    StaticTokenAuth,
)
from .client import AuthenticatedClient
from .exceptions import (
    ApiError,
    ConfigurationError,
    ExportJobFailedError,
    ExportJobsError,
    NetworkError,
    WaitTimeoutError,
)
from .gateway import gateway_headers
from .models.cancel_result import CancelResult
from .models.export_job import ExportJob
from .models.export_job_create import ExportJobCreate
from .models.export_job_list import ExportJobList
from .models.list_export_jobs_status import ListExportJobsStatus
from .retrying import AsyncRetryingTransport, RetryingTransport
from .types import UNSET

DEFAULT_BASE_URL = "https://platform.adobe.io/data/core/ups"
#: The environment variables ``build_client_from_env`` reads, by ``build_client`` argument.
ENVIRONMENT = {
    "client_id": "EXPORT_JOBS_CLIENT_ID",
    "client_secret": "EXPORT_JOBS_CLIENT_SECRET",
    "scopes": "EXPORT_JOBS_SCOPES",
    "ims_url": "EXPORT_JOBS_IMS_URL",
    "access_token": "EXPORT_JOBS_ACCESS_TOKEN",
    "api_key": "EXPORT_JOBS_API_KEY",
    "ims_org": "EXPORT_JOBS_IMS_ORG",
    "sandbox_name": "EXPORT_JOBS_SANDBOX",
    "base_url": "EXPORT_JOBS_BASE_URL",
}
TERMINAL_STATUSES = frozenset({"SUCCEEDED", "FAILED"})
T = TypeVar("T")


def _required(name: str, value: str | None) -> str:
    if value is None or not value.strip():
        raise ConfigurationError(f"{name} is missing or empty")
    return value.strip()


def build_client(
    *,
    ims_org: str,
    sandbox_name: str,
    client_id: str | None = None,
    client_secret: str | None = None,
    scopes: Sequence[str] = DEFAULT_SCOPES,
    ims_url: str = DEFAULT_IMS_URL,
    access_token: str | None = None,
    api_key: str | None = None,
    base_url: str = DEFAULT_BASE_URL,
    timeout: float = 30.0,
    retry_attempts: int = 4,
    max_retry_wait: float = 30.0,
    token_clock: Callable[[], float] = time.monotonic,
) -> AuthenticatedClient:
    """A client that authenticates, sends the gateway headers on every call and retries.

    With ``client_id`` and ``client_secret`` (OAuth Server-to-Server) tokens come
    from IMS and are renewed by the client; otherwise ``access_token`` is sent as
    it is. ``api_key`` defaults to the client id. Retries: see ``retrying``.
    Raises ``ConfigurationError`` for a missing or empty setting.
    """
    auth: httpx.Auth
    if client_id or client_secret:
        credentials = ClientCredentials(
            _required("client_id", client_id),
            _required("client_secret", client_secret),
            tuple(scopes),
            ims_url,
        )
        auth = ImsTokenAuth(credentials, clock=token_clock)
        api_key = api_key or credentials.client_id
    else:
        auth = StaticTokenAuth(
            _required("access_token (or client_id and client_secret)", access_token)
        )
    headers = gateway_headers(
        api_key=_required("api_key", api_key),
        ims_org=_required("ims_org", ims_org),
        sandbox=_required("sandbox_name", sandbox_name),
    )
    if not base_url.startswith(("https://", "http://")):
        raise ConfigurationError(f"base_url must be http(s): {base_url!r}")
    # The token travels through ``auth``; AuthenticatedClient.token stays empty so
    # that no repr of the client can show it.
    client = AuthenticatedClient(base_url=base_url, token="", raise_on_unexpected_status=False)
    limit = httpx.Timeout(timeout)
    client.set_httpx_client(
        httpx.Client(
            base_url=base_url,
            headers=headers,
            auth=auth,
            timeout=limit,
            transport=RetryingTransport(attempts=retry_attempts, max_wait=max_retry_wait),
        )
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=base_url,
            headers=headers,
            auth=auth,
            timeout=limit,
            transport=AsyncRetryingTransport(attempts=retry_attempts, max_wait=max_retry_wait),
        )
    )
    return client


def build_client_from_env(environ: Mapping[str, str] | None = None) -> AuthenticatedClient:
    """``build_client`` with the ``EXPORT_JOBS_*`` variables.

    ``EXPORT_JOBS_CLIENT_ID`` and ``EXPORT_JOBS_CLIENT_SECRET`` (OAuth Server-to-Server,
    with optional ``EXPORT_JOBS_SCOPES`` and ``EXPORT_JOBS_IMS_URL``) win over
    ``EXPORT_JOBS_ACCESS_TOKEN`` and ``EXPORT_JOBS_API_KEY``; ``EXPORT_JOBS_IMS_ORG``
    and ``EXPORT_JOBS_SANDBOX`` are always needed, ``EXPORT_JOBS_BASE_URL`` is optional.
    """
    environ = os.environ if environ is None else environ

    def value(key: str) -> str | None:
        return environ.get(ENVIRONMENT[key], "").strip() or None

    oauth = bool(value("client_id") or value("client_secret"))
    needed = ["client_id", "client_secret"] if oauth else ["access_token", "api_key"]
    missing = [ENVIRONMENT[key] for key in [*needed, "ims_org", "sandbox_name"] if not value(key)]
    if missing:
        raise ConfigurationError(f"missing environment variables: {', '.join(missing)}")
    scopes = value("scopes")
    return build_client(
        ims_org=environ[ENVIRONMENT["ims_org"]],
        sandbox_name=environ[ENVIRONMENT["sandbox_name"]],
        client_id=value("client_id"),
        client_secret=value("client_secret"),
        scopes=[s.strip() for s in scopes.split(",") if s.strip()] if scopes else DEFAULT_SCOPES,
        ims_url=value("ims_url") or DEFAULT_IMS_URL,
        access_token=None if oauth else value("access_token"),
        api_key=value("api_key"),
        base_url=value("base_url") or DEFAULT_BASE_URL,
    )


#: The names of 1.x, kept so that code written against them keeps working.
connect = build_client
connect_from_env = build_client_from_env


@contextmanager
def _network_errors() -> Iterator[None]:
    """httpx's transport errors, once the retries are spent, as the package's ``NetworkError``."""
    try:
        yield
    except httpx.TransportError as error:
        raise NetworkError(f"{type(error).__name__}: {error or 'no detail'}") from error


class _Answer(Protocol):
    """What ``_expect`` reads of a generated ``Response`` (whatever it parsed into)."""

    @property
    def status_code(self) -> int: ...
    @property
    def content(self) -> bytes: ...
    @property
    def parsed(self) -> object: ...


def _expect(response: _Answer, expected: type[T]) -> T:
    if isinstance(response.parsed, expected):
        return response.parsed
    raise ApiError.from_response(int(response.status_code), response.content)


def _cancelled(response: _Answer) -> CancelResult:
    """A cancel's answer: ``200`` with a body, or ``204`` with or without one."""
    if int(response.status_code) == 204:
        if isinstance(response.parsed, CancelResult):
            return response.parsed
        try:
            return CancelResult.from_dict(json.loads(response.content))
        except (ValueError, TypeError, KeyError):  # no body, as a 204 should be
            return CancelResult(status=True, message="")
    return _expect(response, CancelResult)


def _status(status: ListExportJobsStatus | str | None) -> ListExportJobsStatus | None:
    return None if status is None else ListExportJobsStatus(status)


def _next_offset(page: ExportJobList, previous: str | None) -> str | None:
    """The cursor of the next page from ``link.next``; None on the last page."""
    link = page.link.next_ if page.link.next_ else ""
    if not link:
        return None
    offset = parse_qs(urlsplit(link).query).get("offset", [""])[0]
    if not offset or offset == previous:
        raise ExportJobsError(f"paging did not advance: link.next is {link!r}")
    return offset


def _check_terminal(job: ExportJob) -> ExportJob | None:
    if str(job.status) == "FAILED":
        raise ExportJobFailedError(job)
    return job if str(job.status) in TERMINAL_STATUSES else None


class ExportJobs:
    """Synchronous access to export jobs; every method returns a model or raises ``ApiError``."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ExportJobs:
        """Build from the ``EXPORT_JOBS_*`` variables (see ``build_client_from_env``)."""
        return cls(build_client_from_env(environ))

    def __enter__(self) -> ExportJobs:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.client.get_httpx_client().close()

    def list_page(
        self,
        *,
        status: ListExportJobsStatus | str | None = None,
        limit: int = 1000,
        offset: str | None = None,
    ) -> ExportJobList:
        """One page of jobs, newest first."""
        with _network_errors():
            response = list_export_jobs.sync_detailed(
                client=self.client,
                limit=limit,
                offset=UNSET if offset is None else offset,
                status=_status(status) or UNSET,
            )
        return _expect(response, ExportJobList)

    def pages(
        self, *, status: ListExportJobsStatus | str | None = None, page_size: int = 1000
    ) -> Iterator[ExportJobList]:
        """Every page, newest first, following the cursor in ``link.next``."""
        offset: str | None = None
        while True:
            page = self.list_page(status=status, limit=page_size, offset=offset)
            yield page
            offset = _next_offset(page, offset)
            if offset is None:
                return

    def iter(
        self, *, status: ListExportJobsStatus | str | None = None, page_size: int = 1000
    ) -> Iterator[ExportJob]:
        """Every job, newest first, following the cursor from page to page."""
        for page in self.pages(status=status, page_size=page_size):
            yield from page.records

    def create(self, body: ExportJobCreate, *, profile_instance_id: str | None = None) -> ExportJob:
        """Start an export (resent only on ``429``: a lost answer may mean the job exists)."""
        with _network_errors():
            response = create_export_job.sync_detailed(
                client=self.client,
                body=body,
                x_profile_instance_id=UNSET if profile_instance_id is None else profile_instance_id,
            )
        return _expect(response, ExportJob)

    def get(self, job_id: int) -> ExportJob:
        """One job of the caller's organisation and sandbox."""
        with _network_errors():
            response = get_export_job.sync_detailed(job_id, client=self.client)
        return _expect(response, ExportJob)

    def cancel(self, job_id: int) -> CancelResult:
        """Cancel a job; the service answers ``200`` with a body or ``204``."""
        with _network_errors():
            response = cancel_export_job.sync_detailed(job_id, client=self.client)
        return _cancelled(response)

    def wait(
        self,
        job_id: int,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 5.0,
        max_interval: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        on_poll: Callable[[ExportJob], None] | None = None,
    ) -> ExportJob:
        """Poll until the job ``SUCCEEDED`` (returned) or ``FAILED`` (``ExportJobFailedError``).

        The pause starts at ``poll_interval`` and doubles up to ``max_interval``;
        after ``timeout`` seconds ``WaitTimeoutError`` carries the last state seen.
        ``on_poll`` sees every state polled (for a progress display).
        """
        deadline = clock() + timeout
        interval = poll_interval
        while True:
            job = self.get(job_id)
            if on_poll is not None:
                on_poll(job)
            finished = _check_terminal(job)
            if finished is not None:
                return finished
            remaining = deadline - clock()
            if remaining <= 0:
                raise WaitTimeoutError(job, timeout)
            sleep(min(interval, remaining))
            interval = min(interval * 2, max_interval)


class AsyncExportJobs:
    """Asynchronous access to export jobs, with the same methods as ``ExportJobs``."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AsyncExportJobs:
        """Build from the ``EXPORT_JOBS_*`` variables (see ``build_client_from_env``)."""
        return cls(build_client_from_env(environ))

    async def __aenter__(self) -> AsyncExportJobs:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.client.get_async_httpx_client().aclose()

    async def list_page(
        self,
        *,
        status: ListExportJobsStatus | str | None = None,
        limit: int = 1000,
        offset: str | None = None,
    ) -> ExportJobList:
        """One page of jobs, newest first."""
        with _network_errors():
            response = await list_export_jobs.asyncio_detailed(
                client=self.client,
                limit=limit,
                offset=UNSET if offset is None else offset,
                status=_status(status) or UNSET,
            )
        return _expect(response, ExportJobList)

    async def pages(
        self, *, status: ListExportJobsStatus | str | None = None, page_size: int = 1000
    ) -> AsyncIterator[ExportJobList]:
        """Every page, newest first, following the cursor in ``link.next``."""
        offset: str | None = None
        while True:
            page = await self.list_page(status=status, limit=page_size, offset=offset)
            yield page
            offset = _next_offset(page, offset)
            if offset is None:
                return

    async def iter(
        self, *, status: ListExportJobsStatus | str | None = None, page_size: int = 1000
    ) -> AsyncIterator[ExportJob]:
        """Every job, newest first, following the cursor from page to page."""
        async for page in self.pages(status=status, page_size=page_size):
            for job in page.records:
                yield job

    async def create(
        self, body: ExportJobCreate, *, profile_instance_id: str | None = None
    ) -> ExportJob:
        """Start an export (resent only on ``429``: a lost answer may mean the job exists)."""
        with _network_errors():
            response = await create_export_job.asyncio_detailed(
                client=self.client,
                body=body,
                x_profile_instance_id=UNSET if profile_instance_id is None else profile_instance_id,
            )
        return _expect(response, ExportJob)

    async def get(self, job_id: int) -> ExportJob:
        """One job of the caller's organisation and sandbox."""
        with _network_errors():
            response = await get_export_job.asyncio_detailed(job_id, client=self.client)
        return _expect(response, ExportJob)

    async def cancel(self, job_id: int) -> CancelResult:
        """Cancel a job; the service answers ``200`` with a body or ``204``."""
        with _network_errors():
            response = await cancel_export_job.asyncio_detailed(job_id, client=self.client)
        return _cancelled(response)

    async def wait(
        self,
        job_id: int,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 5.0,
        max_interval: float = 60.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        on_poll: Callable[[ExportJob], None] | None = None,
    ) -> ExportJob:
        """Poll until the job ends, as ``ExportJobs.wait`` does."""
        deadline = clock() + timeout
        interval = poll_interval
        while True:
            job = await self.get(job_id)
            if on_poll is not None:
                on_poll(job)
            finished = _check_terminal(job)
            if finished is not None:
                return finished
            remaining = deadline - clock()
            if remaining <= 0:
                raise WaitTimeoutError(job, timeout)
            await sleep(min(interval, remaining))
            interval = min(interval * 2, max_interval)
