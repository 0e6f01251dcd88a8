"""Deliberately broken variants of the mock, to prove the contract suite catches each fault.

Every defect is an ASGI wrapper around a correct mock: it rewrites the request
before the mock sees it or the response after the mock validated it, so the
mock's own spec checks cannot hide the fault from the suite.
Select one for a contract run with ``CONTRACT_MOCK_DEFECT=<name>``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

Headers = list[tuple[bytes, bytes]]
RequestRewrite = Callable[[Scope], Scope]
ResponseRewrite = Callable[[Scope, int, Headers, bytes], tuple[int, Headers, bytes]]


@dataclass(frozen=True)
class Defect:
    """One fault, and what should reveal it."""

    name: str
    description: str
    request: RequestRewrite | None = None
    response: ResponseRewrite | None = None

    def wrap(self, app: ASGIApp) -> ASGIApp:
        return _Rewriter(app, self)


class _Rewriter:
    def __init__(self, app: ASGIApp, defect: Defect) -> None:
        self.app = app
        self.defect = defect

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.defect.request is not None:
            scope = self.defect.request(dict(scope))
        if self.defect.response is None:
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        body = bytearray()

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))

        await self.app(scope, receive, capture)
        status, headers, content = self.defect.response(
            scope, start["status"], list(start.get("headers", [])), bytes(body)
        )
        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})


def _is(scope: Scope, method: str, *, item: bool) -> bool:
    path: str = scope["path"].rstrip("/")
    return scope["method"] == method and path.endswith("/export/jobs") != item


def _drop_query(name: str) -> RequestRewrite:
    def rewrite(scope: Scope) -> Scope:
        query = [(k, v) for k, v in parse_qsl(scope["query_string"].decode()) if k != name]
        scope["query_string"] = urlencode(query).encode()
        return scope

    return rewrite


def _jobs(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, dict) and isinstance(body.get("records"), list):
        return [job for job in body["records"] if isinstance(job, dict)]
    return [body] if isinstance(body, dict) and "imsOrgId" in body else []


def _edit_jobs(edit: Callable[[dict[str, Any]], None]) -> ResponseRewrite:
    def rewrite(
        scope: Scope, status: int, headers: Headers, body: bytes
    ) -> tuple[int, Headers, bytes]:
        if status != 200:
            return status, headers, body
        document = orjson.loads(body)
        for job in _jobs(document):
            edit(job)
        return status, headers, orjson.dumps(document)

    return rewrite


def _crash_on_failed_filter(
    scope: Scope, status: int, headers: Headers, body: bytes
) -> tuple[int, Headers, bytes]:
    if b"status=FAILED" in scope["query_string"]:
        return 500, [(b"content-type", b"text/plain")], b"Internal Server Error"
    return status, headers, body


def _created_201(
    scope: Scope, status: int, headers: Headers, body: bytes
) -> tuple[int, Headers, bytes]:
    return (201 if status == 200 and _is(scope, "POST", item=False) else status), headers, body


def _text_plain(
    scope: Scope, status: int, headers: Headers, body: bytes
) -> tuple[int, Headers, bytes]:
    kept = [(k, v) for k, v in headers if k.lower() != b"content-type"]
    return status, [*kept, (b"content-type", b"text/plain")], body


def _one_tenant(scope: Scope) -> Scope:
    headers = [
        (
            k,
            b"SHARED@AdobeOrg"
            if k == b"x-gw-ims-org-id"
            else b"shared"
            if k == b"x-sandbox-name"
            else v,
        )
        for k, v in scope["headers"]
    ]
    scope["headers"] = headers
    return scope


def _cancel_as_read(scope: Scope) -> Scope:
    if _is(scope, "DELETE", item=True):
        scope["method"] = "GET"
        scope["defect.cancelled"] = True
    return scope


def _cancel_answer(
    scope: Scope, status: int, headers: Headers, body: bytes
) -> tuple[int, Headers, bytes]:
    if scope.get("defect.cancelled") and status == 200:
        answer = {"status": True, "message": "Export job has been marked for cancelling"}
        return status, headers, orjson.dumps(answer)
    return status, headers, body


def _no_auth_needed(scope: Scope) -> Scope:
    if not any(k == b"authorization" for k, _ in scope["headers"]):
        scope["headers"] = [*scope["headers"], (b"authorization", b"Bearer contract-token")]
    return scope


def _pop(field: str) -> Callable[[dict[str, Any]], None]:
    return lambda job: job.pop(field, None)


def _id_as_string(job: dict[str, Any]) -> None:
    job["id"] = str(job.get("id"))


def _seconds_not_millis(job: dict[str, Any]) -> None:
    job["creationTime"] = job["creationTime"] // 1000


def _gone(scope: Scope, status: int, headers: Headers, body: bytes) -> tuple[int, Headers, bytes]:
    return (410 if status == 404 and _is(scope, "GET", item=True) else status), headers, body


DEFECTS: dict[str, Defect] = {
    defect.name: defect
    for defect in (
        Defect("server_error", "500 on status=FAILED", response=_crash_on_failed_filter),
        Defect(
            "missing_required_field", "jobs without imsOrgId", response=_edit_jobs(_pop("imsOrgId"))
        ),
        Defect("wrong_type", "job id as a string", response=_edit_jobs(_id_as_string)),
        Defect(
            "seconds_timestamps",
            "creationTime in seconds",
            response=_edit_jobs(_seconds_not_millis),
        ),
        Defect("ignored_status_filter", "status filter ignored", request=_drop_query("status")),
        Defect("ignored_limit", "limit ignored", request=_drop_query("limit")),
        Defect("broken_cursor", "offset ignored", request=_drop_query("offset")),
        Defect("leaked_tenant", "every caller shares one tenant", request=_one_tenant),
        Defect("wrong_status_code", "create answers 201", response=_created_201),
        Defect("undocumented_status", "an unknown id answers 410 Gone", response=_gone),
        Defect("wrong_content_type", "JSON served as text/plain", response=_text_plain),
        Defect("auth_not_enforced", "missing token accepted", request=_no_auth_needed),
        Defect(
            "cancel_without_effect",
            "cancel answers 200 but the job stays",
            request=_cancel_as_read,
            response=_cancel_answer,
        ),
    )
}
