"""Live runs classify what they meet: broken promises fail, observations are reported, and
one never hides the other. Each run is the contract suite in live mode against the mock
served over HTTP, as it would run against Adobe, behind one or more variants.
"""

from __future__ import annotations

import json
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from contract_tests.targets import MOCK_CREDENTIALS, http_target
from tests.contract.suite import live_write_environment, run_suite

OBSERVATIONS = ("lenient_input", "silent_allow", "says_more")
#: run name → (variants, extra environment)
RUNS: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "clean": ((), {}),
    "observations": (OBSERVATIONS, {}),
    "observations-strict": (OBSERVATIONS, {"CONTRACT_STRICT": "1"}),
    "observations-and-undocumented-status": ((*OBSERVATIONS, "undocumented_status"), {}),
    "observations-and-broken-schema": ((*OBSERVATIONS, "wrong_type"), {}),
}


def live_run(name: str, reports: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    variants, extra = RUNS[name]
    folder = reports / name
    with http_target(variant=variants) as target:
        environ = live_write_environment(target.base_url, folder, **extra)
        run = run_suite(environ, f"--junitxml={folder / 'junit.xml'}", timeout=600)
    return run, folder


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every run, two at a time (the machine has two cores)."""
    reports = tmp_path_factory.mktemp("drift")
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(RUNS, pool.map(lambda name: live_run(name, reports), RUNS), strict=True))


def report(folder: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((folder / "drift.json").read_text(encoding="utf-8"))
    return document


def drift(folder: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = report(folder)["findings"]
    return found


def kinds(findings: list[dict[str, Any]], severity: str) -> set[str]:
    return {f["kind"] for f in findings if f["severity"] == severity}


def test_the_mock_as_a_live_target_is_clean(runs: dict[str, Any]) -> None:
    run, folder = runs["clean"]
    assert run.returncode == 0, run.stdout[-3000:]
    assert drift(folder) == []
    assert "Nothing found" in (folder / "drift.md").read_text(encoding="utf-8")
    outcomes = {o["assumption"]: o["outcome"] for o in report(folder)["assumptions"]}
    assert outcomes["request-id-on-every-answer"] == "confirmed"
    assert outcomes["cancel-removes-the-job"] == "confirmed", "the default mock removes it"


def test_leniency_and_saying_more_are_observations(runs: dict[str, Any]) -> None:
    run, folder = runs["observations"]
    assert run.returncode == 0, run.stdout[-3000:]
    found = drift(folder)
    assert kinds(found, "promise") == set()
    assert {"lenient-input", "http-semantics", "unknown-property", "unknown-enum-value"} <= kinds(
        found, "observation"
    )
    report = (folder / "drift.md").read_text(encoding="utf-8")
    assert "add optional property `exportedSegmentCount` (integer) to `ExportJob`" in report
    assert "add 'EDGE' to the enum of `JobType`" in report
    unknown = next(f for f in found if f["where"] == "/records/*/exportedSegmentCount")
    assert unknown["kind"] == "unknown-property"
    assert unknown["count"] >= 1
    assert {"method", "path", "status"} <= set(unknown["example"])


def test_strict_makes_observations_fail(runs: dict[str, Any]) -> None:
    run, folder = runs["observations-strict"]
    assert run.returncode == 1
    assert {"lenient-input", "unknown-property"} <= kinds(drift(folder), "promise")


@pytest.mark.parametrize(
    ("name", "kind", "proposal"),
    [
        ("observations-and-undocumented-status", "undocumented-status", "add response `410`"),
        ("observations-and-broken-schema", "schema-violation", "allow string as well at `/id`"),
    ],
)
def test_a_broken_promise_fails_and_hides_no_observation(
    runs: dict[str, Any], name: str, kind: str, proposal: str
) -> None:
    run, folder = runs[name]
    assert run.returncode == 1
    found = drift(folder)
    assert kind in kinds(found, "promise")
    assert {"lenient-input", "unknown-property", "unknown-enum-value"} <= kinds(
        found, "observation"
    )
    assert proposal in (folder / "drift.md").read_text(encoding="utf-8")
    assert "broken promises met by this test" in run.stdout


def test_secrets_never_reach_the_reports(runs: dict[str, Any]) -> None:
    for run, folder in runs.values():
        for report in ("drift.json", "drift.md", "junit.xml"):
            text = (folder / report).read_text(encoding="utf-8")
            assert MOCK_CREDENTIALS.token not in text, report
            assert MOCK_CREDENTIALS.api_key not in text, report
        assert MOCK_CREDENTIALS.token not in run.stdout + run.stderr
