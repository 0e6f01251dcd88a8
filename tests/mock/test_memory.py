"""What a stored job costs in memory: a few kilobytes, whatever orjson's buffers do.

orjson hands back its working buffer (4 KiB at least) as the ``bytes`` it
returns; kept as they come, a job's request, rendering and remembered body held
about 12 KB a job (``encoding`` keeps exact-size copies).
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from tests.conftest import job_body

JOBS = 300
#: Traced bytes a created job may hold once fetched (5.1 KB measured; 12.4 KB untrimmed).
BUDGET = 7_000


@pytest.fixture
def traced() -> Iterator[None]:
    tracemalloc.start()
    try:
        yield
    finally:
        tracemalloc.stop()


def test_a_created_and_fetched_job_costs_a_few_kilobytes(client: TestClient, traced: None) -> None:
    client.get("export/jobs")  # the first request's one-off allocations
    before = tracemalloc.get_traced_memory()[0]
    ids = [client.post("export/jobs", json=job_body()).json()["id"] for _ in range(JOBS)]
    for job_id in ids:
        assert client.get(f"export/jobs/{job_id}").status_code == 200
    held = tracemalloc.get_traced_memory()[0] - before
    assert held / JOBS < BUDGET, f"{held / JOBS:.0f} bytes a job"
