"""Response bodies parse to what ``json.loads`` gives, errors included (``runtime.loads_json``).

msgspec parses them when it is installed; a body it refuses is parsed again by
the standard library. These tests hold the two to the same results, with and
without msgspec.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest
from aep_export_jobs_client import runtime
from aep_export_jobs_client.runtime import json_body, loads_json
from hypothesis import given, settings
from hypothesis import strategies as st

EDGE_CASES = [
    b'{"id": 1, "status": "NEW"}',
    b'{"a": 1, "a": 2}',  # the last of duplicate keys wins, as in json
    b"[18446744073709551616, -9223372036854775809, 123456789012345678901234567890]",
    b"[NaN, Infinity, -Infinity, 1E400]",
    b'"\\ud800"',  # a lone surrogate
    b'\xef\xbb\xbf{"bom": true}',
    '{"utf16": 1}'.encode("utf-16"),
    b'"\\u00e9\\ud83d\\ude00"',
    b"[-0, -0.0, 1e-400, 0.1]",
    b"[" * 3000 + b"]" * 3000,  # deeper than either parser goes
    b"",
    b"{",
    b'{"a": 1,}',
    b"<html>502 Bad Gateway</html>",
    b'"\xff"',
    b'"tab\there"',
]


def same(first: Any, second: Any) -> bool:
    """Equal, and of the same types all the way down (1 is not 1.0, -0.0 is not 0.0).

    A loop, not recursion: the deepest edge case nests past Python's recursion limit.
    """
    pending = [(first, second)]
    while pending:
        left, right = pending.pop()
        if type(left) is not type(right):
            return False
        if isinstance(left, float):
            if not (math.isnan(left) and math.isnan(right)) and not (
                left == right and math.copysign(1, left) == math.copysign(1, right)
            ):
                return False
        elif isinstance(left, list):
            if len(left) != len(right):
                return False
            pending.extend(zip(left, right, strict=True))
        elif isinstance(left, dict):
            if list(left) != list(right):
                return False
            pending.extend((left[key], right[key]) for key in left)
        elif left != right:
            return False
    return True


def outcome(parse: Any, body: bytes) -> tuple[str, Any]:
    try:
        return ("value", parse(body))
    except RecursionError:
        return ("raises", RecursionError)
    except ValueError as error:
        return ("raises", (type(error), str(error)))


@pytest.fixture(params=["msgspec", "json alone"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways a client parses: with msgspec, and as a vendored copy without it."""
    if request.param == "json alone":
        monkeypatch.setattr(runtime, "_DECODE", None)
    else:
        assert runtime._DECODE is not None, "msgspec is in the project's lock"
    return str(request.param)


@pytest.mark.parametrize("body", EDGE_CASES, ids=lambda body: repr(body[:24]))
def test_a_body_parses_as_json_loads_parses_it(parser: str, body: bytes) -> None:
    got, expected = outcome(loads_json, body), outcome(json.loads, body)
    if got[0] == "value" and expected[0] == "value":
        assert same(got[1], expected[1])
    else:
        assert got == expected


def test_json_body_reads_the_response_bytes(parser: str) -> None:
    response = httpx.Response(200, content=b'{"records": [{"id": 18446744073709551616}]}')
    assert json_body(response) == response.json()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(value=JSON_VALUES, ensure_ascii=st.booleans())
def test_any_document_parses_as_json_loads_parses_it(value: Any, ensure_ascii: bool) -> None:
    body = json.dumps(value, ensure_ascii=ensure_ascii).encode("utf-8", "surrogatepass")
    got, expected = outcome(loads_json, body), outcome(json.loads, body)
    if got[0] == "value" and expected[0] == "value":
        assert same(got[1], expected[1])
    else:
        assert got[0] == expected[0]


def test_a_copy_without_msgspec_imports_and_parses_with_json() -> None:
    # msgspec made unimportable, as in a vendored copy on a machine without it.
    script = (
        "import sys; sys.modules['msgspec'] = None\n"
        "from aep_export_jobs_client.runtime import loads_json, _DECODE\n"
        "assert _DECODE is None\n"
        "print(repr(loads_json(b'[18446744073709551616, NaN]')))\n"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[18446744073709551616, nan]"
