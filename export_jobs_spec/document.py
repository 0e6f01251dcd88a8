"""The spec, read once: operations, parameters, security headers, examples and validators.

Nothing here knows about export jobs; it turns ``openapi/export-jobs.yaml`` into
compiled JSON Schema validators so that no schema is written a second time.

>>> spec = load_spec()
>>> spec.operation("getExportJob").path
'/export/jobs/{exportJobId}'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema_rs
import yaml


def _spec_path() -> Path:
    """The spec inside the installed package (wheels carry it), else the checkout's."""
    here = Path(__file__).resolve().parent
    packaged = here / "export-jobs.yaml"
    return packaged if packaged.is_file() else here.parent / "openapi" / "export-jobs.yaml"


#: ``openapi/export-jobs.yaml``: in a checkout, the file itself; in an installed
#: toolkit, the copy its wheel was built with (``export_jobs_spec/export-jobs.yaml``).
SPEC_PATH = _spec_path()
_MAX_REPORTED_ERRORS = 5
_MAX_REMEMBERED = 65_536


_INTEGER_FORMAT_BOUNDS = {
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
}


def with_integer_bounds(node: Any) -> Any:
    """A copy of ``node`` where ``format: int32/int64`` also bound the value.

    OpenAPI gives these formats a range; JSON Schema validators only check
    string formats, so the range is spelled out as minimum/maximum.
    """
    if isinstance(node, list):
        return [with_integer_bounds(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    copy = {key: with_integer_bounds(value) for key, value in node.items()}
    bounds = _INTEGER_FORMAT_BOUNDS.get(str(copy.get("format")))
    if copy.get("type") == "integer" and bounds is not None:
        copy.setdefault("minimum", bounds[0])
        copy.setdefault("maximum", bounds[1])
    return copy


class SchemaValidator:
    """A compiled validator for one schema of the spec (``$ref``s resolve inside the spec)."""

    def __init__(self, schema: Mapping[str, Any], components: Mapping[str, Any]) -> None:
        # OpenAPI 3.0 schemas are JSON Schema draft-7 for our purposes; ``$ref`` is
        # wrapped in allOf because draft 7 ignores keywords beside it.
        document = with_integer_bounds({"allOf": [schema], "components": components})
        self._validator = jsonschema_rs.Draft7Validator(document, validate_formats=True)
        self._valid: dict[int, object] = {}

    def is_valid(self, instance: object) -> bool:
        return bool(self._validator.is_valid(instance))

    def errors_once(self, instance: object) -> list[str]:
        """``errors``, remembering instances found valid by identity.

        Only for documents that are never changed once built (the mock's rendered
        jobs): a listing then re-checks only what is new, not every record again.
        """
        if self._valid.get(id(instance)) is instance:
            return []
        errors = self.errors(instance)
        if not errors:
            if len(self._valid) >= _MAX_REMEMBERED:
                self._valid.clear()
            self._valid[id(instance)] = instance  # the reference keeps the id from being reused
        return errors

    def unseen(self, items: list[object]) -> list[tuple[int, object]]:
        """The (index, item) pairs of ``items`` not yet remembered as valid, in one call."""
        valid = self._valid
        return [
            (index, item) for index, item in enumerate(items) if valid.get(id(item)) is not item
        ]

    def iter_errors(self, instance: object) -> Iterator[Any]:
        """jsonschema-rs' own errors (kind, instance path, schema path), to classify them."""
        if self._validator.is_valid(instance):
            return iter(())
        return iter(self._validator.iter_errors(instance))

    def errors(self, instance: object) -> list[str]:
        """Readable messages, each prefixed with where in the instance it applies."""
        if self._validator.is_valid(instance):
            return []
        messages = []
        for error in self._validator.iter_errors(instance):
            where = "/".join(str(part) for part in error.instance_path)
            messages.append(f"{where or '(root)'}: {error.message}")
            if len(messages) == _MAX_REPORTED_ERRORS:
                break
        return messages


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    validator: SchemaValidator


@dataclass(frozen=True)
class ResponseValidator:
    """Validates one response body; a collection's items are checked one by one.

    When the body is an object whose ``collection`` property is a plain array of
    ``$ref`` items, the envelope is checked with that array emptied and each
    item with ``errors_once``, which is equivalent and skips unchanged records.
    """

    whole: SchemaValidator
    collection: str | None = None
    item: SchemaValidator | None = None

    def errors(self, body: object) -> list[str]:
        items = body.get(self.collection) if isinstance(body, dict) and self.collection else None
        if self.item is None or not isinstance(items, list):
            return self.whole.errors(body)
        assert isinstance(body, dict)
        errors = self.whole.errors({**body, self.collection: []})
        for index, item in self.item.unseen(items):
            found = self.item.errors_once(item)
            if found:
                errors += [f"{self.collection}/{index}/{error}" for error in found]
        return errors


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    path_regex: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_validator: SchemaValidator | None
    body_required: bool
    responses: Mapping[int, ResponseValidator] = field(repr=False)
    response_headers: Mapping[int, tuple[str, ...]] = field(repr=False)
    #: Documented statuses that carry no body (a cancel's 204).
    bodiless: frozenset[int] = frozenset()


class Spec:
    """The parsed document and everything derived from it."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.components: Mapping[str, Any] = document.get("components", {})
        self._bounded_components = with_integer_bounds(self.components)
        server_url = document["servers"][0]["url"]
        self.base_path: str = urlsplit(server_url.replace("{host}", "host")).path.rstrip("/")
        self.operations: tuple[Operation, ...] = tuple(self._operations())
        self._by_id = {op.operation_id: op for op in self.operations}
        # Lower-case, as ASGI servers pass header names.
        self.security_headers: dict[str, str] = {
            key: scheme.get("name", "Authorization").lower()
            for key, scheme in self.components.get("securitySchemes", {}).items()
        }

    def resolve(self, node: Any) -> Any:
        """Follow a local ``$ref`` (repeatedly) to the node it names."""
        while isinstance(node, Mapping) and "$ref" in node:
            node = self.pointer(node["$ref"])
        return node

    def pointer(self, ref: str) -> Any:
        node: Any = self.document
        for part in ref.removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def validator(self, schema: Mapping[str, Any]) -> SchemaValidator:
        return SchemaValidator(schema, self._bounded_components)

    def schema_validator(self, name: str) -> SchemaValidator:
        return self.validator({"$ref": f"#/components/schemas/{name}"})

    def _response_validator(self, schema: Mapping[str, Any]) -> ResponseValidator:
        whole = self.validator(schema)
        resolved = self.resolve(schema)
        for name, prop in resolved.get("properties", {}).items():
            prop = self.resolve(prop)
            unconstrained = not {"minItems", "maxItems", "uniqueItems", "contains"} & set(prop)
            if prop.get("type") == "array" and "$ref" in prop.get("items", {}) and unconstrained:
                return ResponseValidator(whole, name, self.validator(prop["items"]))
        return ResponseValidator(whole)

    def operation(self, operation_id: str) -> Operation:
        return self._by_id[operation_id]

    def operation_example(self, operation_id: str, status: int, name: str) -> Any:
        """The value of a named example of one operation's response."""
        operation = self.operation(operation_id)
        raw = self.document["paths"][operation.path][operation.method.lower()]
        media = self.resolve(raw["responses"][str(status)])["content"]["application/json"]
        return self.resolve(media["examples"][name])["value"]

    def example(self, response: str, name: str) -> Any:
        """The value of a shared response's named example, e.g. ("Forbidden", "missingToken")."""
        media = self.components["responses"][response]["content"]["application/json"]
        return self.resolve(media["examples"][name])["value"]

    def _operations(self) -> list[Operation]:
        operations = []
        for path, item in self.document["paths"].items():
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in ("get", "put", "post", "delete", "patch"):
                if method not in item:
                    continue
                raw = item[method]
                operations.append(self._operation(path, method, raw, shared))
        return operations

    def _operation(
        self, path: str, method: str, raw: Mapping[str, Any], shared: list[Any]
    ) -> Operation:
        own = [self.resolve(p) for p in raw.get("parameters", [])]
        parameters = tuple(
            Parameter(
                name=p["name"],
                location=p["in"],
                required=bool(p.get("required", False)),
                schema=self.resolve(p["schema"]),
                validator=self.validator(p["schema"]),
            )
            for p in [*shared, *own]
        )
        body = self.resolve(raw.get("requestBody"))
        body_schema = body["content"]["application/json"]["schema"] if body else None
        responses: dict[int, ResponseValidator] = {}
        response_headers: dict[int, tuple[str, ...]] = {}
        bodiless: set[int] = set()
        for status, response in raw["responses"].items():
            resolved = self.resolve(response)
            media = resolved.get("content", {}).get("application/json")
            if media is not None:
                responses[int(status)] = self._response_validator(media["schema"])
            elif "content" not in resolved:
                bodiless.add(int(status))
            response_headers[int(status)] = tuple(h.lower() for h in resolved.get("headers", {}))
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]*)", re.escape(path))
        return Operation(
            operation_id=raw["operationId"],
            method=method.upper(),
            path=path,
            path_regex=re.compile(f"^{pattern}/?$"),
            parameters=parameters,
            body_validator=self.validator(body_schema) if body_schema else None,
            body_required=bool(body and body.get("required")),
            responses=responses,
            response_headers=response_headers,
            bodiless=frozenset(bodiless),
        )


@functools.cache
def load_spec(path: Path = SPEC_PATH) -> Spec:
    """Read and index the spec (cached: the document is immutable at run time)."""
    with path.open(encoding="utf-8") as handle:
        return Spec(yaml.safe_load(handle))
