"""The spec, read once: operations, parameters, security headers, examples and validators.

Shared by the mock (which serves it), the contract suite (which checks a server
against it), the tests and the tools, so that none of them depends on another
to read ``openapi/export-jobs.yaml``, and no schema is written twice.
"""

from export_jobs_spec.document import (
    SPEC_PATH,
    Operation,
    Parameter,
    ResponseValidator,
    SchemaValidator,
    Spec,
    load_spec,
    with_integer_bounds,
)

__all__ = [
    "SPEC_PATH",
    "Operation",
    "Parameter",
    "ResponseValidator",
    "SchemaValidator",
    "Spec",
    "load_spec",
    "with_integer_bounds",
]
