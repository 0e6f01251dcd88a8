"""Listing: newest first, limits, cursor paging (also while jobs are being created)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from starlette.testclient import TestClient

from export_jobs_mock import ManualClock
from export_jobs_mock.app import ExportJobsMock
from tests.conftest import BASE_URL, gateway_headers, job_body


def create(client: TestClient, count: int) -> list[int]:
    return [client.post("export/jobs", json=job_body()).json()["id"] for _ in range(count)]


def page_through(client: TestClient, limit: int) -> list[int]:
    seen: list[int] = []
    url = f"export/jobs?limit={limit}"
    for _ in range(10_000):
        page = client.get(url).json()
        seen += [job["id"] for job in page["records"]]
        if not page["link"]["next"]:
            return seen
        url = page["link"]["next"].lstrip("/")
    raise AssertionError("paging did not end")


def test_empty_list(client: TestClient) -> None:
    assert client.get("export/jobs").json() == {
        "records": [],
        "page": {"sortField": "createdTime", "sort": "desc", "pageSize": 0},
        "link": {"next": ""},
    }


def test_newest_first_with_cursor_links(client: TestClient, clock: ManualClock) -> None:
    ids = []
    for _ in range(5):
        ids += create(client, 1)
        clock.advance(10)
    first = client.get("export/jobs", params={"limit": 2}).json()
    assert [job["id"] for job in first["records"]] == ids[::-1][:2]
    last = first["records"][-1]
    cursor = f"{last['creationTime']}_{last['id']}"
    assert first["page"] == {
        "sortField": "createdTime",
        "sort": "desc",
        "pageOffset": cursor,
        "pageSize": 2,
    }
    assert first["link"]["next"] == f"/export/jobs/?limit=2&offset={cursor}"
    assert page_through(client, 2) == ids[::-1]


def test_status_is_kept_in_next_link(client: TestClient) -> None:
    create(client, 3)
    page = client.get("export/jobs", params={"limit": 1, "status": "NEW"}).json()
    assert page["link"]["next"].endswith("&status=NEW")


def test_default_limit_is_100_and_1000_is_allowed(client: TestClient) -> None:
    create(client, 120)
    assert len(client.get("export/jobs").json()["records"]) == 100
    assert len(client.get("export/jobs", params={"limit": 1000}).json()["records"]) == 120


@pytest.mark.parametrize(
    "query",
    [
        "limit=0",
        "limit=-1",
        "limit=1001",
        "limit=99999999999999999999999999",
        "limit=abc",
        "limit=1e3",
        "limit=",
        "limit=1&limit=2",
        "status=DONE",
        "status=",
        "offset=abc",
        "offset=1_",
        "offset=" + "1" * 40 + "_1",
        "offset=%00",
    ],
)
def test_bad_query_is_a_400(client: TestClient, query: str) -> None:
    response = client.get(f"export/jobs?{query}")
    assert response.status_code == 400
    assert response.json()["status"] == 400


def test_trailing_slash_is_the_same_resource(client: TestClient) -> None:
    create(client, 1)
    assert client.get("export/jobs/").json()["page"]["pageSize"] == 1


def test_concurrent_creates_are_each_listed_once(mock: ExportJobsMock) -> None:
    threads, per_thread = 8, 500
    created: list[list[int]] = [[] for _ in range(threads)]

    def worker(index: int) -> None:
        with TestClient(mock, base_url=BASE_URL, headers=gateway_headers()) as client:
            created[index] = create(client, per_thread)

    workers = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    expected = sorted(job_id for ids in created for job_id in ids)
    assert len(set(expected)) == threads * per_thread
    with TestClient(mock, base_url=BASE_URL, headers=gateway_headers()) as client:
        assert sorted(page_through(client, 37)) == expected


def test_paging_is_stable_while_jobs_are_created(mock: ExportJobsMock, clock: ManualClock) -> None:
    with TestClient(mock, base_url=BASE_URL, headers=gateway_headers()) as client:
        before = create(client, 50)
        seen: list[int] = []
        url = "export/jobs?limit=7"
        while url:
            page: dict[str, Any] = client.get(url).json()
            seen += [job["id"] for job in page["records"]]
            create(client, 3)  # newer jobs arrive between pages
            clock.advance(1)
            url = page["link"]["next"].lstrip("/")
    assert seen == before[::-1]
