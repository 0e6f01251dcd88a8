"""How a mock instance behaves: clock, lifecycle timings, accepted credentials, limits."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from export_jobs_mock.clock import Clock, SystemClock

#: A job whose ``destination.datasetId`` starts with this ends ``FAILED`` instead of ``SUCCEEDED``.
FAIL_DATASET_PREFIX = "mock-fail"

#: The readings of what the public material leaves open, one value each (the first
#: is the default). ``cancel_effect``: a cancelled job is ``gone`` (404 at once) or
#: ``marked`` (it stays visible, stopped where it was; a second cancel answers as the
#: first). ``cancel_answer``: ``200`` with the message or ``204-empty`` (default:
#: ``200``, or ``204-empty`` with ``newer_shapes``); the later guide's "204 with the
#: message" cannot be served: HTTP gives a 204 no content, and HTTP stacks drop one.
#: ``other_tenant``: another sandbox's or organisation's job answers ``404`` or ``403``
#: (the service's problem body). ``paging``: ``link.next`` carries a ``cursor`` or a ``number``.
READINGS: dict[str, tuple[str, ...]] = {
    "cancel_effect": ("gone", "marked"),
    "cancel_answer": ("200", "204-empty"),
    "other_tenant": ("404", "403"),
    "paging": ("cursor", "number"),
}


@dataclass(frozen=True)
class Lifecycle:
    """How long a job stays in each state before it moves on.

    ``Lifecycle(0, 0)`` makes every job finish the moment it is created.
    """

    new_ms: int = 2_000
    processing_ms: int = 5_000

    def __post_init__(self) -> None:
        if self.new_ms < 0 or self.processing_ms < 0:
            raise ValueError("lifecycle durations cannot be negative")


@dataclass
class MockConfig:
    """Settings of one mock instance; every field has a default fit for local use.

    ``tokens`` and ``api_keys``: ``None`` accepts any non-empty value; a set accepts
    only its members (others answer 401 or 403 as the gateway does). Tokens from
    the mock's IMS endpoint are accepted besides, until they expire.
    ``ims_clients``: the client ids and secrets the IMS endpoint accepts
    (``None``: any non-empty pair); their ids are valid API keys too.
    ``max_jobs`` and ``max_jobs_per_tenant``: retention limits (``None``: unbounded);
    beyond them the oldest finished jobs are evicted first (see ``store``).
    ``newer_shapes``: answer in the shapes later revisions of the guide show
    (a batch's ``status`` as one value, profile counters in ``metrics``, no
    ``pushJob``, cancel answering ``204``) instead of the seed guide's.
    ``entitlements``: ``None`` lets every token reach every organisation; a mapping
    names the organisations each token may use (others answer 403 ``403025``).
    """

    clock: Clock = field(default_factory=SystemClock)
    lifecycle: Lifecycle = field(default_factory=Lifecycle)
    tokens: frozenset[str] | None = None
    api_keys: frozenset[str] | None = None
    entitlements: Mapping[str, frozenset[str]] | None = None
    ims_clients: Mapping[str, str] | None = None
    token_lifetime_seconds: int = 86_399
    newer_shapes: bool = False
    seed_examples: bool = False
    #: A week of a busy team's CI (a few hundred jobs a day per sandbox) fits in a
    #: tenant's share; the total keeps a shared instance under about 200 MB.
    max_jobs: int | None = 20_000
    max_jobs_per_tenant: int | None = 10_000
    max_body_bytes: int = 1_048_576
    first_job_id: int = 1000
    #: When True a response that breaks the spec raises into the caller (tests);
    #: otherwise it becomes a logged 500 that names the violation.
    raise_on_contract_violation: bool = False
    #: Keep what the mock received (``ExportJobsMock.journal``), for tests' assertions.
    record_requests: bool = False
    #: The control API (``/_mock/*``) answers a request that carries
    #: ``Authorization: Bearer <control_token>``; without a token it is open only
    #: while ``control_locked`` is False (a mock bound to loopback).
    control_token: str | None = None
    control_locked: bool = False
    #: The readings (see ``READINGS``).
    cancel_effect: str = "gone"
    cancel_answer: str | None = None
    other_tenant: str = "404"
    paging: str = "cursor"

    def with_readings(self, readings: Mapping[str, str]) -> MockConfig:
        """A copy serving these readings (names and values of ``READINGS``)."""
        unknown = sorted(set(readings) - set(READINGS))
        if unknown:
            raise ValueError(f"no reading named {', '.join(unknown)}")
        return dataclasses.replace(
            self,
            cancel_effect=readings.get("cancel_effect", self.cancel_effect),
            cancel_answer=readings.get("cancel_answer", self.cancel_answer),
            other_tenant=readings.get("other_tenant", self.other_tenant),
            paging=readings.get("paging", self.paging),
        )

    def __post_init__(self) -> None:
        for name, allowed in READINGS.items():
            value = getattr(self, name)
            if value is not None and value not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
        if self.token_lifetime_seconds < 1:
            raise ValueError("token_lifetime_seconds must be at least 1")
        for name in ("max_jobs", "max_jobs_per_tenant"):
            limit = getattr(self, name)
            if limit is not None and limit < 1:
                raise ValueError(f"{name} must be at least 1 (or None for no limit)")
