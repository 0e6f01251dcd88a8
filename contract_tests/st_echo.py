"""The echo rule for schemathesis' own CLI: loaded by the root ``schemathesis.toml`` (``hooks``).

``st run`` in the consumer's view switches schemathesis' ``response_schema_conformance``
off and runs ``response_schema_conformance_beyond_echoes`` instead: every answer
against the spec, as the stock check does, except what a server echoes of a
create the spec forbids (``verdict.py``: the same rule the pytest suite keeps).
``--checks all`` turns the stock check back on, so the strict view still fails
on an echo. The pytest suite does not load this module (``settings.load_config``).
"""

from __future__ import annotations

from typing import Any

import schemathesis

from contract_tests.verdict import EchoLedger, job_at, pointer
from export_jobs_spec import load_spec

_SPEC = load_spec()
#: This process's accepted invalid creates (one ``st run``).
LEDGER = EchoLedger(_SPEC)


@schemathesis.check
def response_schema_conformance_beyond_echoes(ctx: Any, response: Any, case: Any) -> bool | None:
    """The answer fits the spec, but for the echoes of an accepted invalid create."""
    operation = case.operation.definition.raw.get("operationId", "")
    try:
        validator = _SPEC.operation(operation).responses.get(response.status_code)
    except KeyError:
        return None
    if validator is None:
        return None  # an undocumented status is status_code_conformance's to report
    try:
        body = response.json()
    except ValueError:
        return None  # content_type_conformance's to report
    if operation == "createExportJob" and 200 <= response.status_code < 300:
        LEDGER.accept(case.body, body, {})
    for error in validator.whole.iter_errors(body):
        found = job_at(operation, body, list(error.instance_path))
        if found is not None and LEDGER.excuses(*found):
            continue
        raise AssertionError(
            f"Response violates schema at {pointer(error.instance_path)}: {error.message}"
        )
    return None
