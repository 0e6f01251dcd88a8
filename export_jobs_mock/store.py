"""Thread-safe, tenant-scoped storage of export jobs with stable cursor paging.

Jobs are kept per tenant in ascending ``(creationTime, id)`` order. Ids come from
one counter and creation times never go backwards, so a job created while a
client pages is always *newer* than every cursor already handed out: it lands on
an earlier page and never causes a duplicate or a gap on later ones.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson


class Tenant(NamedTuple):
    """The organisation and sandbox every job belongs to."""

    ims_org: str
    sandbox: str


SortKey = tuple[int, int]


@dataclass
class StoredJob:
    """What the mock remembers of a job; its current status is derived from the clock."""

    id: int
    tenant: Tenant
    created_ms: int
    request: dict[str, Any]
    profile_instance_id: str
    request_id: str
    export_job_ref: str
    push_job_ref: str
    batch_ids: list[str]
    fails: bool
    #: A job loaded from the spec's examples is shown exactly as written there.
    fixed_document: dict[str, Any] | None = None
    #: The last rendered document and the status it was rendered for: a job only
    #: changes when its status does, so listing does not rebuild every record.
    rendered: tuple[str, dict[str, Any], orjson.Fragment] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def sort_key(self) -> SortKey:
        return (self.created_ms, self.id)


@dataclass
class _TenantJobs:
    keys: list[SortKey] = field(default_factory=list)
    jobs: list[StoredJob] = field(default_factory=list)
    by_id: dict[int, StoredJob] = field(default_factory=dict)

    def insert(self, job: StoredJob) -> None:
        index = bisect.bisect_left(self.keys, job.sort_key)
        self.keys.insert(index, job.sort_key)
        self.jobs.insert(index, job)
        self.by_id[job.id] = job

    def remove(self, job: StoredJob) -> None:
        index = bisect.bisect_left(self.keys, job.sort_key)
        del self.keys[index]
        del self.jobs[index]
        del self.by_id[job.id]


class JobStore:
    """All jobs of all tenants. Every method is atomic."""

    def __init__(self, first_id: int = 1000) -> None:
        self._lock = threading.Lock()
        self._first_id = first_id
        self._next_id = first_id
        self._last_created_ms = 0
        self._tenants: dict[Tenant, _TenantJobs] = {}

    def create(
        self, tenant: Tenant, now_ms: int, build: Callable[[int, int], StoredJob]
    ) -> StoredJob:
        """Allocate an id and a creation time, let ``build`` make the job, and store it."""
        with self._lock:
            job_id = self._next_id
            created_ms = max(now_ms, self._last_created_ms)
            job = build(job_id, created_ms)
            self._next_id += 1
            self._last_created_ms = created_ms
            self._tenants.setdefault(tenant, _TenantJobs()).insert(job)
            return job

    def add_fixed(self, job: StoredJob) -> None:
        """Store a job with its own id and time (seed data); ids must not clash."""
        with self._lock:
            jobs = self._tenants.setdefault(job.tenant, _TenantJobs())
            if job.id in jobs.by_id or job.id >= self._first_id:
                raise ValueError(f"seed job id {job.id} clashes with another job")
            jobs.insert(job)

    def get(self, tenant: Tenant, job_id: int) -> StoredJob | None:
        with self._lock:
            jobs = self._tenants.get(tenant)
            return jobs.by_id.get(job_id) if jobs else None

    def remove(self, tenant: Tenant, job_id: int) -> bool:
        """Forget a job; False when the tenant has no such job."""
        with self._lock:
            jobs = self._tenants.get(tenant)
            job = jobs.by_id.get(job_id) if jobs else None
            if jobs is None or job is None:
                return False
            jobs.remove(job)
            return True

    def page(
        self,
        tenant: Tenant,
        after: SortKey | None,
        limit: int,
        keep: Callable[[StoredJob], bool] | None = None,
    ) -> tuple[list[StoredJob], bool]:
        """Up to ``limit`` jobs that ``keep`` accepts (all, without it), newest first,
        strictly older than ``after``.

        Returns the jobs and whether more accepted jobs follow them.
        """
        with self._lock:
            jobs = self._tenants.get(tenant)
            if jobs is None:
                return [], False
            start = len(jobs.keys) if after is None else bisect.bisect_left(jobs.keys, after)
            if keep is None:
                first = max(start - limit, 0)
                return jobs.jobs[first:start][::-1], first > 0
            selected: list[StoredJob] = []
            for job in _newest_first(jobs.jobs, start):
                if not keep(job):
                    continue
                if len(selected) == limit:
                    return selected, True
                selected.append(job)
            return selected, False

    def count(self) -> int:
        with self._lock:
            return sum(len(jobs.jobs) for jobs in self._tenants.values())


def _newest_first(jobs: list[StoredJob], start: int) -> Iterator[StoredJob]:
    for index in range(start - 1, -1, -1):
        yield jobs[index]
