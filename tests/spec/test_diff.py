"""The breaking-change gate on a corpus of spec edits: each classified, each version rule applied.

Every edit is made to the spec as committed at ``HEAD`` and classified by the
real tool chain (api-smart-diff under ``scripts/spec_diff.py``'s rules).
"""

from __future__ import annotations

import copy
import dataclasses
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import spec_diff

ROOT = Path(__file__).resolve().parents[2]
Edit = Callable[[dict[str, Any]], None]


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def operation(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][path][method]
    return result


JOB = "/export/jobs/{exportJobId}"
BREAKING: dict[str, Edit] = {
    "operation removed": lambda s: s["paths"][JOB].pop("delete"),
    "query parameter removed": lambda s: operation(s, "/export/jobs", "get")["parameters"].pop(2),
    "success status removed": lambda s: operation(s, "/export/jobs", "get")["responses"].pop("200"),
    "required request property added": lambda s: schemas(s)["ExportJobCreate"].update(
        properties={**schemas(s)["ExportJobCreate"]["properties"], "owner": {"type": "string"}},
        required=[*schemas(s)["ExportJobCreate"]["required"], "owner"],
    ),
    "request property made required": lambda s: schemas(s)["ExportJobCreate"]["required"].append(
        "fields"
    ),
    "request enum value removed": lambda s: s["components"]["parameters"]["StatusFilter"]["schema"][
        "enum"
    ].remove("FAILED"),
    "request type narrowed": lambda s: schemas(s)["ExportJobCreate"]["properties"]["fields"].update(
        type="integer"
    ),
    "request property removed": lambda s: schemas(s)["ExportJobCreate"]["properties"].pop("fields"),
    "response property removed": lambda s: schemas(s)["ExportJob"]["properties"].pop("requestId"),
    "response property made optional": lambda s: schemas(s)["ExportJob"]["required"].remove(
        "imsOrgId"
    ),
    "response property made nullable": lambda s: schemas(s)["ExportJob"]["properties"][
        "fields"
    ].update(nullable=True),
    "response type changed": lambda s: schemas(s)["Page"]["properties"]["pageSize"].update(
        type="string"
    ),
    "path parameter type changed": lambda s: schemas(s)["ExportJobId"].update(type="string"),
}
ADDITIONS: dict[str, Edit] = {
    "optional request property added": lambda s: schemas(s)["ExportJobCreate"]["properties"].update(
        label={"type": "string", "maxLength": 64}
    ),
    "response property added": lambda s: schemas(s)["ExportJob"]["properties"].update(
        label={"type": "string"}
    ),
    "operation added": lambda s: s["paths"][JOB].update(
        put={**copy.deepcopy(s["paths"][JOB]["get"]), "operationId": "replaceExportJob"}
    ),
    "optional query parameter added": lambda s: operation(s, "/export/jobs", "get")[
        "parameters"
    ].append({"name": "label", "in": "query", "required": False, "schema": {"type": "string"}}),
}
PATCHES: dict[str, Edit] = {
    "description changed": lambda s: operation(s, "/export/jobs", "get").update(
        description="Lists the export jobs."
    ),
    "example changed": lambda s: schemas(s)["SchemaRef"]["properties"]["name"].update(
        example="_xdm.context.experienceevent"
    ),
    "vendor extension added": lambda s: schemas(s)["JobType"].update({"x-note": "internal"}),
}
CORPUS = (
    [(name, edit, spec_diff.BREAKING) for name, edit in BREAKING.items()]
    + [(name, edit, spec_diff.ADDITION) for name, edit in ADDITIONS.items()]
    + [(name, edit, spec_diff.PATCH) for name, edit in PATCHES.items()]
)


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    spec = spec_diff.spec_at("HEAD")
    assert spec is not None
    return spec


def edited(spec: dict[str, Any], edit: Edit, version: str | None = None) -> dict[str, Any]:
    copied = copy.deepcopy(spec)
    edit(copied)
    if version is not None:
        copied["info"]["version"] = version
    return copied


@pytest.mark.parametrize(("name", "edit", "kind"), CORPUS, ids=[name for name, _, _ in CORPUS])
def test_each_edit_is_classified_and_versioned(
    committed: dict[str, Any], name: str, edit: Edit, kind: str
) -> None:
    old = committed["info"]["version"]
    verdict = spec_diff.judge(committed, edited(committed, edit), client=False)
    assert kind in verdict.kinds, f"{name}: {verdict.changes}"
    assert spec_diff.BREAKING not in verdict.kinds or kind == spec_diff.BREAKING, verdict.changes
    assert verdict.needed == spec_diff.NEEDED_BUMP[kind]
    assert not verdict.enough, "without a version bump the gate fails"
    right = spec_diff.suggested(old, spec_diff.NEEDED_BUMP[kind])
    assert dataclasses.replace(verdict, new_version=right).enough
    if kind != spec_diff.PATCH:
        too_small = spec_diff.suggested(old, "patch")
        assert not dataclasses.replace(verdict, new_version=too_small).enough


def test_the_corpus_is_wide_enough() -> None:
    assert len(BREAKING) >= 7
    assert len(ADDITIONS) + len(PATCHES) >= 5


@pytest.mark.parametrize(
    ("old", "new", "level", "enough"),
    [
        ("1.2.3", "2.0.0", "major", True),
        ("1.2.3", "1.3.0", "major", False),
        ("1.2.3", "1.3.0", "minor", True),
        ("1.2.3", "2.0.0", "minor", True),
        ("1.2.3", "1.2.4", "minor", False),
        ("1.2.3", "1.2.4", "patch", True),
        ("1.2.3", "1.2.3", "patch", False),
        ("1.2.3", "1.1.9", "patch", False),
    ],
)
def test_the_version_rule(old: str, new: str, level: str, enough: bool) -> None:
    assert spec_diff.bumped(old, new, level) is enough


def test_the_client_impact_names_models_and_functions(committed: dict[str, Any]) -> None:
    edit = BREAKING["response property removed"]
    impact = spec_diff.client_impact(committed, edited(committed, edit))
    assert "removed model ExportJob.request_id" in impact


def run_gate(spec: dict[str, Any], tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "scripts" / "spec_diff.py"), "--spec", str(path), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_command_without_and_with_a_bump(committed: dict[str, Any], tmp_path: Path) -> None:
    unchanged = run_gate(committed, tmp_path)
    assert unchanged.returncode == 0
    assert unchanged.stdout.startswith("no changes to openapi/export-jobs.yaml since HEAD")
    edit = BREAKING["response property removed"]
    refused = run_gate(edited(committed, edit), tmp_path, "--changelog")
    assert refused.returncode == 1
    assert "Breaking for callers and client users" in refused.stdout
    assert "removed model ExportJob.request_id" in refused.stdout
    assert "need a major release" in refused.stdout
    assert "### Removed" in refused.stdout  # the CHANGELOG entry
    major = spec_diff.suggested(committed["info"]["version"], "major")
    assert run_gate(edited(committed, edit, major), tmp_path, "--no-client").returncode == 0


def test_a_bad_ref_is_a_usage_error(committed: dict[str, Any], tmp_path: Path) -> None:
    run = run_gate(committed, tmp_path, "--base", "no-such-ref")
    assert run.returncode == 2
    assert "not a git ref" in run.stderr
