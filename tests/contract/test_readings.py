"""The live-mode suite with writes against the mock in each reading the public material allows.

Each run is green (a live run never fails on an assumption), and the drift report's
assumptions section names what the reading contradicts and the spec change it proposes.
"""

from __future__ import annotations

import json
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from contract_tests.targets import http_target, mock_config
from tests.contract.suite import live_write_environment, run_suite

#: run name → (the mock's readings, the assumptions they contradict)
RUNS: dict[str, tuple[dict[str, str], set[str]]] = {
    "marked cancel": ({"cancel_effect": "marked"}, {"cancel-removes-the-job"}),
    "403 for another sandbox": ({"other_tenant": "403"}, {"other-tenant-gets-404"}),
    "204 without a body": ({"cancel_answer": "204-empty"}, set()),
    "paging by number": ({"paging": "number"}, {"cursor-paging"}),
    "all together": (
        {
            "cancel_effect": "marked",
            "other_tenant": "403",
            "cancel_answer": "204-empty",
            "paging": "number",
        },
        {"cancel-removes-the-job", "other-tenant-gets-404", "cursor-paging"},
    ),
}


def live_run(
    name: str, reports: Path, *pytest_args: str, **environ_extra: str
) -> tuple[subprocess.CompletedProcess[str], Path]:
    readings, _ = RUNS[name]
    folder = reports / name.replace(" ", "-")
    config = mock_config().with_readings(readings)
    with http_target(config) as target:
        environ = live_write_environment(
            target.base_url, folder, EXPORT_JOBS_SANDBOX_2="second", **environ_extra
        )
        run = run_suite(environ, *pytest_args, timeout=600)
    return run, folder


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every run, two at a time (the machine has two cores)."""
    reports = tmp_path_factory.mktemp("readings")
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(RUNS, pool.map(lambda name: live_run(name, reports), RUNS), strict=True))


def outcomes(folder: Path) -> dict[str, dict[str, Any]]:
    document = json.loads((folder / "drift.json").read_text(encoding="utf-8"))
    return {outcome["assumption"]: outcome for outcome in document["assumptions"]}


@pytest.mark.parametrize("name", list(RUNS))
def test_each_reading_passes_and_names_what_it_contradicts(runs: dict[str, Any], name: str) -> None:
    run, folder = runs[name]
    assert run.returncode == 0, run.stdout[-3000:]
    found = outcomes(folder)
    contradicted = {key for key, outcome in found.items() if outcome["outcome"] == "contradicted"}
    assert contradicted == RUNS[name][1]
    for key in contradicted:
        assert found[key]["proposal"], f"{key}: a contradiction proposes a spec change"
        assert found[key]["observed"]
    markdown = (folder / "drift.md").read_text(encoding="utf-8")
    assert "## Assumptions" in markdown
    assert all(f"**contradicted** `{key}`" in markdown for key in contradicted)


def test_strict_fails_on_a_contradicted_assumption(tmp_path: Path) -> None:
    run, _ = live_run("marked cancel", tmp_path, "-k", "cancel_takes_effect", CONTRACT_STRICT="1")
    assert run.returncode != 0
    assert "assumption cancel-removes-the-job contradicted" in run.stdout
