"""The run-time helpers the generated code calls: their examples are tests."""

from __future__ import annotations

import doctest

from aep_export_jobs_client import runtime


def test_the_runtime_examples_hold() -> None:
    results = doctest.testmod(runtime)
    assert results.attempted >= 5
    assert results.failed == 0
