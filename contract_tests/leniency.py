"""Variants of the mock that are more lenient than the spec, or say more, as real servers do.

They break no promise a caller relies on, so the consumer's view of the contract
(``schemathesis.toml``, live runs) reports them as observations, and the
producer's strict view (the mock's own runs) fails them:

- ``lenient_input``: a request the spec forbids is served anyway when what it
  carries fits the *response* contract (an over-long name, a hundred and one
  segments, a merge-policy version of -1 are accepted and echoed back; a value
  of the wrong type is still refused); a malformed listing query is ignored; a
  malformed job id answers 404.
- ``silent_allow``: 405 answers without their ``Allow`` header.
- ``says_more``: jobs carry a property the spec does not declare
  (``exportedSegmentCount``) and a ``jobType`` it does not list (``EDGE``; the
  spec marks that enum as extensible).

Select them for a contract run, with the defects, by name in
``CONTRACT_MOCK_DEFECT`` (comma-separated).
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.store import Tenant

#: The parts of a create request a job reports back.
ECHOED = ("fields", "filter", "additionalFields", "mergePolicy", "evaluationInfo", "schema")
_INVALID_REQUEST = "UPAPI-110000-400"
_PLACEHOLDER_BODY = orjson.dumps(
    {"destination": {"datasetId": "lenient"}, "schema": {"name": "lenient"}}
)


class _Answer:
    """A response collected from the wrapped app."""

    def __init__(self) -> None:
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.body = bytearray()

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.body.extend(message.get("body", b""))

    def refused_as_invalid(self) -> bool:
        return self.status == 400 and _INVALID_REQUEST.encode() in self.body

    async def send(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        await send({"type": "http.response.body", "body": bytes(self.body)})


async def _call(app: ASGIApp, scope: Scope, body: bytes) -> _Answer:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    answer = _Answer()
    await app(scope, receive, answer)
    return answer


async def _read(receive: Receive) -> bytes:
    body = bytearray()
    while True:
        message = await receive()
        body.extend(message.get("body", b""))
        if not message.get("more_body"):
            return bytes(body)


class LenientMock:
    """The mock behind a front that accepts what the spec forbids (see the module)."""

    def __init__(
        self,
        mock: ExportJobsMock,
        *,
        lenient_input: bool = False,
        silent_allow: bool = False,
        says_more: bool = False,
    ) -> None:
        self.mock = mock
        self.lenient_input = lenient_input
        self.silent_allow = silent_allow
        self.says_more = says_more
        self._job = mock.spec.schema_validator("ExportJob")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.mock.spec.base_path):
            await self.mock(scope, receive, send)
            return
        body = await _read(receive)
        answer = await _call(self.mock, scope, body)
        if self.lenient_input and answer.refused_as_invalid():
            answer = await self._leniently(scope, body, answer)
        if self.silent_allow and answer.status == 405:
            answer.headers = [(k, v) for k, v in answer.headers if k.lower() != b"allow"]
        if self.says_more and answer.status == 200:
            _say_more(answer)
        await answer.send(send)

    async def _leniently(self, scope: Scope, body: bytes, refused: _Answer) -> _Answer:
        relative = scope["path"][len(self.mock.spec.base_path) :].rstrip("/")
        if relative == "/export/jobs" and scope["method"] == "GET":
            return await _call(self.mock, {**scope, "query_string": b""}, b"")
        if relative.startswith("/export/jobs/"):
            path = self.mock.spec.base_path + "/export/jobs/0"  # an id no job has: 404
            return await _call(self.mock, {**scope, "path": path, "raw_path": path.encode()}, b"")
        if relative == "/export/jobs" and scope["method"] == "POST":
            return await self._echo(scope, body, refused)
        return refused

    async def _echo(self, scope: Scope, body: bytes, refused: _Answer) -> _Answer:
        """Create a placeholder job, then report what was sent, if it fits a job's shape."""
        try:
            sent: Any = orjson.loads(body)
        except orjson.JSONDecodeError:
            return refused
        if not isinstance(sent, dict) or not isinstance(sent.get("destination"), dict):
            return refused
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"content-length"]
        placeholder = {
            **scope,
            "headers": [*headers, (b"content-length", b"%d" % len(_PLACEHOLDER_BODY))],
        }
        created = await _call(self.mock, placeholder, _PLACEHOLDER_BODY)
        if created.status != 200:
            return refused
        job = orjson.loads(bytes(created.body))
        job.update({key: sent[key] for key in ECHOED if key in sent})
        job["destination"] = {**job["destination"], **sent["destination"]}
        if not self._job.is_valid(job):
            self.mock.service.store.remove(_tenant(scope), job["id"])  # undo the placeholder
            return refused
        created.body = bytearray(orjson.dumps(job))
        created.headers = [(k, v) for k, v in created.headers if k.lower() != b"content-length"]
        created.headers.append((b"content-length", b"%d" % len(created.body)))
        return created


def _say_more(answer: _Answer) -> None:
    document = orjson.loads(bytes(answer.body))
    records = document.get("records") if isinstance(document, dict) else None
    jobs = records if isinstance(records, list) else [document]
    for job in jobs:
        if isinstance(job, dict) and "imsOrgId" in job:
            job["exportedSegmentCount"] = 1
            job["jobType"] = "EDGE"
    answer.body = bytearray(orjson.dumps(document))
    answer.headers = [(k, v) for k, v in answer.headers if k.lower() != b"content-length"]
    answer.headers.append((b"content-length", b"%d" % len(answer.body)))


#: The variants by name: what each does, as the keyword ``LenientMock`` takes.
VARIANTS: dict[str, str] = {
    "lenient_input": "accepts and echoes input the spec forbids",
    "silent_allow": "405 without Allow",
    "says_more": "an unknown property and an unknown jobType in jobs",
}


def _tenant(scope: Scope) -> Tenant:
    headers = {name.lower(): value.decode("latin-1") for name, value in scope["headers"]}
    return Tenant(headers.get(b"x-gw-ims-org-id", ""), headers.get(b"x-sandbox-name", ""))
