"""``ExportJobs`` and ``AsyncExportJobs``: the four operations, typed, raising, paging and waiting.

>>> jobs = ExportJobs(connect(access_token="...", api_key="...", ims_org="...@AdobeOrg",
...                           sandbox_name="prod"))  # doctest: +SKIP
>>> for job in jobs.iter(status="SUCCEEDED"):  # doctest: +SKIP
...     print(job.id, job.destination.dataset_id)
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx

from .api.export_jobs import cancel_export_job, create_export_job, get_export_job, list_export_jobs
from .client import AuthenticatedClient
from .exceptions import ApiError, ExportJobFailedError, ExportJobsError, WaitTimeoutError
from .models.cancel_result import CancelResult
from .models.export_job import ExportJob
from .models.export_job_create import ExportJobCreate
from .models.export_job_list import ExportJobList
from .models.list_export_jobs_status import ListExportJobsStatus
from .retrying import AsyncRetryingTransport, RetryingTransport
from .types import UNSET

DEFAULT_BASE_URL = "https://platform.adobe.io/data/core/ups"
#: The environment variables ``from_env`` reads.
ENVIRONMENT = {
    "access_token": "EXPORT_JOBS_ACCESS_TOKEN",
    "api_key": "EXPORT_JOBS_API_KEY",
    "ims_org": "EXPORT_JOBS_IMS_ORG",
    "sandbox_name": "EXPORT_JOBS_SANDBOX",
    "base_url": "EXPORT_JOBS_BASE_URL",
}
TERMINAL_STATUSES = frozenset({"SUCCEEDED", "FAILED"})
T = TypeVar("T")


def connect(
    *,
    access_token: str,
    api_key: str,
    ims_org: str,
    sandbox_name: str,
    base_url: str = DEFAULT_BASE_URL,
    timeout: float = 30.0,
    retry_attempts: int = 4,
) -> AuthenticatedClient:
    """A client that sends the four gateway headers on every call and retries idempotent calls."""
    headers = {
        "Authorization": f"Bearer {access_token}",
        "x-api-key": api_key,
        "x-gw-ims-org-id": ims_org,
        "x-sandbox-name": sandbox_name,
    }
    client = AuthenticatedClient(
        base_url=base_url, token=access_token, raise_on_unexpected_status=False
    )
    limit = httpx.Timeout(timeout)
    client.set_httpx_client(
        httpx.Client(
            base_url=base_url,
            headers=headers,
            timeout=limit,
            transport=RetryingTransport(attempts=retry_attempts),
        )
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=base_url,
            headers=headers,
            timeout=limit,
            transport=AsyncRetryingTransport(attempts=retry_attempts),
        )
    )
    return client


def connect_from_env(environ: Mapping[str, str] | None = None) -> AuthenticatedClient:
    """``connect`` with the ``EXPORT_JOBS_*`` variables (``EXPORT_JOBS_BASE_URL`` optional)."""
    environ = os.environ if environ is None else environ
    missing = [
        name for key, name in ENVIRONMENT.items() if key != "base_url" and not environ.get(name)
    ]
    if missing:
        raise ExportJobsError(f"missing environment variables: {', '.join(missing)}")
    return connect(
        access_token=environ[ENVIRONMENT["access_token"]],
        api_key=environ[ENVIRONMENT["api_key"]],
        ims_org=environ[ENVIRONMENT["ims_org"]],
        sandbox_name=environ[ENVIRONMENT["sandbox_name"]],
        base_url=environ.get(ENVIRONMENT["base_url"]) or DEFAULT_BASE_URL,
    )


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
        """Build from the ``EXPORT_JOBS_*`` variables (see ``connect_from_env``)."""
        return cls(connect_from_env(environ))

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
        response = list_export_jobs.sync_detailed(
            client=self.client,
            limit=limit,
            offset=UNSET if offset is None else offset,
            status=_status(status) or UNSET,
        )
        return _expect(response, ExportJobList)

    def iter(
        self, *, status: ListExportJobsStatus | str | None = None, page_size: int = 1000
    ) -> Iterator[ExportJob]:
        """Every job, newest first, following the cursor from page to page."""
        offset: str | None = None
        while True:
            page = self.list_page(status=status, limit=page_size, offset=offset)
            yield from page.records
            offset = _next_offset(page, offset)
            if offset is None:
                return

    def create(self, body: ExportJobCreate, *, profile_instance_id: str | None = None) -> ExportJob:
        """Start an export (never retried: a lost answer may mean the job exists)."""
        response = create_export_job.sync_detailed(
            client=self.client,
            body=body,
            x_profile_instance_id=UNSET if profile_instance_id is None else profile_instance_id,
        )
        return _expect(response, ExportJob)

    def get(self, job_id: int) -> ExportJob:
        return _expect(get_export_job.sync_detailed(job_id, client=self.client), ExportJob)

    def cancel(self, job_id: int) -> CancelResult:
        return _expect(cancel_export_job.sync_detailed(job_id, client=self.client), CancelResult)

    def wait(
        self,
        job_id: int,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 5.0,
        max_interval: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> ExportJob:
        """Poll until the job ``SUCCEEDED`` (returned) or ``FAILED`` (``ExportJobFailedError``).

        The pause starts at ``poll_interval`` and doubles up to ``max_interval``;
        after ``timeout`` seconds ``WaitTimeoutError`` carries the last state seen.
        """
        deadline = clock() + timeout
        interval = poll_interval
        while True:
            job = self.get(job_id)
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
        return cls(connect_from_env(environ))

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
        response = await list_export_jobs.asyncio_detailed(
            client=self.client,
            limit=limit,
            offset=UNSET if offset is None else offset,
            status=_status(status) or UNSET,
        )
        return _expect(response, ExportJobList)

    async def iter(
        self, *, status: ListExportJobsStatus | str | None = None, page_size: int = 1000
    ) -> AsyncIterator[ExportJob]:
        offset: str | None = None
        while True:
            page = await self.list_page(status=status, limit=page_size, offset=offset)
            for job in page.records:
                yield job
            offset = _next_offset(page, offset)
            if offset is None:
                return

    async def create(
        self, body: ExportJobCreate, *, profile_instance_id: str | None = None
    ) -> ExportJob:
        response = await create_export_job.asyncio_detailed(
            client=self.client,
            body=body,
            x_profile_instance_id=UNSET if profile_instance_id is None else profile_instance_id,
        )
        return _expect(response, ExportJob)

    async def get(self, job_id: int) -> ExportJob:
        return _expect(await get_export_job.asyncio_detailed(job_id, client=self.client), ExportJob)

    async def cancel(self, job_id: int) -> CancelResult:
        return _expect(
            await cancel_export_job.asyncio_detailed(job_id, client=self.client), CancelResult
        )

    async def wait(
        self,
        job_id: int,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 5.0,
        max_interval: float = 60.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> ExportJob:
        deadline = clock() + timeout
        interval = poll_interval
        while True:
            job = await self.get(job_id)
            finished = _check_terminal(job)
            if finished is not None:
                return finished
            remaining = deadline - clock()
            if remaining <= 0:
                raise WaitTimeoutError(job, timeout)
            await sleep(min(interval, remaining))
            interval = min(interval * 2, max_interval)
