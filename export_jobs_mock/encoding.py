"""JSON for bytes the mock keeps: encoded by orjson, then held in a buffer of their own size.

orjson returns its working buffer as the ``bytes`` object, rounded up to at least
4 KiB (16 KiB past a kilobyte and a half of JSON) and never shrunk. A response
sent once does not care; a job's request, a rendered job and a remembered body
live as long as the job or the cache, and 10,000 of them held 40 to 160 MB that
nothing used. ``bytes(memoryview(...))`` copies the JSON into an exact-size
object (a fifth of a microsecond for a job).

>>> dumps_kept({"id": 1})
b'{"id":1}'

``tests/mock/test_memory.py`` holds a stored job to a few kilobytes.
"""

from __future__ import annotations

from typing import Any

import orjson


def dumps_kept(value: Any) -> bytes:
    """``orjson.dumps(value)`` in a buffer of its own size, for bytes kept long."""
    return kept(orjson.dumps(value))


def kept(encoded: bytes) -> bytes:
    """``encoded`` copied into a buffer of its own size (see the module's docstring)."""
    return bytes(memoryview(encoded))
