"""Retention: the mock keeps at most so many jobs, evicting the oldest finished ones first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from export_jobs_mock import ManualClock, MockConfig, create_app
from export_jobs_mock.app import ExportJobsMock
from tests.conftest import BASE_URL, OTHER_ORG, api_client, gateway_headers, job_body, make_mock


@pytest.fixture
def small(clock: ManualClock) -> ExportJobsMock:
    return make_mock(clock, max_jobs=6, max_jobs_per_tenant=4)


@pytest.fixture
def api(small: ExportJobsMock) -> Iterator[TestClient]:
    with api_client(small) as client:
        yield client


@pytest.fixture
def other(small: ExportJobsMock) -> Iterator[TestClient]:
    with api_client(small, OTHER_ORG) as client:
        yield client


def create(client: TestClient, clock: ManualClock, pause_ms: int = 0) -> int:
    job_id: int = client.post("export/jobs", json=job_body()).json()["id"]
    clock.advance(pause_ms)
    return job_id


def listed(client: TestClient, **params: Any) -> list[int]:
    return [job["id"] for job in client.get("export/jobs", params=params).json()["records"]]


def health(client: TestClient) -> dict[str, Any]:
    body: dict[str, Any] = client.get("http://testserver/_mock/health").json()
    return body


def test_the_oldest_finished_job_goes_first(api: TestClient, clock: ManualClock) -> None:
    old = create(api, clock, 6_000)  # finished by the time the others come
    young = [create(api, clock) for _ in range(3)]  # all still NEW
    newest = create(api, clock)
    assert listed(api) == [newest, *young[::-1]]
    assert api.get(f"export/jobs/{old}").status_code == 404
    assert health(api)["evicted"] == 1


def test_without_a_finished_job_the_oldest_goes(api: TestClient, clock: ManualClock) -> None:
    ids = [create(api, clock) for _ in range(5)]  # all NEW
    assert listed(api) == ids[:0:-1]
    assert api.get(f"export/jobs/{ids[0]}").status_code == 404


def test_finished_jobs_go_before_older_unfinished_ones(clock: ManualClock) -> None:
    # The spec's example jobs keep the status they were written with: NEW 722 and
    # PROCESSING 723 are older than FAILED 724, yet 724 is evicted before them.
    config = MockConfig(clock=clock, seed_examples=True, max_jobs_per_tenant=6)
    with TestClient(create_app(config), base_url=BASE_URL, headers=gateway_headers()) as api:
        assert sorted(listed(api)) == [100, 722, 723, 724, 725, 726]
        create(api, clock)
        assert 100 not in listed(api)  # SUCCEEDED, and the oldest of all
        create(api, clock)
        assert {722, 723} <= set(listed(api))
        assert 724 not in listed(api)


def test_an_evicted_job_is_gone_like_a_cancelled_one(api: TestClient, clock: ManualClock) -> None:
    gone = create(api, clock, 10_000)
    for _ in range(4):
        create(api, clock)
    assert api.get(f"export/jobs/{gone}").status_code == 404
    assert api.delete(f"export/jobs/{gone}").status_code == 404
    assert gone not in listed(api, status="SUCCEEDED")


def test_paging_across_an_eviction_neither_repeats_nor_fails(
    api: TestClient, clock: ManualClock
) -> None:
    ids = [create(api, clock, 10_000) for _ in range(4)]
    first_page = api.get("export/jobs", params={"limit": 2}).json()
    create(api, clock)  # evicts ids[0], the oldest, still on a later page
    next_link = first_page["link"]["next"]
    second = api.get(next_link.lstrip("/")).json()
    seen = [job["id"] for job in first_page["records"] + second["records"]]
    assert len(seen) == len(set(seen))
    assert seen == [ids[3], ids[2], ids[1]]
    assert second["link"]["next"] == ""


def test_each_tenant_has_its_own_limit(
    api: TestClient, other: TestClient, clock: ManualClock
) -> None:
    mine = [create(api, clock) for _ in range(4)]
    theirs = [create(other, clock) for _ in range(2)]
    assert listed(api) == mine[::-1]  # four, the tenant's limit, all kept
    create(other, clock)  # the seventh job: over the total of six
    assert listed(api) == mine[:0:-1]  # the oldest job of all went, whoever owned it
    assert len(listed(other)) == 3
    assert health(api) | {"requests": None} == health(api) | {
        "jobs": 6,
        "tenants": 2,
        "evicted": 1,
        "limits": {"maxJobs": 6, "maxJobsPerTenant": 4},
        "requests": None,
    }
    assert theirs[0] in listed(other)


def test_cancelled_jobs_free_their_place_and_empty_tenants_go(
    api: TestClient, other: TestClient, clock: ManualClock
) -> None:
    only = create(other, clock)
    assert other.delete(f"export/jobs/{only}").status_code == 200
    for _ in range(200):  # far more than the limits, creating and cancelling
        job = create(api, clock)
        api.delete(f"export/jobs/{job}")
    assert health(api)["jobs"] == 0
    assert health(api)["tenants"] == 0
    assert health(api)["evicted"] == 0


@pytest.mark.parametrize("setting", ["max_jobs", "max_jobs_per_tenant"])
def test_limits_must_be_positive(setting: str) -> None:
    with pytest.raises(ValueError, match=setting):
        MockConfig(**{setting: 0})  # type: ignore[arg-type]
