"""``from_dict``'s common case gives exactly what its general path gives.

Every model's ``from_dict`` first tests the common case in one expression:
every property of its exact JSON type and nothing undeclared. It then builds
the model with plain stores; anything else goes to ``_from_any_dict``, the
general path that holds odd values back. These tests feed both paths the same
documents, the guide's and changed ones, and require the same model, the same
``to_dict()`` and the same errors.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from aep_export_jobs_client import UnreadableResponseError, models
from aep_export_jobs_client.models import Destination, ExportJob, JobSchema
from aep_export_jobs_client.runtime import LazySequence, Model
from hypothesis import given, settings
from hypothesis import strategies as st

from export_jobs_spec import load_spec

GUIDE_JOB: dict[str, Any] = load_spec().pointer("#/components/examples/GuideExportJob")["value"]
MODELS = sorted(
    (
        value
        for value in vars(models).values()
        if isinstance(value, type) and issubclass(value, Model)
    ),
    key=lambda cls: cls.__name__,
)


def documents_in(
    model: Model, document: dict[str, Any]
) -> Iterator[tuple[type[Model], dict[str, Any]]]:
    """``(type(model), document)`` and the same for every model nested in it.

    Each nested document is the JSON its parent parked unread, not what
    ``to_dict()`` gives back: the documents do not depend on the code under test.
    """
    yield type(model), document
    for name, raw in dict(model._unread or {}).items():
        value = getattr(model, name)
        pairs = zip(value, raw, strict=True) if isinstance(value, list) else [(value, raw)]
        for item, item_raw in pairs:
            if isinstance(item, Model):
                yield from documents_in(item, item_raw)


#: (model class, a document it parses) for the guide's job and every object in it.
DOCUMENTS = list(documents_in(ExportJob.from_dict(copy.deepcopy(GUIDE_JOB)), GUIDE_JOB))

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=5)
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def outcome(cls: type[Model], document: dict[str, Any], path: str) -> tuple[str, Any]:
    """What building ``document`` by ``path`` gives: the model read in full, or the error's type."""
    build = cls.from_dict if path == "common" else cls._from_any_dict  # type: ignore[attr-defined]
    try:
        model = build(copy.deepcopy(document))
    except (KeyError, TypeError, ValueError) as error:
        return ("raises", type(error))
    unread_json = model.to_dict()
    try:
        shown = repr(model)  # reads every field at every level
    except UnreadableResponseError as error:
        shown = f"unreadable: {error.where}"
    return (
        "model",
        (type(model), unread_json, shown, model.to_dict() if "unreadable" not in shown else None),
    )


def test_every_model_is_covered_by_a_document() -> None:
    covered = {cls for cls, _ in DOCUMENTS}
    assert {ExportJob, Destination, JobSchema} <= covered
    assert len(covered) >= 15


@pytest.mark.parametrize(("cls", "document"), DOCUMENTS, ids=[cls.__name__ for cls, _ in DOCUMENTS])
def test_the_guide_takes_the_common_case_and_matches_the_general_path(
    cls: type[Model], document: dict[str, Any]
) -> None:
    common = outcome(cls, document, "common")
    assert common == outcome(cls, document, "general")
    assert common[0] == "model"
    assert type(cls.from_dict(document)) is cls  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(
    case=st.sampled_from(DOCUMENTS),
    key=st.text(max_size=12),
    position=st.integers(0, 50),
    value=JSON_VALUES,
    action=st.sampled_from(["replace", "add", "drop"]),
)
def test_a_changed_document_builds_the_same_by_either_path(
    case: tuple[type[Model], dict[str, Any]], key: str, position: int, value: Any, action: str
) -> None:
    cls, original = case
    document = copy.deepcopy(original)
    names = sorted(document)
    if action == "replace" and names:
        document[names[position % len(names)]] = value
    elif action == "drop" and names:
        del document[names[position % len(names)]]
    else:
        document[key] = value
    assert outcome(cls, document, "common") == outcome(cls, document, "general")


@pytest.mark.parametrize(
    "odd",
    [
        {"id": True},  # a bool is not an integer
        {"id": 1.0},
        {"imsOrgId": 7},
        {"creationTime": "1538615973895"},
        {"jobType": 3},
        {"errors": [{"code": "x"}, "not an object"]},
        {"metrics": []},
        {"extra": {"nested": [1, 2]}},
    ],
    ids=repr,
)
def test_an_odd_value_takes_the_general_path(odd: dict[str, Any]) -> None:
    document = {**copy.deepcopy(GUIDE_JOB), **odd}
    assert outcome(ExportJob, document, "common") == outcome(ExportJob, document, "general")


def test_a_model_filled_in_the_common_case_is_of_its_own_class_and_slotted() -> None:
    job = ExportJob.from_dict(copy.deepcopy(GUIDE_JOB))
    assert type(job) is ExportJob
    with pytest.raises(AttributeError):
        job.not_a_field = 1  # type: ignore[attr-defined]


def test_a_subclass_takes_the_general_path() -> None:
    @attrs.define
    class Noted(ExportJob):
        note: str = "none"

    job = Noted.from_dict(copy.deepcopy(GUIDE_JOB))
    assert type(job) is Noted
    assert job.note == "none"
    assert job.to_dict() == GUIDE_JOB


def test_a_parsed_record_lets_its_json_go_but_not_the_callers_list() -> None:
    records = [{"name": "a"}, {"name": "b"}]
    sequence = LazySequence(records, JobSchema.from_dict)
    assert sequence[0].name == "a"
    assert records == [{"name": "a"}, {"name": "b"}], "the caller's list is left as it was"
    assert sequence[0] is sequence[0]
    assert [schema.name for schema in sequence] == ["a", "b"]


@pytest.mark.parametrize("document", ["not an object", ["id", 1], None, 7], ids=repr)
def test_what_is_no_object_fails_as_the_general_path_fails(document: Any) -> None:
    for cls, _ in DOCUMENTS:
        with pytest.raises((TypeError, ValueError)) as common:
            cls.from_dict(document)  # type: ignore[attr-defined]
        with pytest.raises((TypeError, ValueError)) as general:
            cls._from_any_dict(document)  # type: ignore[attr-defined]
        assert type(common.value) is type(general.value)
