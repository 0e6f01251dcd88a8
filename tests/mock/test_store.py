"""The job store against a plain sorted list: creates, evictions, cancels and paging agree.

The store's tenant lists move their head on at an eviction and cut the front off
now and then (``_COMPACT_AFTER``); these tests set that low so that every run
crosses several cuts.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from export_jobs_mock import store
from export_jobs_mock.store import JobStore, SortKey, StoredJob, Tenant

TENANTS = (Tenant("A@AdobeOrg", "prod"), Tenant("B@AdobeOrg", "prod"))
LIMIT = 5


def builder(tenant: Tenant) -> Callable[[int, int], StoredJob]:
    def build(job_id: int, created_ms: int) -> StoredJob:
        return StoredJob(
            id=job_id,
            tenant=tenant,
            created_ms=created_ms,
            request=b"{}",
            profile_instance_id="ups",
            request_id="r",
            export_job_ref="e",
            push_job_ref="p",
            batch_ids=["b"],
            fails=False,
        )

    return build


def pages(jobs: JobStore, tenant: Tenant, limit: int) -> list[int]:
    """Every id of ``tenant``, newest first, fetched page by page with cursors."""
    seen: list[int] = []
    after: SortKey | None = None
    while True:
        page, more = jobs.page(tenant, after, limit)
        seen += [job.id for job in page]
        if not more:
            return seen
        after = page[-1].sort_key


operations = st.lists(
    st.tuples(st.sampled_from(["create", "cancel"]), st.sampled_from(TENANTS), st.integers(0, 9)),
    max_size=120,
)


@pytest.fixture(autouse=True)
def frequent_cuts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "_COMPACT_AFTER", 3)


@settings(max_examples=150, deadline=None)
@given(operations)
def test_the_store_keeps_what_a_sorted_list_keeps(ops: list[tuple[str, Tenant, int]]) -> None:
    jobs = JobStore(max_jobs_per_tenant=LIMIT, max_jobs=2 * LIMIT - 1)
    kept: dict[Tenant, list[int]] = {tenant: [] for tenant in TENANTS}  # oldest first
    for now, (operation, tenant, pick) in enumerate(ops, start=1):
        if operation == "create":
            job = jobs.create(tenant, now, builder(tenant))
            kept[tenant].append(job.id)
            # Nothing ever finishes here: a create past a limit evicts the oldest job.
            while len(kept[tenant]) > LIMIT:
                kept[tenant].pop(0)
            while sum(map(len, kept.values())) > 2 * LIMIT - 1:
                oldest = min((ids[0], t) for t, ids in kept.items() if ids)
                kept[oldest[1]].pop(0)
        elif kept[tenant]:
            victim = kept[tenant][pick % len(kept[tenant])]
            assert jobs.remove(tenant, victim)
            kept[tenant].remove(victim)
            assert not jobs.remove(tenant, victim), "a job goes once"
        for each in TENANTS:
            assert [job.id for job in jobs.jobs_of(each)] == kept[each]
            assert pages(jobs, each, 2) == kept[each][::-1]
            assert all(jobs.get(each, job_id) is not None for job_id in kept[each])
        assert jobs.count() == sum(map(len, kept.values()))


def test_an_evicted_job_is_let_go_at_once() -> None:
    tenant = TENANTS[0]
    jobs = JobStore(max_jobs_per_tenant=LIMIT)
    first = jobs.create(tenant, 1, builder(tenant))
    for now in range(2, LIMIT + 2):
        jobs.create(tenant, now, builder(tenant))
    assert jobs.get(tenant, first.id) is None
    held = jobs._tenants[tenant]
    assert first not in held.jobs, "the store holds no reference to an evicted job"
    assert len(held) == LIMIT


def test_a_cursor_from_before_a_cut_keeps_its_place() -> None:
    tenant = TENANTS[0]
    jobs = JobStore(max_jobs_per_tenant=LIMIT)
    for now in range(LIMIT):
        jobs.create(tenant, now, builder(tenant))
    page, more = jobs.page(tenant, None, 2)
    assert more
    for now in range(LIMIT, 2 * LIMIT):  # five evictions: the fifth cuts the front off
        jobs.create(tenant, now, builder(tenant))
    held = jobs._tenants[tenant]
    assert (held.head, len(held.jobs)) == (0, LIMIT), "the front was cut"
    rest, _ = jobs.page(tenant, page[-1].sort_key, LIMIT)
    older = [job.id for job in jobs.jobs_of(tenant) if job.sort_key < page[-1].sort_key]
    assert [job.id for job in rest] == older[::-1]


def test_a_seed_job_may_not_take_an_id_another_tenant_holds() -> None:
    jobs = JobStore(first_id=100)
    jobs.add_fixed(builder(TENANTS[0])(7, 1))
    with pytest.raises(ValueError, match="seed job id 7 clashes"):
        jobs.add_fixed(builder(TENANTS[1])(7, 2))
    with pytest.raises(ValueError, match="seed job id 100 clashes"):
        jobs.add_fixed(builder(TENANTS[1])(100, 2))
    assert jobs.count() == 1
