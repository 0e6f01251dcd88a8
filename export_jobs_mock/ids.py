"""Random identifiers in the service's formats, cheaply (a create needs five).

They only have to look like the service's and not repeat. ``uuid.uuid4()``
costs a system call and an object each, about a sixth of a create; here ids are
cut from a pool of random digits read 16 KiB at a time.

>>> len(request_id()), request_id()[14], len(batch_id())
(36, '4', 32)
>>> references, batches = job_ids(2)
>>> len(references), len(batches), references[0][14], batches[1][12]
(3, 2, '4', '4')
"""

from __future__ import annotations

import os
import threading

#: The RFC 4122 variant digit (8, 9, a or b) for any random hexadecimal digit.
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
_POOL_BYTES = 16_384
_DIGITS = 32  # of one id


class _Pool:
    """Random hexadecimal digits, handed out 32 at a time and never twice."""

    def __init__(self) -> None:
        self._digits = ""
        self._next = 0
        self._lock = threading.Lock()

    def take(self, count: int) -> list[str]:
        """``count`` version-4 ids of 32 digits (version nibble and variant set)."""
        wanted = _DIGITS * count
        with self._lock:
            start = self._next
            if start + wanted > len(self._digits):
                self._digits, start = os.urandom(max(_POOL_BYTES, wanted)).hex(), 0
            self._next = start + wanted
            digits = self._digits[start : start + wanted]
        return [
            f"{digits[n : n + 12]}4{digits[n + 13 : n + 16]}"
            f"{_VARIANT[digits[n + 16]]}{digits[n + 17 : n + _DIGITS]}"
            for n in range(0, wanted, _DIGITS)
        ]


_pool = _Pool()


def _uuid(digits: str) -> str:
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def batch_id() -> str:
    """32 hexadecimal digits (a version-4 id), as the service's batch ids."""
    return _pool.take(1)[0]


def request_id() -> str:
    """A version-4 UUID string, as the service's request and job references."""
    return _uuid(_pool.take(1)[0])


def job_ids(batches: int) -> tuple[list[str], list[str]]:
    """A new job's three references (request, export job, push job) as UUIDs, and
    ``batches`` batch ids."""
    drawn = _pool.take(3 + batches)
    return [_uuid(drawn[0]), _uuid(drawn[1]), _uuid(drawn[2])], drawn[3:]
