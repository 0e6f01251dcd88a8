"""Run Redocly and Spectral over the spec and fail on any error *or* warning.

Usage::

    python scripts/lint_spec.py

Neither tool fails on warnings by itself, so this reads their JSON reports,
prints every problem and a count per tool, and exits non-zero if any tool
reported anything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = "openapi/export-jobs.yaml"
NODE_BIN = ROOT / "node_modules" / ".bin"
QUIET_NODE = {
    **os.environ,
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_UPDATE_NOTIFIER": "1",
}


def run_json(command: list[str]) -> object:
    result = subprocess.run(  # noqa: S603
        command, cwd=ROOT, env=QUIET_NODE, capture_output=True, text=True, check=False
    )
    start = result.stdout.find("{") if command[0].endswith("redocly") else result.stdout.find("[")
    if start < 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"{command[0]} printed no JSON report (exit {result.returncode})")
    return json.loads(result.stdout[start:])


def redocly() -> Counter[str]:
    report = run_json([str(NODE_BIN / "redocly"), "lint", SPEC, "--format", "json"])
    assert isinstance(report, dict)
    counts: Counter[str] = Counter()
    for problem in report.get("problems", []):
        severity = str(problem.get("severity", "error"))
        counts[severity] += 1
        where = problem.get("location", [{}])[0].get("pointer", "")
        print(f"redocly {severity}: {problem.get('ruleId')}: {problem.get('message')} {where}")
    return counts


def spectral() -> Counter[str]:
    report = run_json([str(NODE_BIN / "spectral"), "lint", SPEC, "--format", "json", "--quiet"])
    assert isinstance(report, list)
    names = {0: "error", 1: "warning", 2: "info", 3: "hint"}
    counts: Counter[str] = Counter()
    for problem in report:
        severity = names.get(int(problem.get("severity", 0)), "error")
        counts[severity] += 1
        where = "/".join(str(part) for part in problem.get("path", []))
        print(f"spectral {severity}: {problem.get('code')}: {problem.get('message')} {where}")
    return counts


def main() -> int:
    failed = False
    for name, lint in (("redocly (recommended)", redocly), ("spectral (spectral:oas)", spectral)):
        counts = lint()
        print(f"{name}: {counts['error']} errors, {counts['warning']} warnings")
        failed = failed or any(counts.values())
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
