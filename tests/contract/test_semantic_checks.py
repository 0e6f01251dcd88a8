"""Each semantic check of the contract suite, on bodies that keep and break its invariant."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from schemathesis.checks import CHECKS

import contract_tests.checks  # noqa: F401  (registers the checks)
from contract_tests import semantics
from export_jobs_spec import load_spec

ORG = "1BD6382559DF0C130A49422D@AdobeOrg"
HEADERS = {"x-gw-ims-org-id": ORG}
JOB: dict[str, Any] = copy.deepcopy(
    load_spec().pointer("#/components/examples/NewExportJob")["value"]
)


def job(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(JOB), **changes}


def sent(**changes: Any) -> dict[str, Any]:
    """A valid create request for the example job."""
    body = {
        "destination": {"datasetId": JOB["destination"]["datasetId"]},
        "schema": JOB["schema"],
        "fields": JOB["fields"],
    }
    return {**body, **changes}


def page(records: list[dict[str, Any]], next_link: str = "") -> dict[str, Any]:
    return {
        "records": records,
        "page": {"sortField": "createdTime", "sort": "desc", "pageSize": len(records)},
        "link": {"next": next_link},
    }


Check = Callable[[str, Any, Any, Any], None]
#: (check, operation, request, body, the reason it must give, or None when it must pass)
CASES: list[tuple[Check, str, dict[str, Any], Any, str | None]] = [
    (semantics.ims_org_matches_caller, "getExportJob", {}, job(), None),
    (
        semantics.ims_org_matches_caller,
        "getExportJob",
        {},
        job(imsOrgId="OTHER@AdobeOrg"),
        "belongs to",
    ),
    (
        semantics.ims_org_matches_caller,
        "listExportJobs",
        {},
        page([job(), job(imsOrgId="X")]),
        "belongs to",
    ),
    (semantics.timestamps_are_epoch_millis, "getExportJob", {}, job(), None),
    (
        semantics.timestamps_are_epoch_millis,
        "getExportJob",
        {},
        job(creationTime=1_700_000_000),
        "epoch-millisecond",
    ),
    (
        semantics.timestamps_are_epoch_millis,
        "getExportJob",
        {},
        job(creationTime="1700000000000"),
        "not an integer",
    ),
    (
        semantics.timestamps_are_epoch_millis,
        "getExportJob",
        {},
        job(updateTime=1_600_000_000_000),
        "precedes",
    ),
    (
        semantics.timestamps_are_epoch_millis,
        "getExportJob",
        {},
        job(metrics={"totalTime": {"startTimeInMs": 2, "endTimeInMs": 1}}),
        "ends before it starts",
    ),
    (semantics.list_honours_query, "listExportJobs", {"limit": 1}, page([job()]), None),
    (
        semantics.list_honours_query,
        "listExportJobs",
        {"limit": 1},
        page([job(), job(id=723)]),
        "at most 1",
    ),
    (
        semantics.list_honours_query,
        "listExportJobs",
        {"limit": 5000},
        page([job(), job(id=723)]),
        None,
    ),
    (
        semantics.list_honours_query,
        "listExportJobs",
        {"status": "SUCCEEDED"},
        page([job()]),
        "another status",
    ),
    (
        semantics.list_honours_query,
        "listExportJobs",
        {},
        page([job(creationTime=1), job(id=723, creationTime=2)]),
        "newest first",
    ),
    (
        semantics.list_honours_query,
        "listExportJobs",
        {},
        page([job()], "/export/jobs/?limit=1&offset=1_1"),
        "is not the last record's",
    ),
    (
        semantics.list_honours_query,
        "listExportJobs",
        {},
        page([job()], f"/export/jobs/?limit=1&offset={JOB['creationTime']}_{JOB['id']}"),
        None,
    ),
    (semantics.create_echoes_request, "createExportJob", {"body": sent()}, job(), None),
    (
        semantics.create_echoes_request,
        "createExportJob",
        {"body": sent(fields="other")},
        job(),
        "sent 'other'",
    ),
    (
        semantics.create_echoes_request,
        "createExportJob",
        {"body": sent(additionalFields={"eventList": {"fields": "a"}})},
        job(),
        "not echoed",
    ),
    (
        semantics.create_echoes_request,
        "createExportJob",
        {"body": sent()},
        job(status="PROCESSING"),
        "not NEW",
    ),
    # A body the spec forbids: a lenient server that took it need not echo it.
    (semantics.create_echoes_request, "createExportJob", {"body": {"label": "x"}}, job(), None),
]


@pytest.mark.parametrize(
    ("check", "operation", "request_", "body", "reason"),
    CASES,
    ids=[f"{case[0].__name__}-{index}" for index, case in enumerate(CASES)],
)
def test_check(
    check: Check, operation: str, request_: dict[str, Any], body: Any, reason: str | None
) -> None:
    if reason is None:
        check(operation, request_, HEADERS, body)
    else:
        with pytest.raises(AssertionError, match=reason):
            check(operation, request_, HEADERS, body)


def test_every_check_is_registered_under_its_own_name() -> None:
    registered = {check.__name__ for check in CHECKS.get_all()}
    assert {check.__name__ for check in semantics.RESPONSE_CHECKS} <= registered


def test_every_check_has_cases_both_ways() -> None:
    for check in semantics.RESPONSE_CHECKS:
        reasons = [reason for case_check, *_, reason in CASES if case_check is check]
        assert None in reasons, f"{check.__name__} has no passing case"
        assert any(reasons), f"{check.__name__} has no failing case"
