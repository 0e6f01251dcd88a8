"""The mock's own control API under ``/_mock`` (not part of the export-jobs API).

- ``POST /_mock/reset``: forget every job and fault.
- ``POST /_mock/clock`` with ``{"advanceMs": 5000}``: move the clock forward.
- ``POST /_mock/faults`` with ``{"status": 503, "count": 2, "operationId": "getExportJob",
  "retryAfter": 1}``: answer the next matching requests with that status.
- ``DELETE /_mock/faults``: drop pending faults and lift the throttle.
- ``POST /_mock/throttle`` with ``{"share": 0.25, "retryAfter": 1, "operationId": null}``:
  answer that share of API requests with the gateway's 429 until lifted.
- ``DELETE /_mock/throttle``: lift the throttle.
- ``GET /_mock/health``: liveness, stored jobs, requests per operation, tokens issued,
  requests throttled.

A mock bound to anything but loopback locks this API: it answers ``403`` unless
the request carries ``Authorization: Bearer <control token>`` (``Guard``).
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from export_jobs_mock.clock import Clock
from export_jobs_mock.faults import Fault, Throttle


class Controls(Protocol):
    """What the control API needs of a mock (``ExportJobsMock`` provides it)."""

    @property
    def clock(self) -> Clock: ...

    @property
    def operation_ids(self) -> frozenset[str]: ...

    def reset(self) -> None: ...

    def inject(self, fault: Fault) -> None: ...

    def throttle(self, throttle: Throttle | None) -> None: ...

    def clear_faults(self) -> None: ...

    def health(self) -> dict[str, Any]: ...


PREFIX = "/_mock/"
_MAX_CONTROL_BODY = 4096


def _json(status: int, body: object) -> Response:
    return Response(orjson.dumps(body), status, media_type="application/json")


def _error(detail: str) -> Response:
    return _json(400, {"title": "Bad control request.", "status": 400, "detail": detail})


async def _object_body(request: Request) -> dict[str, Any] | None:
    raw = await request.body()
    if len(raw) > _MAX_CONTROL_BODY:
        return None
    try:
        body = orjson.loads(raw or b"{}")
    except orjson.JSONDecodeError:
        return None
    return body if isinstance(body, dict) else None


def _int_field(body: dict[str, Any], name: str, *, required: bool) -> int | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if type(value) is not int:
        raise ValueError(f"{name} must be an integer")
    return value


def _operation_id(body: dict[str, Any], known: frozenset[str]) -> str | None:
    operation = body.get("operationId")
    if operation is not None and operation not in known:
        raise ValueError(f"operationId must be one of {sorted(known)}")
    return operation if isinstance(operation, str) else None


Handler = Callable[[Request], Awaitable[Response]]


class Guard:
    """Who may use the control API: anyone (loopback), or holders of the control token."""

    def __init__(self, token: str | None, *, open_without_token: bool) -> None:
        self._expected = None if token is None else f"Bearer {token}".encode()
        self._open = open_without_token and token is None

    def allows(self, request: Request) -> bool:
        if self._open:
            return True
        if self._expected is None:
            return False
        given = request.headers.get("authorization", "").encode("latin-1", "replace")
        return hmac.compare_digest(given, self._expected)

    def wrap(self, handler: Handler) -> Handler:
        async def guarded(request: Request) -> Response:
            if not self.allows(request):
                detail = (
                    "This mock is not bound to loopback: its control API needs "
                    "Authorization: Bearer <control token> (--control-token)."
                )
                return _json(403, {"title": "Control API locked.", "status": 403, "detail": detail})
            return await handler(request)

        return guarded


OPEN = Guard(None, open_without_token=True)


def routes(mock: Controls, guard: Guard = OPEN) -> list[Route]:
    async def reset(_: Request) -> Response:
        mock.reset()
        return _json(200, {"reset": True})

    async def clock(request: Request) -> Response:
        body = await _object_body(request)
        if body is None:
            return _error('expected a JSON object such as {"advanceMs": 1000}')
        try:
            advance = _int_field(body, "advanceMs", required=True)
            assert advance is not None
            mock.clock.advance(advance)
        except ValueError as error:
            return _error(str(error))
        return _json(200, {"nowMs": mock.clock.now_ms()})

    async def add_fault(request: Request) -> Response:
        body = await _object_body(request)
        if body is None:
            return _error('expected a JSON object such as {"status": 503}')
        try:
            operation = _operation_id(body, mock.operation_ids)
            count = _int_field(body, "count", required=False)
            fault = Fault(
                status=_int_field(body, "status", required=True) or 0,
                count=1 if count is None else count,
                operation_id=operation,
                retry_after=_int_field(body, "retryAfter", required=False),
            )
        except ValueError as error:
            return _error(str(error))
        mock.inject(fault)
        return _json(200, {"queued": True})

    async def throttle(request: Request) -> Response:
        body = await _object_body(request)
        if body is None:
            return _error('expected a JSON object such as {"share": 0.25}')
        share = body.get("share")
        if not isinstance(share, int | float) or isinstance(share, bool):
            return _error("share must be a number above 0 and at most 1")
        try:
            operation = _operation_id(body, mock.operation_ids)
            retry_after = _int_field(body, "retryAfter", required=False)
            mock.throttle(Throttle(float(share), retry_after, operation))
        except ValueError as error:
            return _error(str(error))
        return _json(200, {"throttling": True})

    async def lift_throttle(_: Request) -> Response:
        mock.throttle(None)
        return _json(200, {"throttling": False})

    async def clear_faults(_: Request) -> Response:
        mock.clear_faults()
        return _json(200, {"cleared": True})

    async def health(_: Request) -> Response:
        return _json(200, mock.health())

    table: list[tuple[str, Handler, str]] = [
        ("/_mock/reset", reset, "POST"),
        ("/_mock/clock", clock, "POST"),
        ("/_mock/faults", add_fault, "POST"),
        ("/_mock/faults", clear_faults, "DELETE"),
        ("/_mock/throttle", throttle, "POST"),
        ("/_mock/throttle", lift_throttle, "DELETE"),
        ("/_mock/health", health, "GET"),
    ]
    return [Route(path, guard.wrap(handler), methods=[method]) for path, handler, method in table]
