"""Where each statement of the spec comes from: ``x-source`` (public material) or ``x-assumption``.

The rule the spec keeps (``unmarked`` finds what breaks it):

- every operation, parameter, header and response says where its behaviour comes from;
- every constraint of a schema (``CONSTRAINTS``: limits, patterns, enums, required
  properties, defaults, a ban on unknown properties) is covered by a mark on the
  schema itself, or, for the schema of a parameter or header, by a keyword of that
  parameter's or header's mapping.

A mark is a one-line string (it covers the whole node) or a mapping from the
constraint keywords it covers to one-line reasons. A node may carry both kinds,
each covering its own keywords.

>>> doc = {"components": {"schemas": {"Id": {"type": "integer", "maximum": 9,
...     "x-assumption": {"maximum": "no source gives one"}}}}}
>>> unmarked(doc), [(m.kind, m.keyword) for m in marks(doc)]
([], [('assumption', 'maximum')])
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

SOURCE, ASSUMPTION = "x-source", "x-assumption"
#: Schema keywords that state something of the API beyond a value's type.
CONSTRAINTS = (
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "pattern",
    "enum",
    "required",
    "default",
    "additionalProperties",
)
_SCHEMA_LISTS = ("oneOf", "anyOf", "allOf")


@dataclass(frozen=True)
class Mark:
    """One mark: where, which kind, the keyword it covers (None: the whole node), why."""

    pointer: str
    kind: str
    keyword: str | None
    text: str


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _constraints(schema: Mapping[str, Any]) -> list[str]:
    found = [key for key in CONSTRAINTS if key in schema and key != "additionalProperties"]
    if schema.get("additionalProperties") is False:
        found.append("additionalProperties")
    return found


def _covered(node: Mapping[str, Any]) -> tuple[bool, set[str]]:
    """Whether a mark covers the whole node, and the keywords mappings cover."""
    whole, keywords = False, set()
    for kind in (SOURCE, ASSUMPTION):
        mark = node.get(kind)
        if isinstance(mark, str) and mark.strip():
            whole = True
        elif isinstance(mark, Mapping):
            keywords |= {key for key, text in mark.items() if isinstance(text, str) and text}
    return whole, keywords


def _schemas(node: Any, pointer: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every schema object in and below ``node`` (a schema), with its pointer."""
    if not isinstance(node, Mapping):
        return
    yield pointer, node
    for name, child in (node.get("properties") or {}).items():
        yield from _schemas(child, f"{pointer}/properties/{_escape(name)}")
    for key in ("items", "not"):
        if isinstance(node.get(key), Mapping):
            yield from _schemas(node[key], f"{pointer}/{key}")
    if isinstance(node.get("additionalProperties"), Mapping):
        yield from _schemas(node["additionalProperties"], f"{pointer}/additionalProperties")
    for key in _SCHEMA_LISTS:
        for index, child in enumerate(node.get(key) or []):
            yield from _schemas(child, f"{pointer}/{key}/{index}")


def _described(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any], str]]:
    """(pointer, node, what) for operations, parameters, headers and responses."""
    for path, item in (document.get("paths") or {}).items():
        base = f"#/paths/{_escape(path)}"
        for method, operation in item.items():
            if method == "parameters" or not isinstance(operation, Mapping):
                continue
            yield f"{base}/{method}", operation, "operation"
            for status, response in (operation.get("responses") or {}).items():
                if "$ref" not in response:
                    yield f"{base}/{method}/responses/{status}", response, "response"
                    for name, header in (response.get("headers") or {}).items():
                        if "$ref" not in header:
                            yield (
                                f"{base}/{method}/responses/{status}/headers/{name}",
                                header,
                                "header",
                            )
    components = document.get("components") or {}
    for kind, what in (
        ("parameters", "parameter"),
        ("headers", "header"),
        ("responses", "response"),
    ):
        for name, node in (components.get(kind) or {}).items():
            yield f"#/components/{kind}/{_escape(name)}", node, what


def _schema_roots(
    document: Mapping[str, Any],
) -> Iterator[tuple[str, Mapping[str, Any], Mapping[str, Any] | None]]:
    """(pointer, schema, its parameter or header or None) for every schema the spec holds."""
    components = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield f"#/components/schemas/{_escape(name)}", schema, None
    for pointer, node, what in _described(document):
        if what in ("parameter", "header") and isinstance(node.get("schema"), Mapping):
            yield f"{pointer}/schema", node["schema"], node
        for media, content in (node.get("content") or {}).items():
            if isinstance(content.get("schema"), Mapping):
                yield f"{pointer}/content/{_escape(media)}/schema", content["schema"], None
    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            if not isinstance(operation, Mapping) or method == "parameters":
                continue
            body = operation.get("requestBody") or {}
            for media, content in (body.get("content") or {}).items():
                if isinstance(content.get("schema"), Mapping):
                    where = f"{method}/requestBody/content/{_escape(media)}/schema"
                    yield f"#/paths/{_escape(path)}/{where}", content["schema"], None


def unmarked(document: Mapping[str, Any]) -> list[str]:
    """What lacks a mark: ``pointer`` (a behaviour) or ``pointer keyword`` (a constraint)."""
    missing = [
        pointer
        for pointer, node, _ in _described(document)
        if "$ref" not in node and _covered(node) == (False, set())
    ]
    for root, schema, holder in _schema_roots(document):
        for pointer, node in _schemas(schema, root):
            whole, keywords = _covered(node)
            if holder is not None and node is schema:
                # A parameter's mapping may name its schema's keywords; its string covers
                # the parameter (that it exists, what it means), never the schema's limits.
                keywords |= _covered(holder)[1]
            if whole:
                continue
            missing += [f"{pointer} {key}" for key in _constraints(node) if key not in keywords]
    return missing


def stale(document: Mapping[str, Any]) -> list[str]:
    """Marks that name a keyword their node does not have (left behind by an edit)."""
    found = []
    for mark in marks(document):
        if mark.keyword is None or mark.keyword == "additionalProperties":
            continue
        node = _node(document, mark.pointer)
        if (
            isinstance(node, Mapping)
            and mark.keyword not in node
            and mark.keyword not in (node.get("schema") or {})
        ):
            found.append(f"{mark.pointer} {mark.keyword}")
    return found


def _node(document: Mapping[str, Any], pointer: str) -> Any:
    node: Any = document
    for part in pointer.removeprefix("#/").split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def marks(document: Mapping[str, Any]) -> list[Mark]:
    """Every mark of the document, in document order."""
    found: list[Mark] = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, Mapping):
            for kind, label in ((SOURCE, "source"), (ASSUMPTION, "assumption")):
                mark = node.get(kind)
                if isinstance(mark, str):
                    found.append(Mark(pointer, label, None, mark))
                elif isinstance(mark, Mapping):
                    found.extend(Mark(pointer, label, str(k), str(v)) for k, v in mark.items())
            for key, value in node.items():
                if key not in (SOURCE, ASSUMPTION, "example", "examples"):
                    walk(value, f"{pointer}/{_escape(str(key))}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")

    walk(document, "#")
    return found


def assumptions(document: Mapping[str, Any]) -> list[Mark]:
    """The statements no public source makes, with the reason the spec makes them."""
    return [mark for mark in marks(document) if mark.kind == "assumption"]


def annotated(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy whose descriptions say which statements are assumptions (for the reference page).

    Each node with ``x-assumption`` gets "Assumption: …" after its description, so a
    reader never takes a guess for a documented fact; a parameter's mapping that
    names its schema's keywords is shown on the parameter.
    """
    copied: dict[str, Any] = copy.deepcopy(dict(document))

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            mark = node.get(ASSUMPTION)
            if isinstance(mark, str):
                lines = [f"**Assumption:** {mark}."]
            elif isinstance(mark, Mapping):
                lines = [f"**Assumption** (`{key}`): {text}." for key, text in mark.items()]
            else:
                lines = []
            if lines and (
                "description" in node or "type" in node or "in" in node or "$ref" not in node
            ):
                base = str(node.get("description", "")).rstrip()
                node["description"] = "\n\n".join([base, *lines] if base else lines)
            for key, value in node.items():
                if key not in ("example", "examples"):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(copied)
    return copied


def assumptions_table(document: Mapping[str, Any]) -> str:
    """The Markdown table of every assumption, as ``docs/spec.md`` holds it."""
    rows = ["| where | covers | why the spec assumes it |", "| --- | --- | --- |"]
    for mark in assumptions(document):
        where = mark.pointer.removeprefix("#/").replace("~1", "/").replace("~0", "~")
        rows.append(f"| `{where}` | {mark.keyword or 'the whole node'} | {mark.text} |")
    return "\n".join(rows)


TABLE_START, TABLE_END = "<!-- assumptions:start -->", "<!-- assumptions:end -->"


def with_assumptions_table(markdown: str, document: Mapping[str, Any]) -> str:
    """``markdown`` with the table between its assumption markers made anew."""
    head, start, rest = markdown.partition(TABLE_START)
    _, end, tail = rest.partition(TABLE_END)
    if not start or not end:
        raise ValueError(f"the page has no {TABLE_START} … {TABLE_END} block")
    return f"{head}{TABLE_START}\n{assumptions_table(document)}\n{TABLE_END}{tail}"
