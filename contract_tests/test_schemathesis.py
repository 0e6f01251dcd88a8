"""Schemathesis' checks, in positive and negative modes, on every operation and workflow."""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.core.failures import Failure, FailureGroup
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


def _transport_kwargs(call_kwargs: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in call_kwargs.items()
        if key in ("base_url", "session", "headers")
    }


def _record(target: Target, case: Any, response: Any, failures: list[Any]) -> None:
    assert target.findings is not None
    request = response.request
    echoing = target.findings.exchange(
        case.operation.definition.raw.get("operationId", case.operation.label),
        request.method or case.method,
        request.url or "",
        response.status_code,
        response.headers.keys(),
        response.content or b"",
        failures,
        curl=case.as_curl_command(headers=dict(request.headers)),
        request_body=case.body if case.method.upper() == "POST" else None,
    )
    # A job made by a create the spec forbids is its lenient-input observation: it
    # must not run for hours in the user's sandbox, so it is cancelled now.
    for job_id in echoing:
        target.cancel_now(job_id)


def _failures(error: BaseException) -> list[Any]:
    return list(error.exceptions) if isinstance(error, FailureGroup) else [error]


def _creates_by_coverage(case: Any) -> bool:
    meta = getattr(case, "meta", None)
    if meta is None:
        return False
    phase, mode = str(meta.phase.name.value), str(meta.generation.mode.value)
    return phase == "coverage" and mode == "positive"


def _check(case: Any, target: Target) -> None:
    """Send one case and record what its answer breaks: every check, not the first to fail."""
    if target.live and not target.allow_writes and case.method.upper() not in READ_METHODS:
        # The coverage phase also probes unsupported methods (PUT, TRACE …) on read
        # operations; on a read-only live target those are not sent at all.
        return
    if target.live and case.method.upper() not in READ_METHODS and _creates_by_coverage(case):
        # The coverage phase writes a valid body for every boundary of every property:
        # hundreds of real export jobs. Live runs keep its invalid bodies (refused, so
        # nothing is created) and leave valid writes to the examples and fuzzing phases.
        return
    if target.app is not None:
        target.before_request(case.method)  # in-process calls skip the session's guard
    kwargs = _call_kwargs(target)
    response = case.call(**kwargs)
    failures: list[Any] = []
    try:
        case.validate_response(
            response, headers=kwargs["headers"], transport_kwargs=_transport_kwargs(kwargs)
        )
    except (FailureGroup, Failure) as error:
        failures = _failures(error)
    _record(target, case, response, failures)


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

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **transport: Any
        ) -> None:
            failures: list[Any] = []
            try:
                super().validate_response(response, case, additional_checks, **transport)
            except (FailureGroup, Failure) as error:
                failures = _failures(error)
            _record(target, case, response, failures)

    Workflows.run(
        settings=hypothesis.settings(
            max_examples=max_examples(live=target.live),
            stateful_step_count=6,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
