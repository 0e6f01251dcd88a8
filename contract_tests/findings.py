"""What a contract run finds, classified by ``verdict.py``'s rules, and reported.

``verdict.py`` says what is a broken promise, an observation and an echo; this
module records every finding of a run under those rules. Against the project's
own mock every finding is a promise (the mock must be exactly the spec);
against a live server only promises fail the run, unless ``CONTRACT_STRICT=1``.

Every distinct finding is kept with a count and one example, whatever the test
that met it, so one finding never hides another. ``write_reports`` writes
``drift.json`` and ``drift.md`` (each finding with a proposed spec change).
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from contract_tests import assumptions as assumed
from contract_tests.credentials import mask_secrets
from contract_tests.verdict import (
    ACCEPTED_INVALID,
    ASSUMING_FAILURES,
    FAILURE_KINDS,
    MAX_LISTED_ECHOES,
    OBSERVATION,
    PROMISE,
    EchoLedger,
    job_at,
    severity,
)
from export_jobs_spec import SchemaValidator, Spec, load_spec

_TRIM = 500
#: Headers any HTTP server may send; not worth an observation.
_ORDINARY_HEADERS = frozenset(
    {
        "content-type", "content-length", "date", "server", "connection", "keep-alive",
        "transfer-encoding", "vary", "cache-control", "pragma", "expires", "etag",
        "last-modified", "via", "age", "strict-transport-security", "x-content-type-options",
        "x-frame-options", "x-xss-protection", "content-encoding", "set-cookie", "alt-svc",
    }
)  # fmt: skip
#: Found by ``inspect_response`` on every body, with its own classification.
_BODY_SCHEMA_FAILURES = frozenset({"JsonSchemaError"})


@dataclass
class Finding:
    """One distinct finding: what, where, how often, and one example of it."""

    target: str
    kind: str
    severity: str
    operation: str
    where: str
    observed: str
    spec: str
    proposal: str
    message: str
    count: int = 0
    example: dict[str, Any] = field(default_factory=dict)
    #: For lenient input: the accepted invalid creates, each with its job id and
    #: the locations its answers echoed (``verdict.AcceptedInvalid``).
    echoes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.kind, self.operation, self.where, self.observed)


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number" if isinstance(value, float) else "integer"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__


def _trim(value: Any) -> Any:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= _TRIM else text[:_TRIM] + "…"


def example_of(method: str, path: str, status: int | None, body: Any = None) -> dict[str, Any]:
    """What a report shows of one exchange: secrets masked, bodies trimmed."""
    shown: dict[str, Any] = {"method": method.upper(), "path": mask_secrets(path), "status": status}
    if body is not None:
        shown["body"] = mask_secrets(str(_trim(body)))
    return shown


def _component(schema_path: Iterable[Any]) -> str:
    """The name of the innermost component schema on a validator's schema path."""
    parts = [str(part) for part in schema_path]
    name = ""
    for index, part in enumerate(parts[:-1]):
        if part == "schemas" and index > 0 and parts[index - 1] == "components":
            name = parts[index + 1]
    return name or "(inline schema)"


def _pointer(instance_path: Iterable[Any]) -> str:
    """A JSON pointer where every array index is ``*``: one finding for all the items."""
    parts = [
        "*" if isinstance(part, int) else str(part).replace("~", "~0").replace("/", "~1")
        for part in instance_path
    ]
    return "/" + "/".join(parts) if parts else "/"


def _closed(node: Any) -> Any:
    """A copy of a schema where objects that list their properties allow no others."""
    if isinstance(node, list):
        return [_closed(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    copied = {key: _closed(value) for key, value in node.items()}
    if "properties" in copied and "additionalProperties" not in copied:
        copied["additionalProperties"] = False
    return copied


class Findings:
    """Every distinct finding of a run (thread-safe: HTTP targets answer from threads)."""

    def __init__(
        self, target: str, *, strict: bool, spec: Spec | None = None, live: bool = False
    ) -> None:
        self.target = target
        self.strict = strict
        #: The spec's assumptions as a live run answers them (None: not a live target).
        self.assumptions = assumed.AssumptionLog(target) if live else None
        #: What accepted invalid creates may echo (None in the strict view: no echoes).
        self.echoes = None if strict else EchoLedger(spec or load_spec())
        self.spec = spec or load_spec()
        self._lock = threading.Lock()
        self._found: dict[tuple[str, str, str, str], Finding] = {}
        #: The key of every finding as it was met, so a test can ask what it met.
        self._events: list[tuple[str, str, str, str]] = []
        self._extensible = [
            list(schema["enum"])
            for schema in self.spec.components.get("schemas", {}).values()
            if schema.get("x-extensible-enum") and "enum" in schema
        ]
        closed = _closed(copy.deepcopy(dict(self.spec.components)))
        self._closed_components = closed
        self._closed_validators: dict[tuple[str, int], SchemaValidator] = {}

    # -- recording -----------------------------------------------------------------

    def add(
        self,
        kind: str,
        *,
        observation: bool,
        operation: str,
        where: str,
        observed: str,
        spec: str,
        proposal: str,
        message: str,
        example: dict[str, Any],
    ) -> Finding:
        finding = Finding(
            self.target,
            kind,
            severity(observation=observation, strict=self.strict),
            operation,
            where,
            observed,
            spec,
            proposal,
            message,
        )
        with self._lock:
            kept = self._found.setdefault(finding.key, finding)
            kept.count += 1
            if not kept.example:
                kept.example = example
            self._events.append(kept.key)
        return kept

    def mark(self) -> int:
        """A point in the run, to ask later what was found after it."""
        with self._lock:
            return len(self._events)

    def promises_since(self, mark: int) -> list[Finding]:
        """The distinct broken promises met after ``mark``."""
        with self._lock:
            keys = dict.fromkeys(self._events[mark:])
            found = [self._found[key] for key in keys]
        return [f for f in found if f.severity == PROMISE]

    # -- exchanges -----------------------------------------------------------------

    def operation_for(self, method: str, path: str) -> str | None:
        """The operationId a request went to (None: not an API path)."""
        base = self.spec.base_path
        if not path.startswith(base):
            return None
        relative = path[len(base) :] or "/"
        for op in self.spec.operations:
            if op.method == method.upper() and op.path_regex.match(relative):
                return op.operation_id
        return None

    def exchange(
        self,
        operation: str,
        method: str,
        url: str,
        status: int,
        headers: Iterable[str],
        content: bytes,
        failures: Iterable[Any] = (),
        curl: str | None = None,
        request_body: Any = None,
    ) -> list[int]:
        """One request and its answer: the checks' failures, then the body and headers.

        Returns the ids of jobs that accepted invalid creates made here (a live run
        cancels them at once).
        """
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        example = example_of(method, path, status, content.decode("utf-8", "replace") or None)
        if curl:
            example["curl"] = mask_secrets(curl)
        try:
            body = json.loads(content) if content else None
        except ValueError:
            body = None
            readable = False  # a body that is no JSON is content_type_conformance's finding
        else:
            readable = True
        accepted = self._accepted_invalid(operation, status, request_body, body, example)
        for failure in failures:
            self.failure(failure, operation, example)
        if readable:
            self.inspect_response(operation, status, {name: "" for name in headers}, body, example)
        return [accepted] if accepted is not None else []

    def _accepted_invalid(
        self, operation: str, status: int, request: Any, answer: Any, example: dict[str, Any]
    ) -> int | None:
        """An accepted create the spec forbids: one lenient-input observation, its echoes kept."""
        if self.echoes is None or operation != "createExportJob" or not 200 <= status < 300:
            return None
        if not isinstance(request, dict | list | str | int | float | bool):
            return None  # no body, or one schemathesis could not express as JSON
        accepted = self.echoes.accept(request, answer, {**example, "request": _trim(request)})
        if accepted is None:
            return None
        kept = self.add(
            "lenient-input",
            observation=True,
            operation=operation,
            where=ACCEPTED_INVALID,
            observed=ACCEPTED_INVALID,
            spec="the request breaks the create schema",
            proposal="none needed; if the leniency is intended, relax the request schema",
            message="a create the spec forbids was accepted; its echoes belong to it",
            example=example,
        )
        with self._lock:
            if len(kept.echoes) < MAX_LISTED_ECHOES:
                kept.echoes.append({"job_id": accepted.job_id, "ledger": accepted})
        return accepted.job_id

    def failure(self, failure: Any, operation: str, example: dict[str, Any]) -> Finding | None:
        """A schemathesis check failure as a finding (None: ``inspect_response`` has it)."""
        name = type(failure).__name__
        title = str(getattr(failure, "title", name))
        message = mask_secrets(str(getattr(failure, "message", "")))
        assumption = ASSUMING_FAILURES.get(name)
        if assumption is not None and self.assumptions is not None:
            # On a live target a check that rests on an assumption answers it; it is
            # no broken promise (against the mock it is: the mock must be its reading).
            self.assumptions.contradict(assumption, message.splitlines()[0][:300], example)
            return None
        if name in _BODY_SCHEMA_FAILURES and "header" not in title.lower():
            return None
        kind, observation = FAILURE_KINDS.get(name, ("semantic", False))
        if kind == "lenient-input":
            title = ACCEPTED_INVALID
        if name == "EnsureResourceAvailability" and self._about_an_echo_job(example):
            return None  # the run cancelled that job at once: its echo, not a fault
        status = example.get("status")
        proposals = {
            "undocumented-status": f"add response `{status}` to `{operation}` (or fix the server)",
            "lenient-input": "none needed; if the leniency is intended, relax the request schema",
            "http-semantics": "none for the spec, unless it should promise this",
        }
        where = f"status {status}" if kind == "undocumented-status" else title
        return self.add(
            kind,
            observation=observation,
            operation=operation,
            where=where,
            observed=str(status) if kind == "undocumented-status" else title,
            spec=f"documented statuses: {', '.join(self._statuses(operation))}"
            if kind == "undocumented-status"
            else "",
            proposal=proposals.get(kind, "fix the server, or the spec if it promises too much"),
            message=message.splitlines()[0] if message else title,
            example=example,
        )

    def _about_an_echo_job(self, example: dict[str, Any]) -> bool:
        if self.echoes is None:
            return False
        tail = str(example.get("path", "")).split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        return tail.isdigit() and self.echoes.knows(int(tail))

    def _echo(self, operation: str, body: Any, path: Iterable[Any]) -> bool:
        """Whether a violation at ``path`` of the answer is an accepted invalid create's echo."""
        if self.echoes is None:
            return False
        found = job_at(operation, body, list(path))
        return found is not None and self.echoes.excuses(*found)

    def inspect_response(
        self,
        operation: str,
        status: int,
        headers: Mapping[str, str],
        body: Any,
        example: dict[str, Any],
    ) -> None:
        """Schema violations, unknown properties and enum values, undocumented headers."""
        try:
            op = self.spec.operation(operation)
        except KeyError:
            return
        validator = op.responses.get(status)
        if validator is not None:
            self._inspect_body(operation, status, body, validator.whole, example)
        if self.assumptions is not None and (status in op.responses or status in op.bodiless):
            if "x-request-id" in {header.lower() for header in headers}:
                self.assumptions.confirm("request-id-on-every-answer", f"sent on a {status}")
            else:
                self.assumptions.contradict(
                    "request-id-on-every-answer", f"no x-request-id on a {status}", example
                )
        if status in op.responses or status in op.bodiless:
            declared = set(op.response_headers.get(status, ()))
            for name in sorted({header.lower() for header in headers}):
                if (
                    name in declared
                    or name in _ORDINARY_HEADERS
                    or name.startswith("access-control-")
                ):
                    continue
                self.add(
                    "http-semantics",
                    observation=True,
                    operation=operation,
                    where=f"header {name}",
                    observed="present",
                    spec=f"not documented for {status}",
                    proposal=f"document header `{name}` on response `{status}` of `{operation}`",
                    message=f"undocumented header {name}",
                    example=example,
                )

    def _inspect_body(
        self,
        operation: str,
        status: int,
        body: Any,
        validator: SchemaValidator,
        example: dict[str, Any],
    ) -> None:
        for error in validator.iter_errors(body):
            if self._echo(operation, body, error.instance_path):
                continue
            kind_name = error.kind.name
            where = _pointer(error.instance_path)
            component = _component(error.schema_path)
            if kind_name.lower() == "enum" and list(error.kind.options) in self._extensible:
                self.add(
                    "unknown-enum-value",
                    observation=True,
                    operation=operation,
                    where=where,
                    observed=repr(error.instance),
                    spec=f"one of {list(error.kind.options)}",
                    proposal=f"add {error.instance!r} to the enum of `{component}`",
                    message=error.message,
                    example=example,
                )
                continue
            observed = json_type(error.instance)
            if kind_name.lower() == "type":
                proposal = (
                    f"allow {observed} as well at `{where}` of `{component}` (e.g. with `oneOf`)"
                )
            elif kind_name.lower() == "required":
                proposal = f"make the property optional in `{component}`, or fix the server"
            else:
                proposal = f"relax `{component}` at `{where}`, or fix the server"
            self.add(
                "schema-violation",
                observation=False,
                operation=operation,
                where=where,
                observed=observed
                if kind_name.lower() == "type"
                else mask_secrets(_trim(error.instance)),
                spec=error.message,
                proposal=proposal,
                message=f"{component}: {error.message}",
                example=example,
            )
        self._inspect_unknown(operation, status, body, example)

    def _inspect_unknown(
        self, operation: str, status: int, body: Any, example: dict[str, Any]
    ) -> None:
        closed = self._closed_validator(operation, status)
        if closed is None:
            return
        for error in closed.iter_errors(body):
            if error.kind.name.lower() != "additionalproperties":
                continue
            component = _component(error.schema_path)
            for name in error.kind.unexpected:
                if self._echo(operation, body, [*error.instance_path, name]):
                    continue
                value = error.instance.get(name) if isinstance(error.instance, dict) else None
                where = _pointer([*error.instance_path, name])
                self.add(
                    "unknown-property",
                    observation=True,
                    operation=operation,
                    where=where,
                    observed=json_type(value),
                    spec=f"`{component}` does not declare `{name}`",
                    proposal=(
                        f"add optional property `{name}` ({json_type(value)}) to `{component}`"
                    ),
                    message=f"unknown property {name}",
                    example=example,
                )

    def _closed_validator(self, operation: str, status: int) -> SchemaValidator | None:
        key = (operation, status)
        if key not in self._closed_validators:
            op = self.spec.operation(operation)
            raw = self.spec.document["paths"][op.path][op.method.lower()]["responses"][str(status)]
            media = self.spec.resolve(raw).get("content", {}).get("application/json")
            if media is None:
                return None
            self._closed_validators[key] = SchemaValidator(
                _closed(media["schema"]), self._closed_components
            )
        return self._closed_validators[key]

    def _statuses(self, operation: str) -> list[str]:
        op = self.spec.operation(operation)
        return sorted(str(status) for status in {*op.responses, *op.bodiless})

    # -- reading -------------------------------------------------------------------

    def all(self) -> list[Finding]:
        with self._lock:
            found = list(self._found.values())
        order = {PROMISE: 0, OBSERVATION: 1}
        return sorted(found, key=lambda f: (order[f.severity], f.operation, f.kind, f.where))


# -- reports ----------------------------------------------------------------------------


def _as_dict(finding: Finding) -> dict[str, Any]:
    shown = asdict(finding)
    shown["echoes"] = [echo["ledger"].as_report() for echo in finding.echoes]
    return shown


def to_json(findings: list[Finding], outcomes: list[assumed.Outcome] | None = None) -> str:
    """``drift.json``: the findings, and the spec's assumptions as live runs answered them."""
    document = {
        "findings": [_as_dict(f) for f in findings],
        "assumptions": assumed.as_json(outcomes or []),
    }
    return mask_secrets(json.dumps(document, indent=2, ensure_ascii=False))


def to_markdown(
    findings: list[Finding], targets: list[str], outcomes: list[assumed.Outcome] | None = None
) -> str:
    promises = [f for f in findings if f.severity == PROMISE]
    observations = [f for f in findings if f.severity == OBSERVATION]
    lines = [
        f"# Contract drift: {', '.join(targets) or 'no target'}",
        "",
        f"{len(promises)} broken promise(s), {len(observations)} observation(s).",
        "Broken promises fail the run; observations say where the server is more lenient, or",
        "says more, than the spec. Each finding comes with the spec change that would make the",
        "spec describe what was seen; whether to make it is a decision, not a chore.",
    ]
    groups = sorted({(f.target, f.operation) for f in findings})
    for target, operation in groups:
        lines += ["", f"## {operation} ({target})", ""]
        for f in (f for f in findings if (f.target, f.operation) == (target, operation)):
            lines += [
                f"- **{f.severity}** `{f.kind}` at `{f.where}` (seen {f.count} times): {f.message}",
                f"  - observed: {f.observed}; the spec: {f.spec or '-'}",
                f"  - proposed change: {f.proposal}",
                f"  - example: `{f.example.get('method', '')} {f.example.get('path', '')}` → "
                f"{f.example.get('status', '')}",
            ]
            for echo in (e["ledger"].as_report() for e in f.echoes):
                echoed = ", ".join(f"`{where}`" for where in echo["echoed"]) or "nothing"
                lines.append(f"  - job {echo['job_id']} echoed {echoed}")
    if not findings:
        lines += ["", "Nothing found: the server kept every promise and said nothing more."]
    lines += assumed.as_markdown(outcomes or [])
    return mask_secrets("\n".join(lines) + "\n")


def summary(findings: list[Finding], reports: Path) -> str:
    promises = [f for f in findings if f.severity == PROMISE]
    observations = [f for f in findings if f.severity == OBSERVATION]
    lines = [
        f"contract drift: {len(promises)} broken promise(s), {len(observations)} observation(s)"
    ]
    for f in findings[:20]:
        lines.append(
            f"  {f.target:<9} {f.severity:<11} {f.operation:<18} {f.kind:<20} {f.where} ({f.count})"
        )
    if len(findings) > 20:
        lines.append(f"  … and {len(findings) - 20} more")
    lines.append(f"reports: {reports}/drift.md, drift.json, junit.xml")
    return mask_secrets("\n".join(lines))


def write_reports(
    findings: list[Finding],
    directory: Path,
    targets: list[str],
    outcomes: list[assumed.Outcome] | None = None,
) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "drift.json").write_text(to_json(findings, outcomes) + "\n", encoding="utf-8")
    (directory / "drift.md").write_text(to_markdown(findings, targets, outcomes), encoding="utf-8")
