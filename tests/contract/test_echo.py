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
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from aep_export_jobs_client.gateway import gateway_headers

from contract_tests.echoing import BASE_PATH, DEFECTS, EchoingServer
from export_jobs_mock.serving import serve_app
from tests.contract.suite import run_suite
from tests.contract.suite import st_run as run_st

TOKEN, KEY, ORG, SANDBOX = "echo-token-41c7", "echo-key-0d3b", "ECHO1234@AdobeOrg", "prod"
SEEDS = ("1", "2", "3")


@contextmanager
def echoing(*defects: str) -> Iterator[tuple[EchoingServer, str]]:
    server = EchoingServer(TOKEN, KEY, defects)
    with serve_app(server) as root:
        yield server, root + BASE_PATH


def live_run(
    base_url: str, reports: Path, seed: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    environ = {
        "CONTRACT_TARGETS": "live",
        "CONTRACT_MAX_EXAMPLES": "5",
        "CONTRACT_SEED": seed,
        "CONTRACT_REPORT_DIR": str(reports),
        "EXPORT_JOBS_BASE_URL": base_url,
        "EXPORT_JOBS_ACCESS_TOKEN": TOKEN,
        "EXPORT_JOBS_API_KEY": KEY,
        "EXPORT_JOBS_IMS_ORG": ORG,
        "EXPORT_JOBS_SANDBOX": SANDBOX,
        "EXPORT_JOBS_LIVE_WRITE": "1",
        "EXPORT_JOBS_RATE_PER_SECOND": "1000",
        "EXPORT_JOBS_REQUEST_BUDGET": "20000",
        "EXPORT_JOBS_SANDBOX_2": "",
        "CONTRACT_STRICT": "",
        **extra,
    }
    return run_suite(environ, timeout=600)


def clean_run(seed: str, reports: Path) -> dict[str, Any]:
    with echoing() as (server, base_url):
        started = time.perf_counter()
        run = live_run(base_url, reports / f"seed-{seed}", seed)
        left = server.job_count()
    report = json.loads((reports / f"seed-{seed}" / "drift.json").read_text(encoding="utf-8"))
    return {"run": run, "report": report, "seconds": time.perf_counter() - started, "left": left}


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
        f"seed {seed}: {outcome['seconds']:.1f} s, findings by kind {dict(kinds)}, "
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


# -- the fault catalogue, with the echo rule on ------------------------------------------


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> dict[str, subprocess.CompletedProcess[str]]:
    reports = tmp_path_factory.mktemp("echo-defects")

    def run(defect: str) -> subprocess.CompletedProcess[str]:
        with echoing(defect) as (_, base_url):
            return live_run(base_url, reports / defect, SEEDS[0])

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(DEFECTS, pool.map(run, DEFECTS), strict=True))


#: What the sources allow is no fault on a live target: a cancel that leaves the job visible
#: is the "marked" reading, reported as a contradicted assumption (and red when strict).
READINGS_NOT_FAULTS = {"cancel_does_nothing": "cancel-removes-the-job"}


@pytest.mark.parametrize("defect", sorted(set(DEFECTS) - set(READINGS_NOT_FAULTS)))
def test_a_fault_still_fails_with_the_echo_rule_on(
    faulty: dict[str, subprocess.CompletedProcess[str]], defect: str
) -> None:
    run = faulty[defect]
    assert run.returncode == 1, (
        f"{defect} ({DEFECTS[defect]}) was not caught:\n{run.stdout[-3000:]}"
    )


@pytest.mark.parametrize("defect", sorted(READINGS_NOT_FAULTS))
def test_a_reading_of_the_sources_is_reported_not_failed(
    faulty: dict[str, subprocess.CompletedProcess[str]], defect: str, tmp_path: Path
) -> None:
    assert faulty[defect].returncode == 0, faulty[defect].stdout[-3000:]
    with echoing(defect) as (_, base_url):
        strict = live_run(base_url, tmp_path, SEEDS[0], CONTRACT_STRICT="1")
    report = json.loads((tmp_path / "drift.json").read_text(encoding="utf-8"))
    outcomes = {o["assumption"]: o["outcome"] for o in report["assumptions"]}
    assert outcomes[READINGS_NOT_FAULTS[defect]] == "contradicted"
    assert strict.returncode == 1, "strict, a contradicted assumption fails"
    assert f"assumption {READINGS_NOT_FAULTS[defect]} contradicted" in strict.stdout


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
