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
    """Random hexadecimal digits, handed out 32 per id and never twice."""

    def __init__(self) -> None:
        self._digits = ""
        self._next = 0
        self._lock = threading.Lock()

    def draw(self, count: int) -> tuple[str, int]:
        """Digits for ``count`` ids: a string and where in it the first id's 32 start."""
        wanted = _DIGITS * count
        with self._lock:
            start = self._next
            if start + wanted > len(self._digits):
                self._digits, start = os.urandom(max(_POOL_BYTES, wanted)).hex(), 0
            self._next = start + wanted
            return self._digits, start


_pool = _Pool()


# An id is formatted straight from the pool's digits, version nibble and variant
# set on the way: one f-string per id (no intermediate string to slice again).
def _plain(digits: str, n: int) -> str:
    return (
        f"{digits[n : n + 12]}4{digits[n + 13 : n + 16]}"
        f"{_VARIANT[digits[n + 16]]}{digits[n + 17 : n + 32]}"
    )


def _dashed(digits: str, n: int) -> str:
    return (
        f"{digits[n : n + 8]}-{digits[n + 8 : n + 12]}-4{digits[n + 13 : n + 16]}-"
        f"{_VARIANT[digits[n + 16]]}{digits[n + 17 : n + 20]}-{digits[n + 20 : n + 32]}"
    )


def batch_id() -> str:
    """32 hexadecimal digits (a version-4 id), as the service's batch ids."""
    return _plain(*_pool.draw(1))


def request_id() -> str:
    """A version-4 UUID string, as the service's request and job references."""
    return _dashed(*_pool.draw(1))


def job_ids(batches: int) -> tuple[list[str], list[str]]:
    """A new job's three references (request, export job, push job) as UUIDs, and
    ``batches`` batch ids."""
    digits, n = _pool.draw(3 + batches)
    references = [_dashed(digits, n), _dashed(digits, n + 32), _dashed(digits, n + 64)]
    return references, [_plain(digits, n + 32 * k) for k in range(3, 3 + batches)]
