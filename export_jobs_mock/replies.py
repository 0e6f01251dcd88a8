"""Reply values and the error bodies the service and its gateway send.

Gateway bodies are taken from the spec's own examples, so the mock answers
exactly what the spec documents.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any

from export_jobs_mock.ids import request_id
from export_jobs_spec import Spec


@dataclass
class Reply:
    """A response before it is validated and serialised."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    #: Deliberate answers outside the spec (injected proxy faults) skip response validation.
    validate: bool = True
    #: What to serialise instead of ``body``: the same document with parts already
    #: serialised (orjson fragments), when the service has them at hand.
    wire: Any = None
    #: Everything the body is made from, when the service can name it: replies with
    #: equal identities have byte-identical bodies (see ``bodies``).
    identity: Hashable | None = None


def gateway_error(spec: Spec, status: int, response: str, example: str) -> Reply:
    """A gateway error whose body is the spec's named example of ``response``."""
    return Reply(status, dict(spec.example(response, example)))


def problem(status: int, code: int, title: str, detail: str | None = None) -> Reply:
    """A service error in the problem style the real service uses."""
    error_code = f"UPAPI-{code}-{status}"
    body: dict[str, Any] = {
        "type": f"https://ns.adobe.com/aep/errors/{error_code}",
        "title": title,
        "status": status,
        "requestId": request_id(),
        "errors": {str(status): [{"code": error_code, "message": detail or title}]},
    }
    if detail is not None:
        body["detail"] = detail
    return Reply(status, body)


def invalid_request(detail: str) -> Reply:
    return problem(400, 110000, "The request is invalid.", detail)


def not_found(job_id: int | str) -> Reply:
    return problem(
        404, 113000, f"The entity {job_id} is not found.", f"Export job {job_id} is not found."
    )


#: The response header with the request's id (the spec's ``RequestId`` header).
REQUEST_ID_HEADER = "x-request-id"
# What a caller's own id may look like to be echoed; anything else gets a new one.
_CALLER_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def request_id_for(headers: Mapping[str, str]) -> str:
    """The id of a request: the caller's ``x-request-id`` when it is sane, else a new one."""
    given = headers.get(REQUEST_ID_HEADER)
    if given is not None and _CALLER_REQUEST_ID.fullmatch(given):
        return given
    return request_id()


def traced(reply: Reply, tracing: str) -> Reply:
    """``reply`` carrying the request's id in its header (and in a problem body's ``requestId``)."""
    reply.headers[REQUEST_ID_HEADER] = tracing
    body = reply.body
    if reply.status >= 400 and isinstance(body, dict) and "requestId" in body:
        body["requestId"] = tracing
    return reply
