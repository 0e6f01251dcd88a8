"""How a job ends when a test scripts it, instead of the usual lifecycle.

>>> Outcome.failed([{"code": "0090000009", "msg": "Dataset is gone"}]).fails
True
>>> Outcome.held().hold
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from export_jobs_mock.store import HELD, StoredJob


@dataclass(frozen=True)
class Outcome:
    """``fails``: the job ends FAILED, reporting ``errors`` (None: the service's usual
    one); ``hold``: it stays PROCESSING until released, whatever the clock says."""

    fails: bool = False
    errors: tuple[Mapping[str, Any], ...] | None = None
    hold: bool = False

    @classmethod
    def failed(cls, errors: Sequence[Mapping[str, Any]] | None = None) -> Outcome:
        """The job ends FAILED with these errors (items of the spec's ``ExportJobError``)."""
        return cls(fails=True, errors=None if errors is None else tuple(errors))

    @classmethod
    def held(cls) -> Outcome:
        """The job stays PROCESSING until released."""
        return cls(hold=True)

    def apply(self, job: StoredJob) -> None:
        """Give ``job`` this outcome (its rendering is rebuilt on the next read)."""
        job.fails = self.fails or job.fails
        if self.errors is not None:
            job.errors = [dict(error) for error in self.errors]
        if self.hold:
            job.hold_until_ms = HELD
        job.rendered = None
