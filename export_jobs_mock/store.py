"""Thread-safe, tenant-scoped storage of export jobs with stable cursor paging and bounded size.

Jobs are kept per tenant in ascending ``(creationTime, id)`` order. Ids come from
one counter and creation times never go backwards, so a job created while a
client pages is always *newer* than every cursor already handed out: it lands on
an earlier page and never causes a duplicate or a gap on later ones.

Retention: at most ``max_jobs_per_tenant`` jobs per tenant and ``max_jobs`` in
all. A create beyond a limit evicts the oldest *finished* job (of the tenant,
or of all tenants), else the oldest job. Every job goes through the same
lifecycle, so jobs finish in the order they were created: the oldest finished
job is found among the few oldest, and an eviction costs O(1) amortised (the
tenant's lists move their head on rather than shift). An evicted job is gone as
a cancelled one is; a cursor handed out before keeps working, since paging finds
its place by its sort key, not by its job.
"""

from __future__ import annotations

import bisect
import itertools
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

import orjson

from export_jobs_mock.config import Lifecycle


class Tenant(NamedTuple):
    """The organisation and sandbox every job belongs to."""

    ims_org: str
    sandbox: str


SortKey = tuple[int, int]


#: ``StoredJob.hold_until_ms`` of a job held until a test releases it.
HELD = 2**62


@dataclass(frozen=True, eq=False, slots=True)
class Rendering:
    """A job as last rendered: for which status and lifecycle, the document, and its JSON.

    Never changed once made (a change to the job makes a new one), and equal only
    to itself: a tuple of renderings is a key that says exactly which documents a
    body holds (see ``bodies``).
    """

    status: str
    lifecycle: Lifecycle
    document: dict[str, Any]
    wire: orjson.Fragment


@dataclass(slots=True)
class StoredJob:
    """What the mock remembers of a job; its current status is derived from the clock."""

    id: int
    tenant: Tenant
    created_ms: int
    #: The create request with the service's defaults, as JSON: one object where its
    #: parse is a dozen, which evicting a long-stored job would touch one by one.
    #: Parsed again to render the job (see ``lifecycle.rendering_at``).
    request: bytes
    profile_instance_id: str
    request_id: str
    export_job_ref: str
    push_job_ref: str
    batch_ids: list[str]
    fails: bool
    #: The ``errors`` a failed job reports (None: the service's usual one).
    errors: list[dict[str, Any]] | None = None
    #: A held job stays PROCESSING until this time (``HELD``: until released).
    hold_until_ms: int = 0
    #: When a ``marked`` cancel stopped the job (its status stays what it was then).
    cancelled_ms: int | None = None
    #: A job loaded from the spec's examples is shown exactly as written there.
    fixed_document: dict[str, Any] | None = None
    #: The last rendered document and the status it was rendered for: a job only
    #: changes when its status does, so listing does not rebuild every record.
    rendered: Rendering | None = field(default=None, repr=False, compare=False)

    @property
    def sort_key(self) -> SortKey:
        return (self.created_ms, self.id)


#: Evicted entries a tenant's lists may hold at their front before they are cut off.
_COMPACT_AFTER = 4096


class _TenantJobs:
    """One tenant's jobs in ascending ``(creationTime, id)`` order, with ids indexed.

    The lists start at ``head``: an eviction, which takes the oldest job, moves
    ``head`` on instead of shifting ten thousand entries (a ``del`` at the front
    is a memmove of the whole list, about a twentieth of a create). The entries
    before ``head`` are cut off once they are both many and half the list.
    Positions are indexes into the lists, valid until the next change.
    """

    __slots__ = ("by_id", "head", "jobs", "keys")

    def __init__(self) -> None:
        self.keys: list[SortKey] = []
        self.jobs: list[StoredJob | None] = []
        self.by_id: dict[int, StoredJob] = {}
        self.head = 0

    def __len__(self) -> int:
        return len(self.jobs) - self.head

    def insert(self, job: StoredJob) -> None:
        key = job.sort_key
        keys = self.keys
        if not keys or keys[-1] < key:  # the usual create: newer than every stored job
            keys.append(key)
            self.jobs.append(job)
        else:
            index = bisect.bisect_left(keys, key, self.head)
            keys.insert(index, key)
            self.jobs.insert(index, job)
        self.by_id[job.id] = job

    def remove(self, job: StoredJob) -> None:
        head = self.head
        del self.by_id[job.id]
        if self.jobs[head] is job:  # the oldest job, as an eviction takes
            self.jobs[head] = None  # let it go now, not at the next cut
            self.head = head = head + 1
            if head >= _COMPACT_AFTER and 2 * head >= len(self.jobs):
                del self.keys[:head]
                del self.jobs[:head]
                self.head = 0
            return
        index = bisect.bisect_left(self.keys, job.sort_key, head)
        del self.keys[index]
        del self.jobs[index]

    def oldest(self, count: int) -> list[StoredJob]:
        """Up to ``count`` jobs, oldest first."""
        return cast("list[StoredJob]", self.jobs[self.head : self.head + count])

    def all(self) -> list[StoredJob]:
        """Every job, oldest first (a copy)."""
        return cast("list[StoredJob]", self.jobs[self.head :])

    def end_before(self, after: SortKey | None) -> int:
        """The position after the newest job strictly older than ``after`` (None: the newest)."""
        if after is None:
            return len(self.jobs)
        return bisect.bisect_left(self.keys, after, self.head)

    def between(self, first: int, end: int) -> list[StoredJob]:
        """The jobs from position ``first`` up to ``end``, newest first."""
        return cast("list[StoredJob]", self.jobs[first:end][::-1])

    def newest_first(self, end: int) -> Iterator[StoredJob]:
        """The jobs before position ``end``, newest first."""
        jobs = self.jobs
        for index in range(end - 1, self.head - 1, -1):
            yield cast("StoredJob", jobs[index])


#: How many of the oldest jobs an eviction looks at for a finished one.
_EVICTION_WINDOW = 64
Finished = Callable[[StoredJob, int], bool]


class JobStore:
    """All jobs of all tenants, within the retention limits. Every method is atomic."""

    def __init__(
        self,
        first_id: int = 1000,
        *,
        max_jobs: int | None = None,
        max_jobs_per_tenant: int | None = None,
        finished: Finished = lambda job, now_ms: False,
    ) -> None:
        self._lock = threading.Lock()
        self._first_id = first_id
        self._next_id = first_id
        self._last_created_ms = 0
        self._tenants: dict[Tenant, _TenantJobs] = {}
        self._max_jobs = max_jobs
        self._max_per_tenant = max_jobs_per_tenant
        self._finished = finished
        #: Every stored job by id, oldest first (ids are unique across tenants): the
        #: global limit's candidates are at its front, and any job leaves it in O(1).
        self._order: OrderedDict[int, StoredJob] = OrderedDict()
        #: Jobs removed to stay within the limits, for /_mock/health.
        self.evicted = 0

    def create(
        self, tenant: Tenant, now_ms: int, build: Callable[[int, int], StoredJob]
    ) -> StoredJob:
        """Allocate an id and a creation time, let ``build`` make the job, store it, and
        evict what the limits no longer leave room for."""
        with self._lock:
            job_id = self._next_id
            created_ms = max(now_ms, self._last_created_ms)
            job = build(job_id, created_ms)
            self._next_id += 1
            self._last_created_ms = created_ms
            self._store(job)
            self._enforce_limits(tenant, now_ms)
            return job

    def add_fixed(self, job: StoredJob) -> None:
        """Store a job with its own id and time (seed data); ids must not clash, in any tenant."""
        with self._lock:
            if job.id in self._order or job.id >= self._first_id:
                raise ValueError(f"seed job id {job.id} clashes with another job")
            self._store(job)

    def _store(self, job: StoredJob) -> None:
        jobs = self._tenants.get(job.tenant)
        if jobs is None:  # not setdefault: that would build a discarded _TenantJobs per job
            jobs = self._tenants[job.tenant] = _TenantJobs()
        jobs.insert(job)
        self._order[job.id] = job

    def _discard(self, jobs: _TenantJobs, job: StoredJob) -> None:
        jobs.remove(job)
        del self._order[job.id]
        if not jobs:
            del self._tenants[job.tenant]  # many short-lived tenants must not pile up

    def _enforce_limits(self, tenant: Tenant, now_ms: int) -> None:
        jobs = self._tenants[tenant]
        while self._max_per_tenant is not None and len(jobs) > self._max_per_tenant:
            self._evict(jobs, self._oldest_finished(jobs.oldest(_EVICTION_WINDOW), now_ms))
        while self._max_jobs is not None and len(self._order) > self._max_jobs:
            oldest = list(itertools.islice(self._order.values(), _EVICTION_WINDOW))
            victim = self._oldest_finished(oldest, now_ms)
            self._evict(self._tenants[victim.tenant], victim)

    def _oldest_finished(self, oldest_first: list[StoredJob], now_ms: int) -> StoredJob:
        for job in itertools.islice(oldest_first, _EVICTION_WINDOW):
            if self._finished(job, now_ms):
                return job
            if job.fixed_document is None:
                # Created jobs finish in the order they were created: when this one
                # has not, no younger one has (only seed jobs keep a fixed status).
                break
        return oldest_first[0]

    def _evict(self, jobs: _TenantJobs, job: StoredJob) -> None:
        self._discard(jobs, job)
        self.evicted += 1

    def get(self, tenant: Tenant, job_id: int) -> StoredJob | None:
        with self._lock:
            jobs = self._tenants.get(tenant)
            return jobs.by_id.get(job_id) if jobs else None

    def jobs_of(self, tenant: Tenant) -> list[StoredJob]:
        """The tenant's jobs, oldest first (a copy)."""
        with self._lock:
            jobs = self._tenants.get(tenant)
            return jobs.all() if jobs else []

    def find(self, job_id: int) -> StoredJob | None:
        """The job ``job_id`` of whichever tenant holds it (for test scripting, not the API)."""
        with self._lock:
            for jobs in self._tenants.values():
                job = jobs.by_id.get(job_id)
                if job is not None:
                    return job
            return None

    def remove(self, tenant: Tenant, job_id: int) -> bool:
        """Forget a job; False when the tenant has no such job."""
        with self._lock:
            jobs = self._tenants.get(tenant)
            job = jobs.by_id.get(job_id) if jobs else None
            if jobs is None or job is None:
                return False
            self._discard(jobs, job)
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
            start = jobs.end_before(after)
            if keep is None:
                first = max(start - limit, jobs.head)
                return jobs.between(first, start), first > jobs.head
            selected: list[StoredJob] = []
            for job in jobs.newest_first(start):
                if not keep(job):
                    continue
                if len(selected) == limit:
                    return selected, True
                selected.append(job)
            return selected, False

    def count(self) -> int:
        with self._lock:
            return len(self._order)

    def tenant_count(self) -> int:
        with self._lock:
            return len(self._tenants)
