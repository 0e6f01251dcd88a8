"""Schemathesis' checks, in positive and negative modes, on every operation and workflow."""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

from contract_tests.settings import max_examples
from contract_tests.targets import Target

contract_schema = schemathesis.pytest.from_fixture("contract_schema")


def _call_kwargs(target: Target) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"headers": target.credentials.headers()}
    if target.app is None:
        kwargs["base_url"] = target.base_url
    return kwargs


def _remember_created(target: Target, operation_id: str, status: int, body: Any) -> None:
    if operation_id == "createExportJob" and status == 200 and isinstance(body, dict):
        target.created_ids.append(int(body["id"]))


@contract_schema.parametrize()
def test_operation_honours_contract(case: Any, target: Target) -> None:
    if target.budget is not None:
        target.budget.spend()
    response = case.call(**_call_kwargs(target))
    operation_id = case.operation.definition.raw["operationId"]
    if response.status_code == 200 and target.live:
        _remember_created(target, operation_id, response.status_code, response.json())
    case.validate_response(response)


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
            if target.budget is not None:
                target.budget.spend()
            return kwargs

        def after_call(self, response: Any, case: Any) -> None:
            operation_id = case.operation.definition.raw["operationId"]
            if target.live and response.status_code == 200:
                _remember_created(target, operation_id, response.status_code, response.json())

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
