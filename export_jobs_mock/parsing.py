"""Turning raw HTTP pieces into values the spec allows, or into a clear 400."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qs

import orjson

from export_jobs_mock.replies import Reply, invalid_request
from export_jobs_spec import Operation, Parameter

# Bounded so that a hostile value such as 10**100000 is refused before int() sees it.
_INTEGER = re.compile(r"-?[0-9]{1,24}")
_JSON_MEDIA_TYPE = "application/json"


class RequestRejected(Exception):
    """Carries the reply for a request that cannot be served."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


def _coerce(parameter: Parameter, raw: str) -> Any:
    kind = parameter.schema.get("type")
    if kind == "integer":
        if not _INTEGER.fullmatch(raw):
            raise RequestRejected(
                invalid_request(f"{parameter.name}: {raw[:64]!r} is not an integer")
            )
        return int(raw)
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise RequestRejected(invalid_request(f"{parameter.name}: must be true or false"))
        return raw == "true"
    return raw


def _checked(parameter: Parameter, raw: str) -> Any:
    value = _coerce(parameter, raw)
    errors = parameter.validator.errors(value)
    if errors:
        reason = errors[0].split(": ", 1)[-1]
        raise RequestRejected(invalid_request(f"{parameter.name}: {reason[:200]}"))
    return value


def parameters(
    operation: Operation,
    path_values: Mapping[str, str],
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, str],
) -> dict[str, Any]:
    """Every parameter of ``operation``, parsed and validated; absent ones take their default."""
    values: dict[str, Any] = {}
    for parameter in operation.parameters:
        raw: str | None
        if parameter.location == "path":
            raw = path_values.get(parameter.name)
        elif parameter.location == "query":
            given = query.get(parameter.name, ())
            if len(given) > 1:
                raise RequestRejected(invalid_request(f"{parameter.name}: given more than once"))
            raw = given[0] if given else None
        elif parameter.location == "header":
            raw = headers.get(parameter.name.lower())
        else:
            continue
        if raw is None:
            if parameter.required:
                raise RequestRejected(invalid_request(f"{parameter.name}: is required"))
            values[parameter.name] = parameter.schema.get("default")
            continue
        values[parameter.name] = _checked(parameter, raw)
    return values


#: Raw parameter sets remembered; past it the map starts again.
_MAX_REMEMBERED = 4096
#: A request whose query and header parameters are longer is parsed every time, never
#: remembered: hostile values cannot fill memory.
_MAX_REMEMBERED_RAW = 1024


class ParameterReader:
    """``parameters`` of raw requests, remembered by their raw values.

    The values follow from the operation, the path's values, the query string and
    the header parameters alone, so a request that repeats them (a client polling
    a job, a page read again) is not parsed and validated again. Rejections are
    not remembered: each gets its own reply.
    """

    def __init__(self) -> None:
        self._known: dict[tuple[object, ...], dict[str, Any]] = {}
        self._header_names: dict[str, tuple[str, ...]] = {}

    def read(
        self,
        operation: Operation,
        path_values: Mapping[str, str],
        query_string: bytes,
        headers: Mapping[str, str],
    ) -> Mapping[str, Any]:
        """Every parameter of ``operation`` (see ``parameters``); read-only, shared."""
        names = self._header_names.get(operation.operation_id)
        if names is None:
            names = tuple(p.name.lower() for p in operation.parameters if p.location == "header")
            self._header_names[operation.operation_id] = names
        raw = (*path_values.values(), *(headers.get(name) for name in names))
        key = (operation.operation_id, query_string, *raw)
        values = self._known.get(key)
        if values is None:
            query = parse_qs(query_string.decode("latin-1"), keep_blank_values=True)
            values = parameters(operation, path_values, query, headers)
            raw_size = len(query_string) + sum(len(part) for part in raw if part)
            if raw_size <= _MAX_REMEMBERED_RAW:
                if len(self._known) >= _MAX_REMEMBERED:
                    self._known.clear()
                self._known[key] = values
        return values


def is_json_media_type(content_type: str | None) -> bool:
    if not content_type:
        return False
    return content_type.split(";", 1)[0].strip().lower() == _JSON_MEDIA_TYPE


def json_body(operation: Operation, raw: bytes) -> Any:
    """The request body parsed and validated against the operation's schema."""
    if not raw or raw.isspace():  # not raw.strip(): no copy of every body
        raise RequestRejected(invalid_request("A request body is required."))
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise RequestRejected(invalid_request(f"The body is not valid JSON: {error}")) from None
    assert operation.body_validator is not None
    errors = operation.body_validator.errors(body)
    if errors:
        raise RequestRejected(invalid_request("; ".join(error[:300] for error in errors)))
    return body
