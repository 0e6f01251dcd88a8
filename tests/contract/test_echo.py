"""A lenient server's echo is not a broken promise: live runs with writes stay green on one.

The live-mode suite with writes runs against ``EchoingServer`` (``contract_tests/echoing.py``)
over HTTP: a server that validates only ``destination.datasetId`` and ``schema.name`` and
echoes everything else as sent. Its echoes belong to their lenient-input observation; the
faults planted in it still fail the run.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from aep_export_jobs_client.gateway import gateway_headers

from tests.contract.echo_runs import KEY, ORG, SANDBOX, SEEDS, TOKEN, echoing, live_run
from tests.contract.suite import st_run as run_st


def clean_run(seed: str, reports: Path) -> dict[str, Any]:
    with echoing() as (server, base_url):
        started = time.perf_counter()
        run = live_run(base_url, reports / f"seed-{seed}", seed)
        left = server.job_count()
        requests = server.requests
    report = json.loads((reports / f"seed-{seed}" / "drift.json").read_text(encoding="utf-8"))
    seconds = time.perf_counter() - started
    return {"run": run, "report": report, "seconds": seconds, "left": left, "requests": requests}


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    reports = tmp_path_factory.mktemp("echo")
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(SEEDS, pool.map(lambda seed: clean_run(seed, reports), SEEDS), strict=True))


@pytest.mark.parametrize("seed", SEEDS)
def test_the_live_suite_with_writes_passes(clean: dict[str, dict[str, Any]], seed: str) -> None:
    outcome = clean[seed]
    run = outcome["run"]
    assert run.returncode == 0, run.stdout[-4000:]
    findings = outcome["report"]["findings"]
    assert all(f["severity"] == "observation" for f in findings), [
        (f["operation"], f["kind"], f["where"]) for f in findings if f["severity"] == "promise"
    ]
    kinds = Counter(f["kind"] for f in findings)
    print(
        f"seed {seed}: {outcome['requests']} requests in {outcome['seconds']:.1f} s, "
        f"findings by kind {dict(kinds)}, "
        f"{outcome['left']} jobs left"
    )


def test_echoes_are_named_by_their_lenient_input(clean: dict[str, dict[str, Any]]) -> None:
    echoes = [
        echo
        for outcome in clean.values()
        for finding in outcome["report"]["findings"]
        if finding["kind"] == "lenient-input"
        for echo in finding["echoes"]
    ]
    assert echoes, "the runs met no accepted invalid create"
    assert all(isinstance(echo["job_id"], int) for echo in echoes)
    assert any(echo["echoed"] for echo in echoes), "no echo was traced to its request"
    for echo in echoes:
        for where in echo["echoed"]:
            assert any(where.startswith(location) for location in echo["invalid_locations"])


def test_jobs_of_invalid_creates_are_cancelled_at_once(clean: dict[str, dict[str, Any]]) -> None:
    assert all(outcome["left"] == 0 for outcome in clean.values())


# -- schemathesis' own CLI ---------------------------------------------------------------


def st_run(base_url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    headers = gateway_headers(access_token=TOKEN, api_key=KEY, ims_org=ORG, sandbox=SANDBOX)
    return run_st(base_url, headers, *extra)


def test_st_run_takes_the_echo_for_what_it_is() -> None:
    with echoing() as (_, base_url):
        consumer = st_run(base_url)
        strict = st_run(base_url, "--checks", "all")
    assert consumer.returncode == 0, consumer.stdout[-3000:]
    assert strict.returncode != 0, "the strict view must still fail on the echo"
