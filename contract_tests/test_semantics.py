"""Behaviour that takes several requests to see: paging, cancel, tenant isolation, gateway errors.

Each test runs on every target; tests that create jobs run on a live target
only with ``EXPORT_JOBS_LIVE_WRITE=1`` and cancel what they created.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from contract_tests.semantics import response_checks
from contract_tests.settings import strict
from contract_tests.targets import LIVE_MARKER, Target

MAX_PAGES = 200


def new_job_body(segment_count: int = 1) -> dict[str, Any]:
    """A create request whose every value marks it as the suite's own."""
    return {
        "fields": "identities.id",
        "destination": {"datasetId": f"{LIVE_MARKER}-dataset"},
        "schema": {"name": "_xdm.context.profile"},
        "filter": {
            "segments": [
                {"segmentId": f"{LIVE_MARKER}-segment-{n}", "status": ["realized"]}
                for n in range(segment_count)
            ]
        },
    }


def checked(response: httpx.Response, operation: str, request: dict[str, Any]) -> Any:
    assert response.status_code == 200, f"{operation}: {response.status_code} {response.text}"
    body = response.json()
    headers = {key.lower(): value for key, value in response.request.headers.items()}
    response_checks(operation, request, headers, body)
    return body


def create(target: Target, client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    job: dict[str, Any] = checked(
        client.post("export/jobs", json=body), "createExportJob", {"body": body}
    )
    target.created_ids.append(job["id"])
    return job


def all_pages(
    client: httpx.Client, limit: int, status: str | None = None, target: Target | None = None
) -> list[dict[str, Any]]:
    """Every job, following ``link.next`` until it is empty (bounded, so a loop fails).

    On a live ``target`` the way it pages answers the ``cursor-paging`` assumption.
    """
    params: dict[str, Any] = {"limit": limit}
    if status:
        params["status"] = status
    jobs: list[dict[str, Any]] = []
    request = client.build_request("GET", "export/jobs", params=params)
    for _ in range(MAX_PAGES):
        page = checked(client.send(request), "listExportJobs", params)
        jobs += page["records"]
        next_link: str = page["link"]["next"]
        if not next_link:
            return jobs
        _answer_cursor_paging(target, next_link)
        # link.next is relative to the API's base URL and carries the whole query.
        request = client.build_request("GET", next_link.lstrip("/"))
    raise AssertionError(f"paging did not end after {MAX_PAGES} pages")


def _answer_cursor_paging(target: Target | None, next_link: str) -> None:
    log = target.findings.assumptions if target is not None and target.findings else None
    if log is None:
        return
    if "_" in next_link.partition("offset=")[2].partition("&")[0]:
        log.confirm("cursor-paging", f"link.next {next_link}")
    else:
        log.contradict("cursor-paging", f"link.next {next_link}", {"link.next": next_link})


def _answered(target: Target, name: str, holds: bool, observed: str) -> None:
    """On a live target: record what an assumption met (and fail on it only when strict)."""
    log = target.findings.assumptions if target.findings else None
    if log is None:
        return
    if holds:
        log.confirm(name, observed)
        return
    log.contradict(name, observed, {})
    assert not strict(live=True), f"assumption {name} contradicted: {observed}"


@pytest.fixture
def client(target: Target) -> Any:
    target.reset()
    with target.client() as client:
        yield client


def test_paging_visits_every_job_once(writable: Target, client: httpx.Client) -> None:
    created = [create(writable, client, new_job_body())["id"] for _ in range(7)]
    seen = [job["id"] for job in all_pages(client, limit=2, target=writable)]
    assert len(seen) == len(set(seen)), f"paging repeated jobs: {seen}"
    assert set(created) <= set(seen), f"paging missed {set(created) - set(seen)}"
    assert seen[: len(created)] == created[::-1], "the newest jobs are not listed first"


def test_limit_is_honoured(writable: Target, client: httpx.Client) -> None:
    for _ in range(3):
        create(writable, client, new_job_body())
    page = checked(client.get("export/jobs", params={"limit": 2}), "listExportJobs", {"limit": 2})
    assert len(page["records"]) == 2
    assert page["link"]["next"], "more jobs follow, so link.next must be set"


def test_status_filter_returns_only_that_status(writable: Target, client: httpx.Client) -> None:
    job = create(writable, client, new_job_body())
    for status in ("NEW", "SUCCEEDED", "FAILED"):
        listed = all_pages(client, limit=50, status=status)
        assert all(record["status"] == status for record in listed)
        if status == job["status"] and writable.mock is not None:
            assert job["id"] in {record["id"] for record in listed}


def test_created_job_is_retrievable_and_listed(writable: Target, client: httpx.Client) -> None:
    job = create(writable, client, new_job_body(segment_count=2))
    fetched = checked(client.get(f"export/jobs/{job['id']}"), "getExportJob", {})
    assert fetched["id"] == job["id"]
    assert job["id"] in {record["id"] for record in all_pages(client, limit=1000)}


def test_cancel_takes_effect_as_documented(writable: Target, client: httpx.Client) -> None:
    job = create(writable, client, new_job_body())
    url = f"export/jobs/{job['id']}"
    answer = client.delete(url)
    # The reference answers 200 with the message; the guides 204, with it or without a body.
    assert answer.status_code in (200, 204), f"cancel answered {answer.status_code}"
    if answer.status_code == 200 or answer.content.strip():
        assert answer.json() == {
            "status": True,
            "message": "Export job has been marked for cancelling",
        }
    writable.created_ids.remove(job["id"])
    after = client.get(url)
    listed = job["id"] in {record["id"] for record in all_pages(client, limit=1000)}
    again = client.delete(url)
    gone = after.status_code == 404 and not listed and again.status_code == 404
    # "Marked for cancelling": still there, with whatever status it reached; a second
    # cancel answers as the first did.
    marked = after.status_code == 200 and again.status_code == answer.status_code
    observed = f"retrieve {after.status_code}, listed {listed}, second cancel {again.status_code}"
    assert gone or marked, f"a cancel neither removed the job nor left it visible: {observed}"
    if writable.mock is not None:  # the mock serves exactly the reading it was given
        reading = writable.mock.config.cancel_effect
        assert gone if reading == "gone" else marked, f"cancel_effect={reading}: {observed}"
    _answered(writable, "cancel-removes-the-job", gone, observed)


def test_malformed_json_is_the_callers_fault(writable: Target, client: httpx.Client) -> None:
    """A body cut short is refused as a client error (400), never a server error."""
    response = client.post(
        "export/jobs",
        content=b'{"destination": {"datasetId": ',
        headers={"Content-Type": "application/json"},
    )
    assert 400 <= response.status_code < 500, f"malformed JSON answered {response.status_code}"
    if writable.mock is not None:
        assert response.status_code == 400


def test_unknown_id_answers_problem_404(client: httpx.Client) -> None:
    response = client.get("export/jobs/9223372036854775807")
    assert response.status_code == 404
    assert response.json()["status"] == 404


def test_other_tenant_cannot_see_or_cancel(writable: Target, client: httpx.Client) -> None:
    if writable.other_tenant is None:
        pytest.skip("tenant isolation needs EXPORT_JOBS_SANDBOX_2")
    job = create(writable, client, new_job_body())
    url = f"export/jobs/{job['id']}"
    with writable.client(writable.other_tenant) as other:
        seen, cancelled = other.get(url).status_code, other.delete(url).status_code
        assert job["id"] not in {record["id"] for record in all_pages(other, limit=1000)}
    # The reference documents 403 "Missing access permissions"; 404 is this kit's reading.
    assert seen in (403, 404), f"another tenant retrieved the job: {seen}"
    assert cancelled in (403, 404), f"another tenant cancelled the job: {cancelled}"
    assert client.get(url).status_code == 200, "the owner's job must survive another's cancel"
    if writable.mock is not None:
        expected = int(writable.mock.config.other_tenant)
        assert (seen, cancelled) == (expected, expected), f"other_tenant={expected}"
    observed = f"another tenant's retrieve {seen}, cancel {cancelled}"
    _answered(writable, "other-tenant-gets-404", (seen, cancelled) == (404, 404), observed)


@pytest.mark.parametrize(
    ("header", "value", "status", "error_code"),
    [
        ("Authorization", None, 403, "403010"),
        ("Authorization", "Bearer not-a-valid-token", 401, "401013"),
        ("x-api-key", None, 403, "403000"),
        ("x-gw-ims-org-id", None, 400, "400003"),
    ],
)
def test_gateway_errors_as_documented(
    target: Target, header: str, value: str | None, status: int, error_code: str
) -> None:
    headers = target.credentials.headers()
    if value is None:
        del headers[header]
    else:
        headers[header] = value
    with target.client() as client:
        client.headers.clear()
        response = client.get("export/jobs", headers=headers)
    assert response.status_code == status
    assert response.json()["error_code"] == error_code
