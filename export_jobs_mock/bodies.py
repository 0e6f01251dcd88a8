"""Response bodies already validated against the spec, kept by what they were made from.

The mock validates every response before it sends it. A listing or a fetch of
jobs that have not changed since the last one would give the same bytes again,
so validating and encoding them again proves nothing new. The service names
what a body is made from in ``Reply.identity``: the ``Rendering`` of each job
(made once, never changed, equal only to itself) and every other value that
goes into the body. Equal identities therefore mean byte-identical bodies, and
a body found here is sent as it was validated. A job that moves on, is
cancelled, held or scripted gets a new ``Rendering``, so its bodies get new
identities and are validated afresh. ``tests/mock/test_bodies.py`` checks that
a remembered body equals the one a fresh render would send.

>>> bodies = ValidatedBodies(max_bytes=100)
>>> bodies.put(("page", 1), b"[1]")
>>> bodies.get(("page", 1)), bodies.get(("page", 2))
(b'[1]', None)
"""

from __future__ import annotations

import threading
from collections.abc import Hashable

from export_jobs_mock.encoding import kept

#: What the remembered bodies may add up to; past it, they are forgotten at once.
MAX_BYTES = 8 * 1024 * 1024
#: A body larger than this share of ``MAX_BYTES`` is not remembered (a 1,000-job page is).
_LARGEST_SHARE = 4


class ValidatedBodies:
    """A bounded map from a body's identity to its validated, encoded bytes."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self._max_bytes = max_bytes
        self._bodies: dict[Hashable, bytes] = {}
        self._size = 0
        self._lock = threading.Lock()
        #: Bodies sent from here, and bodies looked for and not found (for tests and profiles).
        self.hits = 0
        self.misses = 0

    def get(self, identity: Hashable) -> bytes | None:
        """The bytes validated for ``identity``, or None."""
        found = self._bodies.get(identity)
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def put(self, identity: Hashable, encoded: bytes) -> None:
        """Remember ``encoded``, which has just been validated, as the body of ``identity``."""
        if len(encoded) * _LARGEST_SHARE > self._max_bytes:
            return
        with self._lock:
            if self._size + len(encoded) > self._max_bytes:
                # Forgetting all at once is O(1) per body remembered and keeps no order.
                self._bodies.clear()
                self._size = 0
            if identity not in self._bodies:
                self._bodies[identity] = kept(encoded)  # its size is what the bound counts
                self._size += len(encoded)

    def clear(self) -> None:
        with self._lock:
            self._bodies.clear()
            self._size = 0
