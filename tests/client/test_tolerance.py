"""The generated models survive what the real service plausibly sends.

The corpus starts from the guide's job and applies the kinds of change the
service has made over its life: new fields, missing optional fields, new enum
values, the two shapes of ``destination.batches``, and nulls in optional fields.
Each variant must parse, keep every value, and round-trip through ``to_dict()``
exactly, whether or not its nested objects were read.
"""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aep_export_jobs_client import UnreadableResponseError
from aep_export_jobs_client.models import ExportJob, ExportJobList, ExportJobStatus
from aep_export_jobs_client.types import UNSET

from export_jobs_spec import load_spec

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
    # Shapes later revisions of the guide show (api-facts: "Later revisions").
    "batch status as one value": _set(
        "destination.batches",
        [{"segmentId": "a", "segmentNs": "ups", "status": "exited", "batchId": "b1"}],
    ),
    "dataSetId spelling": lambda job: job["destination"].update(
        dataSetId=job["destination"].pop("datasetId")
    ),
    "profile counters": _set("metrics.totalExportedProfileCounter", 102),
    "counters per namespace": _set("metrics.exportedProfileByNamespaceCounter", {"ECID": 80}),
    "evaluationInfo": _set("evaluationInfo", {"segmentation": True}),
    "toIngestTimestamp": _set(
        "additionalFields.eventList.filter.toIngestTimestamp", "2018-02-01T00:00:00Z"
    ),
}


def test_a_date_time_in_another_offset_is_the_same_instant() -> None:
    job = copy.deepcopy(GUIDE_JOB)
    job["filter"]["fromIngestTimestamp"] = "2018-01-01T01:00:00+01:00"
    parsed = ExportJob.from_dict(job)
    assert parsed.filter_
    assert parsed.filter_.from_ingest_timestamp == datetime(2018, 1, 1, tzinfo=UTC)
    assert parsed.to_dict()["filter"]["fromIngestTimestamp"] == "2018-01-01T01:00:00+01:00"


@pytest.mark.parametrize("read_first", [False, True], ids=["unread", "read"])
@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_variant_parses_and_round_trips(mutation: str, read_first: bool) -> None:
    job = copy.deepcopy(GUIDE_JOB)
    MUTATIONS[mutation](job)
    parsed = ExportJob.from_dict(job)
    if read_first:
        repr(parsed)  # builds every nested object
    assert parsed.to_dict() == job


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
    with pytest.raises(UnreadableResponseError) as raised:
        page.records[1]
    assert raised.value.where == "ExportJobList.records[1]"
    assert isinstance(raised.value.__cause__, KeyError)
    assert json.loads(raised.value.content) == {"id": 7}


def test_records_must_be_a_list() -> None:
    with pytest.raises(TypeError, match=r"records: .* does not fit the spec"):
        ExportJobList.from_dict(_page({"not": "a list"}))  # type: ignore[arg-type]


def test_page_round_trips() -> None:
    page = _page([GUIDE_JOB, {**GUIDE_JOB, "id": 101, "status": "QUEUED"}])
    assert ExportJobList.from_dict(page).to_dict() == page


# One row per property kind the generator knows: (where, a value of another JSON type).
UNEXPECTED_SHAPES: dict[str, tuple[str, Any]] = {
    "string where an array of enums is": ("destination.batches.status", 5),
    "object where a string is": ("fields", {"a": 1}),
    "number where an object is": ("metrics", 12),
    "string where an object is": ("computeGatewayJobId", "f3058161"),
    "string where an integer is": ("metrics.totalTime.totalTimeInMs", "10000"),
    "boolean where an integer is": ("mergePolicy.version", True),
    "integer where a boolean is": ("filter.emptyProfiles", 1),
    "number where an enum is": ("jobType", 7),
    "string where an array of objects is": ("errors", "boom"),
    "array of strings where an array of objects is": ("errors", ["boom"]),
    "array where a date-time is": ("filter.fromIngestTimestamp", ["2018"]),
    "no date in a date-time": ("filter.fromIngestTimestamp", "yesterday"),
    "object where a union of array and object is": ("destination.batches", 3),
    "string where a map of integers is": ("metrics.exportedProfileByNamespaceCounter", "80"),
}


@pytest.mark.parametrize("case", sorted(UNEXPECTED_SHAPES))
def test_value_of_an_unexpected_type_is_held_back_unchanged(case: str) -> None:
    path, value = UNEXPECTED_SHAPES[case]
    job = copy.deepcopy(GUIDE_JOB)
    *parents, leaf = path.split(".")
    node: Any = job
    for part in parents:
        node = node.setdefault(part, {})
    node[leaf] = value
    parsed = ExportJob.from_dict(job)
    holder: Any = parsed
    for part in parents:
        holder = getattr(holder, _attribute(part))
    assert not getattr(holder, _attribute(leaf)), "the field must read as unset"
    assert holder.additional_properties[leaf] == value, "the value must stay reachable"
    assert parsed.to_dict() == job, "to_dict() gives it back as it came"


def _attribute(json_name: str) -> str:
    names = {"filter": "filter_", "fields": "fields", "errors": "errors"}
    if json_name in names:
        return names[json_name]
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in json_name)
    return {"a_c_p_dataset_write_time": "a_cp_dataset_write_time"}.get(snake, snake)


def test_a_required_value_of_another_type_fails_loudly() -> None:
    with pytest.raises(TypeError, match=r"ExportJob.id: '100' does not fit the spec"):
        ExportJob.from_dict({**GUIDE_JOB, "id": "100"})


def test_unset_survives_copy_and_pickle() -> None:
    # Models test `is UNSET`: a second Unset object would reach to_dict() as a value.
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET  # noqa: S301
    job = ExportJob.from_dict({**GUIDE_JOB, "jobType": None})
    assert copy.deepcopy(job).to_dict() == job.to_dict()
