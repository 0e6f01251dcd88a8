# Copied from codegen/extras/waiting.py by `make generate`: edit it there.
"""What ``wait()`` decides between two polls, shared by the sync and the async facade.

The pause starts at ``poll_interval``, doubles up to ``max_interval``, and is
spread by ``jitter`` (a share either way) so that many waiters do not poll in
lockstep; it never runs past the deadline.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import attrs

from .exceptions import ExportJobFailedError, WaitTimeoutError
from .logs import jobs_log
from .models.export_job import ExportJob

TERMINAL_STATUSES = frozenset({"SUCCEEDED", "FAILED"})


@attrs.frozen
class WaitProgress:
    """One poll of ``wait()``, as its ``on_progress`` callback sees it."""

    job_id: int
    #: The status the poll read (``NEW``, ``PROCESSING``, …, or one the service added).
    status: str
    #: Seconds since ``wait()`` started.
    elapsed: float
    #: Seconds until the next poll; ``None`` when this poll ended the wait.
    next_poll_in: float | None
    #: Polls so far, this one included.
    polls: int
    job: ExportJob = attrs.field(repr=False)


class Waiter:
    """The state of one ``wait()``: deadline, interval, polls."""

    def __init__(
        self,
        job_id: int,
        *,
        timeout: float,
        poll_interval: float,
        max_interval: float,
        jitter: float,
        clock: Callable[[], float],
        on_poll: Callable[[ExportJob], None] | None,
        on_progress: Callable[[WaitProgress], None] | None,
    ) -> None:
        if poll_interval <= 0 or max_interval <= 0:
            raise ValueError("poll intervals must be positive")
        if not 0 <= jitter < 1:
            raise ValueError("jitter is a share of the interval, from 0 up to (not including) 1")
        self.job_id = job_id
        self.timeout = timeout
        self._clock = clock
        self._started = clock()
        self._deadline = self._started + timeout
        self._interval = poll_interval
        self._max_interval = max_interval
        self._jitter = jitter
        self._on_poll = on_poll
        self._on_progress = on_progress
        self._polls = 0

    def after(self, job: ExportJob) -> float | None:
        """Seconds to pause before the next poll, or ``None`` when ``job`` has ``SUCCEEDED``.

        Raises ``ExportJobFailedError`` or ``WaitTimeoutError``.
        """
        self._polls += 1
        status = str(job.status)
        now = self._clock()
        remaining = self._deadline - now
        if status in TERMINAL_STATUSES or remaining <= 0:
            pause = None
        else:
            spread = random.uniform(1 - self._jitter, 1 + self._jitter)
            pause = min(self._interval * spread, remaining)
            self._interval = min(self._interval * 2, self._max_interval)
        jobs_log.debug(
            "export job %s is %s after %.1f s (poll %d)%s",
            self.job_id,
            status,
            now - self._started,
            self._polls,
            "" if pause is None else f"; next poll in {pause:.1f} s",
        )
        if self._on_poll is not None:
            self._on_poll(job)
        if self._on_progress is not None:
            self._on_progress(
                WaitProgress(self.job_id, status, now - self._started, pause, self._polls, job)
            )
        if status == "FAILED":
            raise ExportJobFailedError(job)
        if status not in TERMINAL_STATUSES and pause is None:
            raise WaitTimeoutError(job, self.timeout)
        return pause
