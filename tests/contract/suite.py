"""Running the contract suite itself in a subprocess, as CI runs it, for the tests of the suite."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

SUITE_DIR = Path(__file__).resolve().parents[2] / "contract_tests"
#: The contract suite proper: schemathesis' checks and the semantic sequences.
SUITE = [str(SUITE_DIR / "test_schemathesis.py"), str(SUITE_DIR / "test_semantics.py")]


def live_write_environment(base_url: str, reports: Path, **extra: str) -> dict[str, str]:
    """What a live run with writes against the mock over HTTP is given, fast and unbudgeted."""
    from contract_tests.targets import MOCK_CREDENTIALS

    return {
        "CONTRACT_TARGETS": "live",
        "CONTRACT_MAX_EXAMPLES": "5",
        "CONTRACT_REPORT_DIR": str(reports),
        "EXPORT_JOBS_BASE_URL": base_url,
        "EXPORT_JOBS_ACCESS_TOKEN": MOCK_CREDENTIALS.token,
        "EXPORT_JOBS_API_KEY": MOCK_CREDENTIALS.api_key,
        "EXPORT_JOBS_IMS_ORG": MOCK_CREDENTIALS.ims_org,
        "EXPORT_JOBS_SANDBOX": MOCK_CREDENTIALS.sandbox,
        "EXPORT_JOBS_LIVE_WRITE": "1",
        "EXPORT_JOBS_RATE_PER_SECOND": "1000",
        "EXPORT_JOBS_REQUEST_BUDGET": "20000",
        **extra,
    }


def run_suite(
    environ: Mapping[str, str], *pytest_args: str, timeout: float = 900
) -> subprocess.CompletedProcess[str]:
    """The suite with this process's environment updated by ``environ`` ("" removes a name).

    Its drift reports go to ``CONTRACT_REPORT_DIR`` when ``environ`` names one, else to a
    temporary folder: never over the reports of the run that started it.
    """
    reports = tempfile.mkdtemp(prefix="contract-reports-")
    env = {**os.environ, "CONTRACT_REPORT_DIR": reports, **environ}
    env = {name: value for name, value in env.items() if value != ""}
    command = [sys.executable, "-m", "pytest", *SUITE, "-q", "-p", "no:cacheprovider", *pytest_args]
    return subprocess.run(  # noqa: S603
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


ST = Path(sys.executable).with_name("st")


def st_run(
    base_url: str, headers: Mapping[str, str], *extra: str
) -> subprocess.CompletedProcess[str]:
    """``st run`` as a user types it in the repository root: the spec, the URL, the headers."""
    command = [str(ST), "run", "openapi/export-jobs.yaml", "--url", base_url]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    root = SUITE_DIR.parent
    return subprocess.run(  # noqa: S603
        [*command, *extra],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(root / "build"), "NO_COLOR": "1"},
    )
