"""Schemathesis' checks, in positive and negative modes, on every operation and workflow."""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

from contract_tests.settings import max_examples
from contract_tests.targets import READ_METHODS, Target

contract_schema = schemathesis.pytest.from_fixture("contract_schema")


def _call_kwargs(target: Target) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"headers": target.credentials.headers()}
    if target.app is None:
        # Over HTTP every request, the checks' own probes too, goes through the
        # target's guard: read-only unless allowed, and within the request budget.
        kwargs["base_url"] = target.base_url
        kwargs["session"] = target.session()
    return kwargs


def _check(case: Any, target: Target) -> None:
    if target.live and not target.allow_writes and case.method.upper() not in READ_METHODS:
        # The coverage phase also probes unsupported methods (PUT, TRACE …) on read
        # operations; on a read-only live target those are not sent at all.
        return
    if target.app is not None:
        target.before_request(case.method)  # in-process calls skip the session's guard
    case.call_and_validate(**_call_kwargs(target))


# Reads run on every target; writes (even a cancel of an impossible id) only
# where the target allows them, so a live run is read-only unless asked.
@contract_schema.include(method="GET").parametrize()
def test_read_honours_contract(case: Any, target: Target) -> None:
    _check(case, target)


@contract_schema.exclude(method="GET").parametrize()
def test_write_honours_contract(case: Any, writable: Target) -> None:
    _check(case, writable)


def test_workflows_honour_contract(contract_schema: OpenApiSchema, target: Target) -> None:
    """create → retrieve → cancel → retrieve/list sequences, following the spec's links."""
    if not target.allow_writes:
        pytest.skip("stateful workflows create jobs: EXPORT_JOBS_LIVE_WRITE=1")
    machine = contract_schema.as_state_machine()
    kwargs = _call_kwargs(target)

    class Workflows(machine):  # type: ignore[misc,valid-type]
        def setup(self) -> None:
            # A fresh store per scenario keeps hypothesis' replays deterministic.
            target.reset()

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            if target.app is not None:
                target.before_request(case.method)
            return kwargs

    Workflows.run(
        settings=hypothesis.settings(
            max_examples=max_examples(),
            stateful_step_count=6,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
