"""The spec's assumptions as questions a live run answers: confirmed, contradicted, not exercised.

A statement no public source makes carries ``x-assumption`` in the spec. A check
that rests on one never fails a live run: it records here what the server did,
and the drift report lists every assumption with its outcome and, when it was
contradicted, the spec change that would follow the server. With
``CONTRACT_STRICT=1`` a contradicted assumption fails the test that met it.
Against the project's mock the same checks are promises: the mock must serve
exactly the reading it was configured with.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field
from typing import Any

CONFIRMED, CONTRADICTED, NOT_EXERCISED = "confirmed", "contradicted", "not exercised"


@dataclass(frozen=True)
class Assumption:
    """One assumption the live checks can test, and where the spec makes it."""

    statement: str
    #: A JSON pointer to the node of the spec that carries the ``x-assumption``.
    where: str
    #: The spec change to make when a server contradicts it.
    proposal: str


ASSUMPTIONS: dict[str, Assumption] = {
    "cancel-removes-the-job": Assumption(
        "A cancelled job is gone: a retrieve and a second cancel answer 404, lists omit it.",
        "#/paths/~1export~1jobs~1{exportJobId}/delete",
        "say that a cancelled job stays visible with the status it reached, and that a "
        "second cancel answers as the first (the mock's cancel_effect=marked)",
    ),
    "other-tenant-gets-404": Assumption(
        "Another organisation's or sandbox's job answers 404, as if it did not exist.",
        "#/components/responses/NotFound",
        "say that another tenant's job answers 403 with the service's problem body "
        "(UPAPI-113740-403), and drop 404 for it (the mock's other_tenant=403)",
    ),
    "request-id-on-every-answer": Assumption(
        "Every answer carries an x-request-id header.",
        "#/components/headers/RequestId",
        "drop the X-Request-Id header from the responses (clients fall back to the body's "
        "requestId)",
    ),
    "cursor-paging": Assumption(
        "link.next carries a cursor {creationTimeMs}_{id} in offset.",
        "#/components/schemas/Link/properties/next",
        "say that link.next may carry a number (offset, start or page) instead of a cursor",
    ),
}


@dataclass
class Outcome:
    """What a run saw of one assumption on one target."""

    target: str
    assumption: str
    statement: str
    where: str
    outcome: str = NOT_EXERCISED
    observed: str = ""
    proposal: str = ""
    seen: int = 0
    example: dict[str, Any] = field(default_factory=dict)


class AssumptionLog:
    """Outcomes per assumption for one target (thread-safe); a contradiction is never undone."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._lock = threading.Lock()
        self._outcomes = {
            name: Outcome(target, name, assumption.statement, assumption.where)
            for name, assumption in ASSUMPTIONS.items()
        }

    def confirm(self, name: str, observed: str) -> None:
        """The server behaved as the assumption says."""
        self._record(name, CONFIRMED, observed, {})

    def contradict(self, name: str, observed: str, example: dict[str, Any]) -> Outcome:
        """The server did otherwise: ``observed`` says what, ``example`` where."""
        return self._record(name, CONTRADICTED, observed, example)

    def _record(self, name: str, outcome: str, observed: str, example: dict[str, Any]) -> Outcome:
        with self._lock:
            kept = self._outcomes[name]
            kept.seen += 1
            if kept.outcome != CONTRADICTED:
                kept.outcome = outcome
                kept.observed = observed
                kept.example = example
                kept.proposal = ASSUMPTIONS[name].proposal if outcome == CONTRADICTED else ""
            return kept

    def all(self) -> list[Outcome]:
        order = {CONTRADICTED: 0, CONFIRMED: 1, NOT_EXERCISED: 2}
        with self._lock:
            outcomes = list(self._outcomes.values())
        return sorted(outcomes, key=lambda o: (order[o.outcome], o.assumption))


def as_json(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    return [asdict(outcome) for outcome in outcomes]


def as_markdown(outcomes: list[Outcome]) -> list[str]:
    """The assumptions section of drift.md."""
    if not outcomes:
        return []
    contradicted = sum(o.outcome == CONTRADICTED for o in outcomes)
    lines = [
        "",
        "## Assumptions",
        "",
        f"{contradicted} contradicted. What the spec assumes where no public source speaks; a",
        "live run answers each, and a contradiction proposes the spec change that follows it.",
        "",
    ]
    for o in outcomes:
        lines.append(f"- **{o.outcome}** `{o.assumption}` ({o.target}): {o.statement}")
        if o.observed:
            lines.append(f"  - observed: {o.observed}")
        if o.proposal:
            lines.append(f"  - proposed change at `{o.where}`: {o.proposal}")
    return lines
