"""The verdict's rules in one place: what is a broken promise, an observation, an echo.

- A **promise** is what a client relies on: documented statuses, response bodies
  and headers that fit their schemas, content types, auth that is enforced, the
  semantic invariants.
- An **observation** is a server more lenient than the spec, or saying more:
  input the spec forbids but the server accepts, HTTP hygiene the spec does not
  promise, unknown response properties, values of an extensible enum.
- An **echo** is what a server sends back *because* it accepted input the spec
  forbids: the invalid values of an accepted create, in its answer and wherever
  the job it created appears later (its retrieve, every list that holds it). An
  echo belongs to its lenient-input observation; it is never a broken promise.

How an echo is told from a real fault: the suite validates every create it
sends. When a server accepts one the spec forbids, ``EchoLedger`` keeps the job
id it answered with and the *locations* the request set to invalid values (the
instance paths of the request's schema errors; for an unknown property, the
property; for an object that lacks a required property, the object). A
violation in that job's answers at one of those locations, or
below it, is an echo. A violation anywhere else: a place the request filled
correctly, a field the server sets itself (``status``, ``id``, times), or a job
no accepted invalid request created, is still a broken promise.

Against the project's own mock, and with ``CONTRACT_STRICT=1``, there are no
observations and no echoes: everything is a promise.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from export_jobs_spec import Spec, load_spec

PROMISE, OBSERVATION = "promise", "observation"
#: What a finding can be about.
KINDS = (
    "undocumented-status",
    "schema-violation",
    "unknown-property",
    "unknown-enum-value",
    "lenient-input",
    "http-semantics",
    "semantic",
)
#: Schemathesis' failures by class: the finding's kind, and whether it is only an observation.
FAILURE_KINDS: dict[str, tuple[str, bool]] = {
    "UndefinedStatusCode": ("undocumented-status", False),
    "ServerError": ("http-semantics", False),
    "ContentTypeServerError": ("http-semantics", False),
    "MalformedJson": ("http-semantics", False),
    "MissingContentType": ("http-semantics", False),
    "UndefinedContentType": ("http-semantics", False),
    "MalformedMediaType": ("http-semantics", False),
    "MissingHeaders": ("http-semantics", False),
    "ContentDeserializationError": ("schema-violation", False),
    "DiscriminatorMismatch": ("schema-violation", False),
    "AcceptedNegativeData": ("lenient-input", True),
    "UnsupportedMethodResponse": ("http-semantics", True),
    "AllowHeaderMismatch": ("http-semantics", True),
    "ResponseTimeExceeded": ("http-semantics", True),
}
#: Schemathesis' checks that rest on an assumption of the spec, by failure class.
ASSUMING_FAILURES = {"UseAfterFree": "cancel-removes-the-job"}
#: The name of the lenient-input observation an accepted invalid create belongs to.
ACCEPTED_INVALID = "Schema-violating request accepted"
#: How many accepted invalid creates one observation lists in full.
MAX_LISTED_ECHOES = 20

Path = tuple[str | int, ...]


def severity(*, observation: bool, strict: bool) -> str:
    """A finding's severity: an observation only in the consumer's (not strict) view."""
    return OBSERVATION if observation and not strict else PROMISE


def pointer(path: Iterable[str | int]) -> str:
    """A JSON pointer of ``path``."""
    parts = [str(part).replace("~", "~0").replace("/", "~1") for part in path]
    return "/" + "/".join(parts) if parts else "/"


@dataclass
class AcceptedInvalid:
    """One create the spec forbids that a server accepted, and what it echoed since."""

    job_id: int
    locations: list[Path]
    request: dict[str, Any]
    echoed: set[str] = field(default_factory=set)

    def as_report(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "invalid_locations": sorted(pointer(location) for location in self.locations),
            "echoed": sorted(self.echoed),
            "request": self.request,
        }


class EchoLedger:
    """The jobs created by accepted invalid creates, and the locations each may echo."""

    def __init__(self, spec: Spec | None = None) -> None:
        spec = spec or load_spec()
        validator = spec.operation("createExportJob").body_validator
        assert validator is not None, "the spec's create has a body"
        self._validator = validator
        self._lock = threading.Lock()
        self._jobs: dict[int, AcceptedInvalid] = {}

    def invalid_locations(self, body: Any) -> list[Path] | None:
        """Where ``body`` breaks the create schema (None: it is valid)."""
        locations: list[Path] = []
        for error in self._validator.iter_errors(body):
            path = tuple(error.instance_path)
            if error.kind.name.lower() == "additionalproperties":
                locations += [(*path, name) for name in error.kind.unexpected]
            elif path:
                # A wrong value, or an object that lacks a property: what comes back
                # at (or below) that place is the request's own doing.
                locations.append(path)
            elif error.kind.name.lower() != "required":
                locations.append(("",))  # the whole body is wrong: nothing may be excused
        return locations if locations or not self._validator.is_valid(body) else None

    def accept(self, request: Any, answer: Any, example: dict[str, Any]) -> AcceptedInvalid | None:
        """Record an accepted create if its request was invalid (None: it was valid)."""
        locations = self.invalid_locations(request)
        if locations is None or not isinstance(answer, Mapping):
            return None
        job_id = answer.get("id")
        if not isinstance(job_id, int) or isinstance(job_id, bool):
            return None
        accepted = AcceptedInvalid(job_id, locations, example)
        with self._lock:
            self._jobs[job_id] = accepted
        return accepted

    def knows(self, job_id: Any) -> bool:
        with self._lock:
            return job_id in self._jobs

    def excuses(self, job_id: Any, path: Sequence[str | int]) -> bool:
        """Whether a violation at ``path`` of job ``job_id`` is an echo (and note it if so)."""
        with self._lock:
            accepted = self._jobs.get(job_id)
            if accepted is None:
                return False
            for location in accepted.locations:
                if location != ("",) and tuple(path[: len(location)]) == location:
                    accepted.echoed.add(pointer(path))
                    return True
        return False

    def reports(self) -> list[dict[str, Any]]:
        with self._lock:
            return [accepted.as_report() for accepted in self._jobs.values()]


def job_at(operation: str, body: Any, path: Sequence[str | int]) -> tuple[Any, Path] | None:
    """The job a response path falls in, and the path inside it (None: no job there)."""
    if operation in ("createExportJob", "getExportJob") and isinstance(body, Mapping):
        return body.get("id"), tuple(path)
    records = body.get("records") if isinstance(body, Mapping) else None
    if (
        operation == "listExportJobs"
        and isinstance(records, list)
        and len(path) >= 2
        and path[0] == "records"
        and isinstance(path[1], int)
        and path[1] < len(records)
        and isinstance(records[path[1]], Mapping)
    ):
        return records[path[1]].get("id"), tuple(path[2:])
    return None
