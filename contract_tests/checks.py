"""Registers the semantic checks with schemathesis so that every generated case runs them."""

from __future__ import annotations

from typing import Any

import schemathesis

from contract_tests.semantics import response_checks


def _coerce_query(query: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if not isinstance(query, dict):
        return values
    for key, value in query.items():
        if key == "limit":
            try:
                values[key] = int(value)
            except (TypeError, ValueError):
                continue
        else:
            values[key] = value
    return values


@schemathesis.check
def export_job_semantics(ctx: Any, response: Any, case: Any) -> bool | None:
    """The custom checks of ``semantics.py`` on every successful response."""
    if response.status_code != 200:
        return None
    operation = case.operation.definition.raw.get("operationId", "")
    request = _coerce_query(case.query)
    if operation == "createExportJob":
        request["body"] = case.body
    headers = {key.lower(): value for key, value in response.request.headers.items()}
    response_checks(operation, request, headers, response.json())
    return None
