"""Registers each semantic check of ``semantics.py`` with schemathesis, one name per invariant.

Every generated case runs them, and a report names the invariant that broke,
as schemathesis' own checks are named.
"""

from __future__ import annotations

from typing import Any

import schemathesis

from contract_tests.semantics import RESPONSE_CHECKS, ResponseCheck


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


def _registered(check: ResponseCheck) -> None:
    def run(ctx: Any, response: Any, case: Any) -> bool | None:
        if response.status_code != 200:
            return None
        operation = case.operation.definition.raw.get("operationId", "")
        request = _coerce_query(case.query)
        if operation == "createExportJob":
            request["body"] = case.body
        headers = {key.lower(): value for key, value in response.request.headers.items()}
        check(operation, request, headers, response.json())
        return None

    run.__name__ = run.__qualname__ = check.__name__
    run.__doc__ = check.__doc__
    schemathesis.check(run)


for _check in RESPONSE_CHECKS:
    _registered(_check)
