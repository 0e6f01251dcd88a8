"""Random identifiers in the service's formats, cheaply (a create needs five).

They only have to look like the service's and not repeat. ``uuid.uuid4()``
costs a system call and an object each, about a sixth of a create; formatting
each id from random digits in Python still cost a tenth. Here ids are made a
thousand at a time, in C: the random digits are copied into place as strided
slices (one copy per digit position, not per id), the block is cut into ids,
and a create takes them from a list.

>>> len(request_id()), request_id()[14], len(batch_id())
(36, '4', 32)
>>> references, batches = job_ids(2)
>>> len(references), len(batches), references[0][14], batches[1][12]
(3, 2, '4', '4')
"""

from __future__ import annotations

import os
import threading

#: Ids made per block.
_BLOCK_IDS = 1024
#: Where each of an id's 32 random digits goes in its 36 characters (the dashes
#: come after the 8th, 12th, 16th and 20th digit).
_PLACES = [
    digit + (digit >= 8) + (digit >= 12) + (digit >= 16) + (digit >= 20) for digit in range(32)
]
#: The RFC 4122 variant digit (8, 9, a or b) for any random hexadecimal digit.
_VARIANT = bytes.maketrans(b"0123456789abcdef", b"89ab89ab89ab89ab")
#: The version nibble and the variant digit, by digit position.
_VERSION_DIGIT, _VARIANT_DIGIT = 12, 16
_WIDTH = 36


def _block(count: int) -> str:
    """``count`` version-4 UUID strings back to back, 36 characters each."""
    digits = os.urandom(16 * count).hex().encode("ascii")
    ids = bytearray(b"-" * (_WIDTH * count))
    for digit, place in enumerate(_PLACES):
        if digit == _VERSION_DIGIT:
            ids[place::_WIDTH] = b"4" * count
        elif digit == _VARIANT_DIGIT:
            ids[place::_WIDTH] = digits[digit::32].translate(_VARIANT)
        else:
            ids[place::_WIDTH] = digits[digit::32]
    return ids.decode("ascii")


class _Pool:
    """UUID strings made a block at a time, handed out never twice."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._next = 0
        self._lock = threading.Lock()

    def take(self, count: int) -> list[str]:
        """``count`` new ids."""
        with self._lock:
            start = self._refilled(count)
            self._next = start + count
            return self._ids[start : start + count]

    def take_one(self) -> str:
        """One new id."""
        with self._lock:
            start = self._refilled(1)
            self._next = start + 1
            return self._ids[start]

    def _refilled(self, count: int) -> int:
        # Where the next ``count`` ids start, after a new block when too few are left.
        if self._next + count <= len(self._ids):
            return self._next
        block = _block(max(_BLOCK_IDS, count))
        self._ids = [block[at : at + _WIDTH] for at in range(0, len(block), _WIDTH)]
        return 0


_pool = _Pool()


def request_id() -> str:
    """A version-4 UUID string, as the service's request and job references."""
    return _pool.take_one()


def batch_id() -> str:
    """32 hexadecimal digits (a version-4 id without its dashes), as the service's batch ids."""
    return _pool.take_one().replace("-", "")


def job_ids(batches: int) -> tuple[list[str], list[str]]:
    """A new job's three references (request, export job, push job) as UUIDs, and
    ``batches`` batch ids."""
    drawn = _pool.take(3 + batches)
    if batches == 1:  # the usual job: no comprehension to run
        return drawn[:3], [drawn[3].replace("-", "")]
    return drawn[:3], [batch.replace("-", "") for batch in drawn[3:]]
