"""What the spec means but no schema can say, checked on every response of every target.

Each check takes the request that was sent and the parsed answer, and raises
``AssertionError`` with a readable reason. ``response_checks`` runs them all;
schemathesis calls it on every generated case (see ``checks.py``), and the
sequence tests in ``test_semantics.py`` call it on the responses they get.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

from aep_export_jobs_client.gateway import IMS_ORG

from export_jobs_spec import SchemaValidator, load_spec

# 2000-01-01T00:00:00Z in milliseconds: earlier values are seconds or nonsense.
EARLIEST_PLAUSIBLE_MS = 946_684_800_000
ONE_DAY_MS = 86_400_000
# What a list without ``limit`` may return, as the spec says.
_LIMIT = load_spec().pointer("#/components/parameters/Limit")["schema"]


def _create_body_validator() -> SchemaValidator:
    validator = load_spec().operation("createExportJob").body_validator
    if validator is None:
        raise RuntimeError("the spec's createExportJob has no request body")
    return validator


_CREATE_BODY = _create_body_validator()
DEFAULT_LIMIT: int = _LIMIT["default"]
MAX_LIMIT: int = _LIMIT["maximum"]


def _jobs_in(operation: str, body: Any) -> list[Mapping[str, Any]]:
    if operation == "listExportJobs":
        return [job for job in body.get("records", []) if isinstance(job, Mapping)]
    if operation in ("createExportJob", "getExportJob"):
        return [body]
    return []


def ims_org_matches_caller(
    operation: str, request: Mapping[str, Any], headers: Mapping[str, str], body: Any
) -> None:
    """Every job answered belongs to the caller's organisation (tenant isolation)."""
    org = headers.get(IMS_ORG)
    for job in _jobs_in(operation, body):
        assert job.get("imsOrgId") == org, (
            f"job {job.get('id')} belongs to {job.get('imsOrgId')!r}, not the caller's {org!r}"
        )


def timestamps_are_epoch_millis(
    operation: str, request: Mapping[str, Any], headers: Mapping[str, str], body: Any
) -> None:
    """Times are plausible epoch milliseconds, updates follow creation, spans add up."""
    latest = time.time_ns() // 1_000_000 + ONE_DAY_MS * 365
    for job in _jobs_in(operation, body):
        created, updated = job.get("creationTime"), job.get("updateTime")
        for name, value in (("creationTime", created), ("updateTime", updated)):
            assert isinstance(value, int), f"job {job.get('id')}: {name} is not an integer"
            assert EARLIEST_PLAUSIBLE_MS <= value <= latest, (
                f"job {job.get('id')}: {name} {value!r} is not a plausible epoch-millisecond time"
            )
        assert isinstance(created, int)
        assert isinstance(updated, int)
        assert updated >= created, (
            f"job {job.get('id')}: updateTime {updated} precedes creationTime {created}"
        )
        for step, span in (job.get("metrics") or {}).items():
            if not isinstance(span, Mapping) or not {"startTimeInMs", "endTimeInMs"} <= set(span):
                continue
            start, end = span["startTimeInMs"], span["endTimeInMs"]
            assert end >= start, f"job {job.get('id')}: metrics.{step} ends before it starts"
            if "totalTimeInMs" in span:
                assert span["totalTimeInMs"] == end - start, (
                    f"job {job.get('id')}: metrics.{step}.totalTimeInMs is not end - start"
                )


_LIST_QUERY = [
    parameter
    for parameter in load_spec().operation("listExportJobs").parameters
    if parameter.location == "query"
]


def _query_is_valid(request: Mapping[str, Any]) -> bool:
    """Whether every list parameter sent is one the spec allows."""
    for parameter in _LIST_QUERY:
        value = request.get(parameter.name)
        if value is None:
            continue
        if parameter.schema.get("type") == "integer" and isinstance(value, str):
            if not value.lstrip("-").isdigit():
                return False
            value = int(value)
        if parameter.validator.errors(value):
            return False
    return True


def list_honours_query(
    operation: str, request: Mapping[str, Any], headers: Mapping[str, str], body: Any
) -> None:
    """A page honours limit and status, is newest first unless sorted, and ``link.next`` says
    where the next page starts: the last record's cursor, or a number (both are documented)."""
    if operation != "listExportJobs" or not _query_is_valid(request):
        return  # a lenient server's answer to a query the spec forbids promises nothing
    records = body["records"]
    limit = request.get("limit", DEFAULT_LIMIT)
    if isinstance(limit, int) and 1 <= limit <= MAX_LIMIT:  # else a lenient server's choice
        assert len(records) <= limit, f"asked for at most {limit} jobs, got {len(records)}"
    assert body["page"]["pageSize"] == len(records), (
        f"page.pageSize is {body['page']['pageSize']} but the page has {len(records)} records"
    )
    status = request.get("status")
    if status is not None:
        wrong = [job.get("id") for job in records if job.get("status") != status]
        assert not wrong, f"status={status} returned jobs with another status: {wrong}"
    if request.get("sort") is None:
        times = [job["creationTime"] for job in records]
        assert times == sorted(times, reverse=True), "records are not newest first"
    next_link = body["link"].get("next", "")
    if next_link:
        query = parse_qs(urlsplit(next_link).query)
        offset = query.get("offset", [""])[0]
        last = records[-1] if records else None
        assert last is not None, "link.next is set on an empty page"
        if "_" in offset:
            assert offset == f"{last['creationTime']}_{last['id']}", (
                f"link.next cursor {offset!r} is not the last record's {{creationTime}}_{{id}}"
            )
        else:
            numbers = [query.get(name, [""])[0] for name in ("offset", "start", "page")]
            assert any(number.isdigit() for number in numbers), (
                f"link.next {next_link!r} carries neither a cursor nor a page number"
            )


def _contains(sent: Any, received: Any, where: str) -> None:
    if isinstance(sent, Mapping):
        assert isinstance(received, Mapping), f"{where}: sent an object, got {received!r}"
        for key, value in sent.items():
            assert key in received, f"{where}.{key}: sent but not echoed"
            _contains(value, received[key], f"{where}.{key}")
    elif isinstance(sent, list):
        assert isinstance(received, list), f"{where}: sent a list, got {received!r}"
        assert len(received) == len(sent), f"{where}: sent {len(sent)} items, got {received!r}"
        for index, (item, echoed) in enumerate(zip(sent, received, strict=True)):
            _contains(item, echoed, f"{where}[{index}]")
    else:
        assert sent == received, f"{where}: sent {sent!r}, got {received!r}"


def create_echoes_request(
    operation: str, request: Mapping[str, Any], headers: Mapping[str, str], body: Any
) -> None:
    """A created job reports what was sent, and is NEW."""
    sent = request.get("body")
    if operation != "createExportJob" or not isinstance(sent, Mapping):
        return
    if not _CREATE_BODY.is_valid(sent):
        return  # a lenient server took what it should have refused: it need not echo that
    _contains(dict(sent), body, "job")
    assert body.get("status") == "NEW", f"a new job is {body.get('status')!r}, not NEW"


ResponseCheck = Callable[[str, Mapping[str, Any], Mapping[str, str], Any], None]
RESPONSE_CHECKS: tuple[ResponseCheck, ...] = (
    ims_org_matches_caller,
    timestamps_are_epoch_millis,
    list_honours_query,
    create_echoes_request,
)


def response_checks(
    operation: str, request: Mapping[str, Any], headers: Mapping[str, str], body: Any
) -> None:
    """Run every semantic check on one successful response.

    ``request`` holds the query parameters sent (``limit``, ``status``) and, for
    create, the ``body`` sent; ``headers`` are the request headers, lower-cased.
    """
    for check in RESPONSE_CHECKS:
        check(operation, request, headers, body)
