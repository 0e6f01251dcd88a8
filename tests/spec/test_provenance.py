"""Every statement of the spec says where it comes from: a public source, or an assumption."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from export_jobs_spec import load_spec, provenance

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT: dict[str, Any] = dict(load_spec().document)


def test_every_constraint_and_behaviour_is_marked() -> None:
    assert provenance.unmarked(DOCUMENT) == []


def test_no_mark_names_a_keyword_its_node_lacks() -> None:
    assert provenance.stale(DOCUMENT) == []


def test_every_mark_is_one_line() -> None:
    for mark in provenance.marks(DOCUMENT):
        assert mark.text.strip(), f"{mark.pointer}: an empty {mark.kind}"
        assert "\n" not in mark.text, f"{mark.pointer}: a {mark.kind} of more than one line"


@pytest.mark.parametrize(
    ("pointer", "kind", "keyword"),
    [
        ("#/components/parameters/Limit", "x-assumption", "maximum"),
        ("#/components/schemas/ExportJobCreate", "x-assumption", "additionalProperties"),
        ("#/paths/~1export~1jobs~1{exportJobId}/delete/responses/204", "x-source", None),
        ("#/components/responses/PayloadTooLarge", "x-assumption", None),
        ("#/components/headers/RetryAfter", "x-assumption", None),
        ("#/components/schemas/ExportJobStatus", "x-source", None),
    ],
)
def test_removing_a_mark_is_caught(pointer: str, kind: str, keyword: str | None) -> None:
    document: dict[str, Any] = copy.deepcopy(DOCUMENT)
    node = provenance._node(document, pointer)
    if keyword is None:
        del node[kind]
    else:
        del node[kind][keyword]
        if not node[kind]:
            del node[kind]
    missing = provenance.unmarked(document)
    assert missing, f"removing {kind} {keyword or ''} at {pointer} went unnoticed"
    assert all(entry.startswith(pointer) for entry in missing)


def test_a_new_constraint_without_a_mark_is_caught() -> None:
    document: dict[str, Any] = copy.deepcopy(DOCUMENT)
    document["components"]["schemas"]["ExportJob"]["properties"]["requestId"]["maxLength"] = 36
    assert provenance.unmarked(document) == [
        "#/components/schemas/ExportJob/properties/requestId maxLength"
    ]


def test_a_parameter_string_mark_does_not_cover_its_schema_limits() -> None:
    document: dict[str, Any] = copy.deepcopy(DOCUMENT)
    document["components"]["parameters"]["Limit"]["x-assumption"] = "everything"
    document["components"]["parameters"]["Limit"].pop("x-source")
    assert "#/components/parameters/Limit/schema maximum" in provenance.unmarked(document)


def test_the_reference_page_says_assumptions_are_assumptions() -> None:
    page = provenance.annotated(DOCUMENT)
    cancel = page["paths"]["/export/jobs/{exportJobId}"]["delete"]["description"]
    assert "**Assumption:** what a cancelled job looks like afterwards" in cancel
    limit = page["components"]["parameters"]["Limit"]["description"]
    assert "**Assumption** (`maximum`)" in limit
    assert "404" not in json.dumps(page["info"]["description"]).split("Tenancy")[1].split(
        "Lifecycle"
    )[0].replace("`403` and `404`", ""), "the tenancy paragraph states no guessed 404"


def test_docs_spec_md_lists_every_assumption() -> None:
    notes = (ROOT / "docs" / "spec.md").read_text(encoding="utf-8")
    assert provenance.with_assumptions_table(notes, DOCUMENT) == notes, "run `make docs`"
    assert len(provenance.assumptions(DOCUMENT)) >= 40


def test_every_assumption_a_live_run_answers_is_marked_in_the_spec() -> None:
    from contract_tests.assumptions import ASSUMPTIONS

    for name, assumption in ASSUMPTIONS.items():
        node = provenance._node(DOCUMENT, assumption.where)
        assert provenance.ASSUMPTION in node, f"{name}: {assumption.where} has no x-assumption"
