"""Every example in the spec is valid, and every example of the guide is in the spec."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from export_jobs_spec import Spec, load_spec

SPEC = load_spec()


def media_examples(spec: Spec) -> Iterator[tuple[str, Mapping[str, Any], Any]]:
    """(where, schema, value) for every example of every request and response body."""
    for path, item in spec.document["paths"].items():
        for method, operation in item.items():
            if method == "parameters":
                continue
            bodies = [("request", spec.resolve(operation.get("requestBody")))]
            bodies += [(status, spec.resolve(r)) for status, r in operation["responses"].items()]
            for slot, body in bodies:
                media = (body or {}).get("content", {}).get("application/json")
                if media is None:
                    continue
                for name, example in media.get("examples", {}).items():
                    where = f"{method.upper()} {path} {slot} example {name}"
                    yield where, media["schema"], spec.resolve(example)["value"]


def schema_examples(node: Any, where: str = "#") -> Iterator[tuple[str, Mapping[str, Any], Any]]:
    """(where, schema, value) for every ``example`` keyword inside a schema or parameter."""
    if isinstance(node, Mapping):
        if "example" in node and ("type" in node or "$ref" in node or "schema" in node):
            schema = node.get("schema", node)
            yield where, {k: v for k, v in schema.items() if k != "example"}, node["example"]
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from schema_examples(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from schema_examples(value, f"{where}/{index}")


ALL_EXAMPLES = [*media_examples(SPEC), *schema_examples(SPEC.document["components"])]


@pytest.mark.parametrize(
    ("where", "schema", "value"), ALL_EXAMPLES, ids=[e[0] for e in ALL_EXAMPLES]
)
def test_example_validates(where: str, schema: Mapping[str, Any], value: Any) -> None:
    assert SPEC.validator(schema).errors(value) == []


def test_examples_were_found() -> None:
    # A walk that finds nothing would make the test above vacuous.
    assert len(list(media_examples(SPEC))) >= 30
    assert len(list(schema_examples(SPEC.document["components"]))) >= 40


def test_a_wrong_example_is_reported() -> None:
    job = SPEC.schema_validator("ExportJob")
    assert job.errors({"id": "100"}) != []


# --- the guide ------------------------------------------------------------------------------

#: The guide's JSON examples, kept in the repository as test data: a missing file fails.
GUIDE_FILE = Path(__file__).with_name("data") / "guide_examples.json"
GUIDE: list[tuple[str, str, Any]] = [
    (example["operationId"], example["slot"], example["value"])
    for example in json.loads(GUIDE_FILE.read_text(encoding="utf-8"))["examples"]
]


def test_guide_has_five_examples() -> None:
    assert [(op, slot) for op, slot, _ in GUIDE] == [
        ("listExportJobs", "200"),
        ("createExportJob", "request"),
        ("createExportJob", "200"),
        ("getExportJob", "200"),
        ("cancelExportJob", "200"),
    ]


@pytest.mark.parametrize(
    ("operation_id", "slot", "value"), GUIDE, ids=[f"{o}-{s}" for o, s, _ in GUIDE]
)
def test_guide_example_is_in_spec_and_valid(operation_id: str, slot: str, value: Any) -> None:
    operation = next(
        (path, method, raw)
        for path, item in SPEC.document["paths"].items()
        for method, raw in item.items()
        if isinstance(raw, dict) and raw.get("operationId") == operation_id
    )
    raw = operation[2]
    container = raw["requestBody"] if slot == "request" else raw["responses"][slot]
    media = SPEC.resolve(container)["content"]["application/json"]
    assert SPEC.validator(media["schema"]).errors(value) == []
    documented = [SPEC.resolve(example)["value"] for example in media["examples"].values()]
    assert value in documented, f"the guide's {operation_id} {slot} example is not in the spec"
