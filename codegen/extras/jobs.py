"""``ExportJobs`` and ``AsyncExportJobs``: the four operations, typed, raising, paging and waiting.

>>> jobs = ExportJobs(build_client(access_token="...", api_key="...", ims_org="...@AdobeOrg",
...                           sandbox_name="prod"))  # doctest: +SKIP
>>> for job in jobs.iter(status="SUCCEEDED"):  # doctest: +SKIP
...     print(job.id, job.destination.dataset_id)
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx

from . import logs, timing
from .api.export_jobs import cancel_export_job, create_export_job, get_export_job, list_export_jobs
from .auth import (
    DEFAULT_IMS_URL,
    DEFAULT_SCOPES,
    ClientCredentials,
    ImsTokenAuth,
    StaticTokenAuth,
)
from .calls import CallOptions, RawResponse, network_errors, read, read_cancel
from .client import AuthenticatedClient
from .exceptions import ConfigurationError, ExportJobsError
from .gateway import gateway_headers
from .models.cancel_result import CancelResult
from .models.export_job import ExportJob
from .models.export_job_create import ExportJobCreate
from .models.export_job_list import ExportJobList
from .models.list_export_jobs_status import ListExportJobsStatus
from .retrying import AsyncRetryingTransport, RetryingTransport
from .types import UNSET, Unset
from .waiting import Waiter, WaitProgress

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
    token_clock: Callable[[], float] = timing.monotonic,
) -> AuthenticatedClient:
    """A client that authenticates, sends the gateway headers on every call and retries.

    With ``client_id`` and ``client_secret`` (OAuth Server-to-Server) tokens come
    from IMS and are renewed by the client; otherwise ``access_token`` is sent as
    it is. ``api_key`` defaults to the client id. Retries: see ``retrying``.
    Raises ``ConfigurationError`` for a missing or empty setting. With
    ``EXPORT_JOBS_LOG`` set, the package's log goes to standard error (see ``logs``).
    """
    logs.configure_from_env()
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


def _status(status: ListExportJobsStatus | str | None) -> ListExportJobsStatus | None:
    return None if status is None else ListExportJobsStatus(status)


#: The query parameters that say where a page starts, in either paging dialect.
PAGING_PARAMETERS = ("offset", "start", "page")


@attrs.frozen
class PagePosition:
    """Where a page starts: a cursor or a number in ``offset``, or ``start``, or ``page``."""

    offset: str | None = None
    start: int | None = None
    page: int | None = None


def _next_position(page: ExportJobList, previous: PagePosition) -> PagePosition | None:
    """Where the next page starts, from ``link.next`` in whichever dialect it pages; None last."""
    link = page.link.next_ if page.link.next_ else ""
    if not link:
        return None
    query = parse_qs(urlsplit(link).query)
    found = {name: query[name][0] for name in PAGING_PARAMETERS if query.get(name, [""])[0]}
    try:
        position = PagePosition(
            offset=found.get("offset"),
            start=int(found["start"]) if "start" in found else None,
            page=int(found["page"]) if "page" in found else None,
        )
    except ValueError as error:
        raise ExportJobsError(
            f"link.next does not say where the next page starts: {link!r}"
        ) from error
    if not found or position == previous:
        raise ExportJobsError(f"paging did not advance: link.next is {link!r}")
    return position


def _list_kwargs(
    status: ListExportJobsStatus | str | None,
    limit: int,
    position: PagePosition,
    sort: str | None,
) -> dict[str, object]:
    def given(value: T | None) -> T | Unset:
        return UNSET if value is None else value

    return list_export_jobs._get_kwargs(
        limit=limit,
        offset=given(position.offset),
        start=given(position.start),
        page=given(position.page),
        sort=given(sort),
        status=_status(status) or UNSET,
    )


def _create_kwargs(body: ExportJobCreate, profile_instance_id: str | None) -> dict[str, object]:
    instance = UNSET if profile_instance_id is None else profile_instance_id
    return create_export_job._get_kwargs(body=body, x_profile_instance_id=instance)


class _Facade:
    """What both facades share: the client and the options of their calls."""

    def __init__(self, client: AuthenticatedClient, options: CallOptions | None = None) -> None:
        self.client = client
        self.options = options or CallOptions()

    def _copy(self: F, options: CallOptions) -> F:
        copy = object.__new__(type(self))
        _Facade.__init__(copy, self.client, options)
        return copy

    def with_options(
        self: F,
        *,
        timeout: float | None = None,
        retry_attempts: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> F:
        """A facade on the same client whose calls use these options (see ``CallOptions``).

        >>> quick = jobs.with_options(timeout=5, retry_attempts=1)  # doctest: +SKIP
        >>> traced = jobs.with_options(headers={"x-request-id": "nightly-42"})  # doctest: +SKIP
        """
        return self._copy(
            self.options.merged(timeout=timeout, retry_attempts=retry_attempts, headers=headers)
        )


F = TypeVar("F", bound=_Facade)


class ExportJobs(_Facade):
    """Synchronous access to export jobs: each method returns a model or raises ``ExportJobsError``.

    ``with_options(...)`` gives a copy whose calls use another timeout, retry
    budget or extra headers; ``with_raw_response`` gives the same calls with the
    answer's status, headers and request id beside the model.
    """

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ExportJobs:
        """Build from the ``EXPORT_JOBS_*`` variables (see ``build_client_from_env``)."""
        return cls(build_client_from_env(environ))

    def __enter__(self) -> ExportJobs:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.client.get_httpx_client().close()

    @property
    def with_raw_response(self) -> RawExportJobs:
        """The same calls, each returning a ``RawResponse`` (the model in ``parsed``)."""
        return RawExportJobs(self)

    def _send(self, kwargs: dict[str, object]) -> httpx.Response:
        with network_errors():
            return self.client.get_httpx_client().request(**self.options.request_arguments(kwargs))

    def list_page(
        self,
        *,
        status: ListExportJobsStatus | str | None = None,
        limit: int = 1000,
        offset: str | int | None = None,
        start: int | None = None,
        page: int | None = None,
        sort: str | None = None,
    ) -> ExportJobList:
        """One page of jobs, newest first (or in ``sort`` order, ``field:asc|desc``).

        ``offset`` is a cursor from ``link.next`` or a number; ``start`` and
        ``page`` are the Profile API guide's way to the same.
        """
        position = PagePosition(None if offset is None else str(offset), start, page)
        return self.with_raw_response.list_page(
            status=status, limit=limit, position=position, sort=sort
        ).parsed

    def pages(
        self,
        *,
        status: ListExportJobsStatus | str | None = None,
        page_size: int = 1000,
        sort: str | None = None,
    ) -> Iterator[ExportJobList]:
        """Every page, following ``link.next`` whichever way the service pages."""
        position = PagePosition()
        while True:
            found = self.with_raw_response.list_page(
                status=status, limit=page_size, position=position, sort=sort
            ).parsed
            yield found
            following = _next_position(found, position)
            if following is None:
                return
            position = following

    def iter(
        self,
        *,
        status: ListExportJobsStatus | str | None = None,
        page_size: int = 1000,
        sort: str | None = None,
    ) -> Iterator[ExportJob]:
        """Every job, newest first (or in ``sort`` order), from page to page."""
        for page in self.pages(status=status, page_size=page_size, sort=sort):
            yield from page.records

    def create(self, body: ExportJobCreate, *, profile_instance_id: str | None = None) -> ExportJob:
        """Start an export (resent only on ``429``: a lost answer may mean the job exists)."""
        return self.with_raw_response.create(body, profile_instance_id=profile_instance_id).parsed

    def get(self, job_id: int) -> ExportJob:
        """One job of the caller's organisation and sandbox."""
        return self.with_raw_response.get(job_id).parsed

    def cancel(self, job_id: int) -> CancelResult:
        """Cancel a job; the service answers ``200`` with a body or ``204``."""
        return self.with_raw_response.cancel(job_id).parsed

    def wait(
        self,
        job_id: int,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 5.0,
        max_interval: float = 60.0,
        jitter: float = 0.1,
        sleep: Callable[[float], None] = timing.sleep,
        clock: Callable[[], float] = timing.monotonic,
        on_poll: Callable[[ExportJob], None] | None = None,
        on_progress: Callable[[WaitProgress], None] | None = None,
    ) -> ExportJob:
        """Poll until the job ``SUCCEEDED`` (returned) or ``FAILED`` (``ExportJobFailedError``).

        The pause starts at ``poll_interval``, doubles up to ``max_interval`` and
        is spread by ``jitter`` (a share either way); after ``timeout`` seconds
        ``WaitTimeoutError`` carries the last state seen. ``on_poll`` sees every
        state polled; ``on_progress`` a ``WaitProgress`` (status, elapsed time,
        next poll) for a progress display.
        """
        waiter = Waiter(
            job_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            jitter=jitter,
            clock=clock,
            on_poll=on_poll,
            on_progress=on_progress,
        )
        while True:
            job = self.get(job_id)
            pause = waiter.after(job)
            if pause is None:
                return job
            sleep(pause)


class RawExportJobs:
    """``ExportJobs``' calls, each returning the model with the answer's details."""

    def __init__(self, jobs: ExportJobs) -> None:
        self._jobs = jobs

    def list_page(
        self,
        *,
        status: ListExportJobsStatus | str | None = None,
        limit: int = 1000,
        position: PagePosition = PagePosition(),
        sort: str | None = None,
    ) -> RawResponse[ExportJobList]:
        """One page of jobs, starting at ``position``."""
        response = self._jobs._send(_list_kwargs(status, limit, position, sort))
        return read(response, list_export_jobs._build_response, self._jobs.client, ExportJobList)

    def create(
        self, body: ExportJobCreate, *, profile_instance_id: str | None = None
    ) -> RawResponse[ExportJob]:
        """Start an export (resent only on ``429``)."""
        response = self._jobs._send(_create_kwargs(body, profile_instance_id))
        return read(response, create_export_job._build_response, self._jobs.client, ExportJob)

    def get(self, job_id: int) -> RawResponse[ExportJob]:
        """One job of the caller's organisation and sandbox."""
        response = self._jobs._send(get_export_job._get_kwargs(job_id))
        return read(response, get_export_job._build_response, self._jobs.client, ExportJob)

    def cancel(self, job_id: int) -> RawResponse[CancelResult]:
        """Cancel a job (``200`` with a body, or ``204``)."""
        response = self._jobs._send(cancel_export_job._get_kwargs(job_id))
        return read_cancel(response, cancel_export_job._build_response, self._jobs.client)


class AsyncExportJobs(_Facade):
    """Asynchronous access to export jobs, with the same methods as ``ExportJobs``."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AsyncExportJobs:
        """Build from the ``EXPORT_JOBS_*`` variables (see ``build_client_from_env``)."""
        return cls(build_client_from_env(environ))

    async def __aenter__(self) -> AsyncExportJobs:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.client.get_async_httpx_client().aclose()

    @property
    def with_raw_response(self) -> AsyncRawExportJobs:
        """The same calls, each returning a ``RawResponse`` (the model in ``parsed``)."""
        return AsyncRawExportJobs(self)

    async def _send(self, kwargs: dict[str, object]) -> httpx.Response:
        with network_errors():
            return await self.client.get_async_httpx_client().request(
                **self.options.request_arguments(kwargs)
            )

    async def list_page(
        self,
        *,
        status: ListExportJobsStatus | str | None = None,
        limit: int = 1000,
        offset: str | int | None = None,
        start: int | None = None,
        page: int | None = None,
        sort: str | None = None,
    ) -> ExportJobList:
        """One page of jobs, as ``ExportJobs.list_page``."""
        position = PagePosition(None if offset is None else str(offset), start, page)
        raw = await self.with_raw_response.list_page(
            status=status, limit=limit, position=position, sort=sort
        )
        return raw.parsed

    async def pages(
        self,
        *,
        status: ListExportJobsStatus | str | None = None,
        page_size: int = 1000,
        sort: str | None = None,
    ) -> AsyncIterator[ExportJobList]:
        """Every page, following ``link.next`` whichever way the service pages."""
        position = PagePosition()
        while True:
            raw = await self.with_raw_response.list_page(
                status=status, limit=page_size, position=position, sort=sort
            )
            yield raw.parsed
            following = _next_position(raw.parsed, position)
            if following is None:
                return
            position = following

    async def iter(
        self,
        *,
        status: ListExportJobsStatus | str | None = None,
        page_size: int = 1000,
        sort: str | None = None,
    ) -> AsyncIterator[ExportJob]:
        """Every job, newest first (or in ``sort`` order), from page to page."""
        async for page in self.pages(status=status, page_size=page_size, sort=sort):
            for job in page.records:
                yield job

    async def create(
        self, body: ExportJobCreate, *, profile_instance_id: str | None = None
    ) -> ExportJob:
        """Start an export (resent only on ``429``: a lost answer may mean the job exists)."""
        raw = await self.with_raw_response.create(body, profile_instance_id=profile_instance_id)
        return raw.parsed

    async def get(self, job_id: int) -> ExportJob:
        """One job of the caller's organisation and sandbox."""
        return (await self.with_raw_response.get(job_id)).parsed

    async def cancel(self, job_id: int) -> CancelResult:
        """Cancel a job; the service answers ``200`` with a body or ``204``."""
        return (await self.with_raw_response.cancel(job_id)).parsed

    async def wait(
        self,
        job_id: int,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 5.0,
        max_interval: float = 60.0,
        jitter: float = 0.1,
        sleep: Callable[[float], Awaitable[None]] = timing.asleep,
        clock: Callable[[], float] = timing.monotonic,
        on_poll: Callable[[ExportJob], None] | None = None,
        on_progress: Callable[[WaitProgress], None] | None = None,
    ) -> ExportJob:
        """Poll until the job ends, as ``ExportJobs.wait`` does."""
        waiter = Waiter(
            job_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            jitter=jitter,
            clock=clock,
            on_poll=on_poll,
            on_progress=on_progress,
        )
        while True:
            job = await self.get(job_id)
            pause = waiter.after(job)
            if pause is None:
                return job
            await sleep(pause)


class AsyncRawExportJobs:
    """``AsyncExportJobs``' calls, each returning the model with the answer's details."""

    def __init__(self, jobs: AsyncExportJobs) -> None:
        self._jobs = jobs

    async def list_page(
        self,
        *,
        status: ListExportJobsStatus | str | None = None,
        limit: int = 1000,
        position: PagePosition = PagePosition(),
        sort: str | None = None,
    ) -> RawResponse[ExportJobList]:
        """One page of jobs, starting at ``position``."""
        response = await self._jobs._send(_list_kwargs(status, limit, position, sort))
        return read(response, list_export_jobs._build_response, self._jobs.client, ExportJobList)

    async def create(
        self, body: ExportJobCreate, *, profile_instance_id: str | None = None
    ) -> RawResponse[ExportJob]:
        """Start an export (resent only on ``429``)."""
        response = await self._jobs._send(_create_kwargs(body, profile_instance_id))
        return read(response, create_export_job._build_response, self._jobs.client, ExportJob)

    async def get(self, job_id: int) -> RawResponse[ExportJob]:
        """One job of the caller's organisation and sandbox."""
        response = await self._jobs._send(get_export_job._get_kwargs(job_id))
        return read(response, get_export_job._build_response, self._jobs.client, ExportJob)

    async def cancel(self, job_id: int) -> RawResponse[CancelResult]:
        """Cancel a job (``200`` with a body, or ``204``)."""
        response = await self._jobs._send(cancel_export_job._get_kwargs(job_id))
        return read_cancel(response, cancel_export_job._build_response, self._jobs.client)
