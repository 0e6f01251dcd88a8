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
