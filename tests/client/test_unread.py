"""Nested objects are built from their JSON on first read, and nothing else changes.

``from_dict`` checks the shape of every property at once but leaves a model's
nested objects unread (``runtime.Model``). These tests pin what that must not
change: reading, comparing, copying, pickling, converting back, assigning.
"""

from __future__ import annotations

import copy
import itertools
import pickle
import threading
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from aep_export_jobs_client import UnreadableResponseError
from aep_export_jobs_client.models import (
    Destination,
    ExportJob,
    ExportJobList,
    JobSchema,
    Metrics,
    TimeMetric,
)
from aep_export_jobs_client.runtime import Model, copy_json

from export_jobs_spec import load_spec

SPEC = load_spec()
GUIDE_JOB: dict[str, Any] = SPEC.pointer("#/components/examples/GuideExportJob")["value"]
NESTED = (
    "destination",
    "schema",
    "filter_",
    "additional_fields",
    "merge_policy",
    "errors",
    "metrics",
    "compute_gateway_job_id",
)


def fresh() -> ExportJob:
    return ExportJob.from_dict(copy.deepcopy(GUIDE_JOB))


def unread_names(model: Model) -> list[str]:
    return sorted(model._unread or {})


def read_everything(job: ExportJob) -> ExportJob:
    for name in NESTED:
        getattr(job, name)
    return job


def test_from_dict_leaves_the_nested_objects_unread() -> None:
    job = fresh()
    assert unread_names(job) == sorted(NESTED)
    assert job.id == GUIDE_JOB["id"]
    assert unread_names(job) == sorted(NESTED), "reading a scalar builds nothing"


def test_the_first_read_builds_the_object_once() -> None:
    job = fresh()
    destination = job.destination
    assert isinstance(destination, Destination)
    assert destination.dataset_id == GUIDE_JOB["destination"]["datasetId"]
    assert job.destination is destination
    assert "destination" not in unread_names(job)


def test_nested_objects_are_unread_at_every_level() -> None:
    metrics = fresh().metrics
    assert isinstance(metrics, Metrics)
    assert unread_names(metrics) == [
        "a_cp_dataset_write_time",
        "profile_export_time",
        "total_time",
    ]
    assert isinstance(metrics.total_time, TimeMetric)
    assert metrics.total_time.total_time_in_ms == 10000


def test_a_read_job_equals_the_same_job_made_with_init() -> None:
    made = ExportJob(
        id=1,
        status=fresh().status,
        destination=Destination(dataset_id="d"),
        schema=JobSchema(name="_xdm.context.profile"),
        ims_org_id="org@AdobeOrg",
        creation_time=1,
        update_time=2,
    )
    parsed = ExportJob.from_dict(made.to_dict())
    assert parsed == made
    assert repr(parsed) == repr(made)


@pytest.mark.parametrize(
    "duplicate",
    [copy.copy, copy.deepcopy, lambda job: pickle.loads(pickle.dumps(job)), attrs.evolve],  # noqa: S301
    ids=["copy", "deepcopy", "pickle", "evolve"],
)
def test_copies_carry_every_field(duplicate: Any) -> None:
    job = fresh()
    copied = duplicate(job)
    assert copied == read_everything(fresh())
    assert copied.to_dict() == read_everything(fresh()).to_dict()


def test_to_dict_of_an_unread_job_is_the_json_it_came_as() -> None:
    assert fresh().to_dict() == GUIDE_JOB


def test_to_dict_is_the_same_whether_or_not_the_job_was_read() -> None:
    job = fresh()
    repr(job)  # reads every field, at every level
    assert not job._unread
    assert job.to_dict() == GUIDE_JOB


def test_to_dict_gives_a_copy_the_model_does_not_share() -> None:
    job = fresh()
    out = job.to_dict()
    out["destination"]["datasetId"] = "changed"
    out["errors"][0]["code"] = "changed"
    assert job.destination.dataset_id == GUIDE_JOB["destination"]["datasetId"]
    assert job.errors
    assert job.errors[0].code == GUIDE_JOB["errors"][0]["code"]


def test_a_field_set_before_it_was_read_is_what_to_dict_gives() -> None:
    job = fresh()
    job.destination = Destination(dataset_id="replacement")
    job.schema = JobSchema(name="other")
    out = job.to_dict()
    assert out["destination"] == {"datasetId": "replacement"}
    assert out["schema"] == {"name": "other"}
    assert job.destination.dataset_id == "replacement"


def test_assigning_a_field_forgets_its_json() -> None:
    job = fresh()
    job.schema = JobSchema(name="other")
    assert job._unread
    assert "schema" not in job._unread
    assert job.schema.name == "other"


def test_deleting_a_field_forgets_its_json_read_or_not() -> None:
    job = fresh()
    del job.schema  # never read
    assert "schema" not in unread_names(job)
    with pytest.raises(AttributeError):
        _ = job.schema
    _ = job.destination
    del job.destination  # read
    with pytest.raises(AttributeError):
        _ = job.destination


def test_a_model_made_with_init_or_copied_has_nothing_unread() -> None:
    assert JobSchema(name="x")._unread is None
    assert getattr(copy.copy(fresh()), "_unread", None) is None
    copied = copy.copy(fresh())
    copied.schema = JobSchema(name="other")  # assignment on a copy needs no bookkeeping
    assert copied.to_dict()["schema"] == {"name": "other"}


def test_a_malformed_nested_object_raises_when_read_and_names_itself() -> None:
    odd_filter = {"segments": [{"segmentNs": "ups"}]}  # segmentId is required
    job = ExportJob.from_dict({**GUIDE_JOB, "filter": odd_filter})
    assert job.id == GUIDE_JOB["id"], "the rest of the job stays readable"
    job_filter = job.filter_
    assert job_filter
    with pytest.raises(UnreadableResponseError, match="segmentId") as raised:
        _ = job_filter.segments
    assert raised.value.where == "JobFilter.segments"
    cause = raised.value.__cause__
    assert isinstance(cause, KeyError)
    assert cause.__notes__ == ["while building JobFilter.segments on its first read"]
    assert job.to_dict()["filter"] == odd_filter, "to_dict() still gives it back as it came"


def test_an_unknown_attribute_is_an_error_for_readers_and_type_checkers() -> None:
    job = fresh()
    # The models' __getattr__ is hidden from type checkers: mypy --strict (which
    # warns about unused ignores) must see this as an error, as Python does.
    with pytest.raises(AttributeError, match="'ExportJob' object has no attribute 'destnation'"):
        _ = job.destnation  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="has no attribute 'destnation'"):
        _ = JobSchema(name="x").destnation  # type: ignore[attr-defined]
    assert not hasattr(job, "_unread_elsewhere")


def test_concurrent_first_reads_see_equal_objects() -> None:
    for _ in range(20):
        job = fresh()
        seen: list[Destination] = []
        barrier = threading.Barrier(8)

        def read(
            job: ExportJob = job,
            seen: list[Destination] = seen,
            barrier: threading.Barrier = barrier,
        ) -> None:
            barrier.wait()
            seen.append(job.destination)

        threads = [threading.Thread(target=read) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(seen) == 8
        assert all(destination == seen[0] for destination in seen)
        assert "destination" not in unread_names(job)


def test_a_page_and_its_records_round_trip_unread() -> None:
    page = {
        "records": [{**GUIDE_JOB, "id": n} for n in range(3)],
        "page": {"sortField": "createdTime", "sort": "desc", "pageSize": 3},
        "link": {"next": ""},
    }
    parsed = ExportJobList.from_dict(copy.deepcopy(page))
    assert [job.id for job in parsed.records] == [0, 1, 2]
    assert parsed.to_dict() == page


def test_copy_json_copies_every_container() -> None:
    value: dict[str, Any] = {"a": [{"b": [1, 2]}, "s"], "c": None}
    copied = copy_json(value)
    assert copied == value
    assert copied["a"] is not value["a"]
    assert copied["a"][0] is not value["a"][0]
    assert copied["a"][0]["b"] is not value["a"][0]["b"]


def unions(node: Any, where: str = "#") -> Iterator[tuple[str, list[Any]]]:
    """(where, variants) for every ``oneOf`` and ``anyOf`` in the spec."""
    if isinstance(node, dict):
        for keyword in ("oneOf", "anyOf"):
            if keyword in node:
                yield f"{where}/{keyword}", [SPEC.resolve(variant) for variant in node[keyword]]
        for key, value in node.items():
            yield from unions(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from unions(value, f"{where}/{index}")


def test_every_union_is_told_apart_without_reading_nested_objects() -> None:
    # The generated code picks a union's variant by trying each variant's
    # from_dict, which checks the top level only (nested objects are unread):
    # two object variants must each require a property the other does not have.
    seen = 0
    for where, variants in unions(SPEC.document):
        objects = [variant for variant in variants if variant.get("type") == "object"]
        for first, second in itertools.permutations(objects, 2):
            seen += 1
            required_elsewhere = set(first.get("required", [])) - set(second.get("properties", {}))
            assert required_elsewhere, f"{where}: one object variant parses the other's data"
    assert seen, "the spec's GatewayError-or-Problem answers are such unions"


@attrs.define
class AnnotatedJob(ExportJob):
    """A user's subclass that adds fields, as a vendoring team might."""

    note: str = "none"
    tags: list[str] = attrs.Factory(list)
    seen: list[str] = attrs.field(init=False, factory=list)

    def __attrs_post_init__(self) -> None:
        self.seen.append(self.destination.dataset_id or "")


@attrs.define
class StrictJob(ExportJob):
    owner: str = attrs.field(kw_only=True)


def test_a_subclass_gets_its_defaults_and_post_init_from_from_dict() -> None:
    job = AnnotatedJob.from_dict(copy.deepcopy(GUIDE_JOB))
    assert isinstance(job, AnnotatedJob)
    assert job.note == "none"
    assert job.tags == []
    assert job.tags is not AnnotatedJob.from_dict(copy.deepcopy(GUIDE_JOB)).tags
    assert job.seen == [GUIDE_JOB["destination"]["datasetId"]]
    assert job.to_dict() == GUIDE_JOB


def test_a_subclass_field_without_default_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match=r"StrictJob.from_dict\(\) cannot set 'owner'"):
        StrictJob.from_dict(copy.deepcopy(GUIDE_JOB))
