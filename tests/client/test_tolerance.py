"""The generated models survive what the real service plausibly sends.

The corpus starts from the guide's job and applies the kinds of change the
service has made over its life: new fields, missing optional fields, new enum
values, the two shapes of ``destination.batches``, and nulls in optional fields.
Each variant must parse, keep every value, and round-trip through ``to_dict()``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from aep_export_jobs_client.models import ExportJob, ExportJobList, ExportJobStatus

from export_jobs_mock.openapi import load_spec

GUIDE_JOB: dict[str, Any] = load_spec().pointer("#/components/examples/GuideExportJob")["value"]
Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(job: dict[str, Any]) -> None:
        *parents, leaf = path.split(".")
        node = job
        for part in parents:
            node = node[part]
        node[leaf] = value

    return mutate


def _drop(path: str) -> Mutation:
    def mutate(job: dict[str, Any]) -> None:
        *parents, leaf = path.split(".")
        node = job
        for part in parents:
            node = node[part]
        del node[leaf]

    return mutate


MUTATIONS: dict[str, Mutation] = {
    "unchanged": lambda job: None,
    "new top-level field": _set("exportedProfileCount", 1234),
    "new nested object": _set("evaluationInfo", {"continuous": {"enabled": True}}),
    "new metrics counter": _set("metrics.profileExportCount", {"count": 10}),
    "no pushJob": _drop("computeGatewayJobId.pushJob"),
    "no computeGatewayJobId": _drop("computeGatewayJobId"),
    "no metrics": _drop("metrics"),
    "no errors": _drop("errors"),
    "no filter": _drop("filter"),
    "new job status": _set("status", "CANCELLED"),
    "new job type": _set("jobType", "EDGE"),
    "batches as a list": _set(
        "destination.batches",
        [{"segmentId": "a", "segmentNs": "ups", "status": ["realized"], "batchId": "b1"}],
    ),
    "new segment status": _set("filter.segments", [{"segmentId": "s", "status": ["pending"]}]),
    "null object": _set("filter", None),
    "null list": _set("errors", None),
    "null string": _set("fields", None),
    "null enum": _set("jobType", None),
    "null nested object": _set("metrics.totalTime", None),
    "null batches": _set("destination.batches", None),
}


def normalised(value: Any) -> Any:
    """``value`` with RFC 3339 strings as datetimes: ``Z`` and ``+00:00`` are the same instant."""
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, str) and len(value) >= 20 and value[4] == "-" and value[10] == "T":
        return datetime.fromisoformat(value)
    return value


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_variant_parses_and_round_trips(mutation: str) -> None:
    job = copy.deepcopy(GUIDE_JOB)
    MUTATIONS[mutation](job)
    parsed = ExportJob.from_dict(job)
    assert normalised(parsed.to_dict()) == normalised(job)


def test_unknown_status_stays_readable() -> None:
    parsed = ExportJob.from_dict({**GUIDE_JOB, "status": "CANCELLED"})
    assert parsed.status == "CANCELLED"
    assert str(parsed.status) == "CANCELLED"
    assert parsed.status not in (ExportJobStatus.NEW, ExportJobStatus.SUCCEEDED)


def test_unknown_fields_are_kept() -> None:
    parsed = ExportJob.from_dict({**GUIDE_JOB, "exportedProfileCount": 7})
    assert parsed.additional_properties["exportedProfileCount"] == 7


def test_list_page_parses() -> None:
    page = {
        "records": [GUIDE_JOB, {**GUIDE_JOB, "id": 101, "status": "QUEUED"}],
        "page": {"sortField": "createdTime", "sort": "desc", "pageOffset": "1_101", "pageSize": 2},
        "link": {"next": ""},
    }
    parsed = ExportJobList.from_dict(page)
    assert [str(job.status) for job in parsed.records] == ["SUCCEEDED", "QUEUED"]


def test_null_reads_as_unset_and_is_kept() -> None:
    parsed = ExportJob.from_dict({**GUIDE_JOB, "filter": None})
    assert not parsed.filter_  # UNSET is falsy
    assert parsed.additional_properties["filter"] is None
    assert parsed.to_dict()["filter"] is None


def _page(records: list[Any]) -> dict[str, Any]:
    return {
        "records": records,
        "page": {"sortField": "createdTime", "sort": "desc", "pageSize": len(records)},
        "link": {"next": ""},
    }


def test_records_parse_on_access_and_behave_as_a_sequence() -> None:
    jobs = [{**GUIDE_JOB, "id": n} for n in range(5)]
    records = ExportJobList.from_dict(_page(jobs)).records
    assert len(records) == 5
    assert records[0].id == 0
    assert records[-1].id == 4
    assert [job.id for job in records[1:3]] == [1, 2]
    assert [job.id for job in records] == [0, 1, 2, 3, 4]
    assert records[2] is records[2]  # parsed once, then kept
    assert records == [ExportJob.from_dict(job) for job in jobs]
    with pytest.raises(IndexError):
        records[5]


def test_one_odd_record_spoils_only_itself() -> None:
    page = ExportJobList.from_dict(_page([GUIDE_JOB, {"id": 7}, GUIDE_JOB]))
    assert page.records[0].id == GUIDE_JOB["id"]
    assert page.records[2].id == GUIDE_JOB["id"]
    with pytest.raises(KeyError):
        page.records[1]


def test_records_must_be_a_list() -> None:
    with pytest.raises(TypeError, match="expected a list"):
        ExportJobList.from_dict(_page({"not": "a list"}))  # type: ignore[arg-type]


def test_page_round_trips() -> None:
    page = _page([GUIDE_JOB, {**GUIDE_JOB, "id": 101, "status": "QUEUED"}])
    assert normalised(ExportJobList.from_dict(page).to_dict()) == normalised(page)
