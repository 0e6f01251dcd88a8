"""The suite has teeth: run it against each broken variant of the mock and expect it to fail.

Each run is the contract suite itself (``test_schemathesis.py`` and
``test_semantics.py``) in a subprocess against the in-process mock, wrapped in
one defect from ``defects.py``. A clean run against the correct mock must pass.
The faults of the lenient stand-in (``echoing.py``) run live, with the echo
rule on, and must fail too: the rule excuses echoes, never faults.
"""

from __future__ import annotations

import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from contract_tests.defects import DEFECTS
from contract_tests.echoing import DEFECTS as ECHOING_DEFECTS
from contract_tests.leniency import VARIANTS
from tests.contract.echo_runs import SEEDS, echoing, live_run
from tests.contract.suite import run_suite


def run_defect(defect: str | None, reports: Path) -> subprocess.CompletedProcess[str]:
    environ = {
        "CONTRACT_TARGETS": "mock",
        "CONTRACT_MAX_EXAMPLES": os.environ.get("CONTRACT_TEETH_MAX_EXAMPLES", "10"),
        "CONTRACT_MOCK_DEFECT": defect or "",
    }
    report = reports / f"{defect or 'correct'}.xml"
    # --showlocals prints the requests' headers when a test fails: the secrets test
    # below then proves that reports mask them.
    return run_suite(environ, "-x", "--showlocals", f"--junitxml={report}", timeout=600)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where each run writes its JUnit report."""
    return tmp_path_factory.mktemp("junit")


@pytest.fixture(scope="module")
def outcomes(reports: Path) -> dict[str | None, subprocess.CompletedProcess[str]]:
    """Every variant's run, two at a time (the machine has two cores)."""
    variants: list[str | None] = [None, *DEFECTS, *VARIANTS]
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = pool.map(lambda variant: run_defect(variant, reports), variants)
        return dict(zip(variants, runs, strict=True))


def test_correct_mock_passes_clean(
    outcomes: dict[str | None, subprocess.CompletedProcess[str]],
) -> None:
    run = outcomes[None]
    assert run.returncode == 0, run.stdout[-3000:]


@pytest.mark.parametrize("defect", sorted([*DEFECTS, *VARIANTS]))
def test_defect_is_caught(
    defect: str, outcomes: dict[str | None, subprocess.CompletedProcess[str]]
) -> None:
    """Every fault, and every leniency (the mock's own runs take the strict view), fails."""
    run = outcomes[defect]
    what = DEFECTS[defect].description if defect in DEFECTS else VARIANTS[defect]
    # Exit 1 means tests failed; anything else (2 = interrupted, 4 = usage) would be a broken run.
    assert run.returncode == 1, f"{defect} ({what}) was not caught:\n{run.stdout[-3000:]}"
    assert " failed" in run.stdout.splitlines()[-1]


def test_secrets_never_reach_the_output(
    outcomes: dict[str | None, subprocess.CompletedProcess[str]], reports: Path
) -> None:
    """Failing runs print reproduction commands and write JUnit reports: never with the
    token or the key in them."""
    from contract_tests.targets import MOCK_CREDENTIALS

    printed = "".join(run.stdout + run.stderr for run in outcomes.values())
    printed += "".join(report.read_text() for report in reports.glob("*.xml"))
    assert "curl" in printed, "no failure output was produced to inspect"
    assert "<failure" in printed, "no JUnit failure report was produced to inspect"
    assert MOCK_CREDENTIALS.token not in printed
    assert MOCK_CREDENTIALS.api_key not in printed


# -- the fault catalogue, with the echo rule on ------------------------------------------


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> dict[str, subprocess.CompletedProcess[str]]:
    reports = tmp_path_factory.mktemp("echo-defects")

    def run(defect: str) -> subprocess.CompletedProcess[str]:
        with echoing(defect) as (_, base_url):
            return live_run(base_url, reports / defect, SEEDS[0])

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(ECHOING_DEFECTS, pool.map(run, ECHOING_DEFECTS), strict=True))


#: What the sources allow is no fault on a live target: a cancel that leaves the job visible
#: is the "marked" reading, reported as a contradicted assumption (and red when strict).
READINGS_NOT_FAULTS = {"cancel_does_nothing": "cancel-removes-the-job"}


@pytest.mark.parametrize("defect", sorted(set(ECHOING_DEFECTS) - set(READINGS_NOT_FAULTS)))
def test_a_fault_still_fails_with_the_echo_rule_on(
    faulty: dict[str, subprocess.CompletedProcess[str]], defect: str
) -> None:
    run = faulty[defect]
    assert run.returncode == 1, (
        f"{defect} ({ECHOING_DEFECTS[defect]}) was not caught:\n{run.stdout[-3000:]}"
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
