"""The ASGI application: routing, gateway, validation against the spec, and the control API.

>>> from export_jobs_mock import ManualClock, MockConfig, create_app
>>> mock = create_app(MockConfig(clock=ManualClock()))
>>> mock.spec.base_path
'/data/core/ups'
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.types import Receive, Scope, Send

from export_jobs_mock import control, ims
from export_jobs_mock.bodies import ValidatedBodies
from export_jobs_mock.clock import Clock
from export_jobs_mock.config import MockConfig
from export_jobs_mock.faults import Fault, FaultInjector, Throttle
from export_jobs_mock.gateway import authenticate
from export_jobs_mock.journal import Journal
from export_jobs_mock.outcomes import Outcome
from export_jobs_mock.parsing import ParameterReader, RequestRejected, is_json_media_type, json_body
from export_jobs_mock.replies import Reply, gateway_error, problem, request_id_for, traced
from export_jobs_mock.routing import Routes
from export_jobs_mock.service import ExportJobService
from export_jobs_spec import Operation, Spec, load_spec

log = logging.getLogger("export_jobs_mock")
# Where a request's raw body waits in its ASGI scope for the journal.
_RAW_BODY = "export_jobs_mock.raw_body"
_JSON = b"application/json"


class ContractViolation(AssertionError):
    """The mock was about to send a response the spec does not allow: a bug in the mock."""


class ExportJobsMock:
    """The mock as an ASGI callable, with handles on its state for tests and tools."""

    def __init__(self, config: MockConfig, spec: Spec) -> None:
        self.config = config
        self.spec = spec
        self.faults = FaultInjector()
        #: Requests routed to each operation (whatever their answer), for tests and /_mock/health.
        self.served: Counter[str] = Counter()
        self.service = ExportJobService(config, spec)
        self.issuer = ims.TokenIssuer(
            config.clock, config.token_lifetime_seconds, config.ims_clients
        )
        #: What the mock received, when ``config.record_requests`` asks for it.
        self.journal: Journal | None = Journal() if config.record_requests else None
        #: Bodies validated once, sent again while what they are made from is unchanged.
        self.bodies = ValidatedBodies()
        self._routes = Routes(spec)
        self._parameters = ParameterReader()
        guard = control.Guard(config.control_token, open_without_token=not config.control_locked)
        self._app = Starlette(routes=[*control.routes(self, guard), *ims.routes(self.issuer)])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # API requests skip Starlette's router and middleware: they are most of the
        # traffic, and _serve already turns every failure into a response.
        path: str = scope.get("path", "")
        if scope["type"] == "http" and not path.startswith((control.PREFIX, ims.TOKEN_PATH)):
            response = await self._serve(scope, receive)
            await response(scope, receive, send)
            return
        await self._app(scope, receive, send)

    @property
    def clock(self) -> Clock:
        return self.config.clock

    def reset(self) -> None:
        """Forget every job, fault and recorded request (and reload the seed jobs if configured)."""
        self.service = ExportJobService(self.config, self.spec)
        self.bodies.clear()
        self.faults.clear()
        self.served.clear()
        if self.journal is not None:
            self.journal.clear()

    def script_next(self, outcome: Outcome) -> None:
        """The next job created ends as ``outcome`` says (see ``outcomes``)."""
        self.service.script_next(outcome)

    def script_job(self, job_id: int, outcome: Outcome) -> bool:
        """Job ``job_id`` ends as ``outcome`` says; False when it does not exist."""
        return self.service.script_job(job_id, outcome)

    def release(self, job_id: int) -> bool:
        """A held job ends now; False when it does not exist."""
        return self.service.release(job_id)

    def inject(self, fault: Fault) -> None:
        self.faults.add(fault)

    def throttle(self, throttle: Throttle | None) -> None:
        """Answer a share of API requests with the gateway's 429 (None lifts it)."""
        self.faults.throttle(throttle)

    def clear_faults(self) -> None:
        """Drop pending faults and lift the throttle."""
        self.faults.clear()

    @property
    def operation_ids(self) -> frozenset[str]:
        return frozenset(op.operation_id for op in self.spec.operations)

    def health(self) -> dict[str, Any]:
        """Liveness and counters, as ``GET /_mock/health`` reports them."""
        store = self.service.store
        return {
            "ok": True,
            "jobs": store.count(),
            "tenants": store.tenant_count(),
            "evicted": store.evicted,
            "limits": {
                "maxJobs": self.config.max_jobs,
                "maxJobsPerTenant": self.config.max_jobs_per_tenant,
            },
            "requests": dict(self.served),
            "tokensIssued": self.issuer.issued,
            "throttled": self.faults.throttled,
        }

    async def _serve(self, scope: Scope, receive: Receive) -> RawResponse:
        operation: Operation | None = None
        headers = header_map(scope)
        tracing = request_id_for(headers)
        try:
            operation, reply = await self._dispatch(scope, receive, headers)
            response = self._respond(operation, traced(reply, tracing))
            if self.journal is not None and operation is not None:
                self._record(scope, operation, response.status, tracing)
            return response
        except ContractViolation as violation:
            if self.config.raise_on_contract_violation:
                raise
            log.error("response violates the spec: %s", violation)
            broken = problem(500, 500000, "The mock broke its own contract.", str(violation))
            return self._send(traced(broken, tracing))
        except Exception:
            # Never a traceback to the caller: log it, answer a plain problem.
            log.exception("unexpected error serving %s %s", scope["method"], scope["path"])
            return self._send(traced(problem(500, 500000, "Internal server error."), tracing))

    async def _dispatch(
        self, scope: Scope, receive: Receive, headers: dict[str, str]
    ) -> tuple[Operation | None, Reply]:
        route = self._routes.find(scope["path"], scope["method"])
        if isinstance(route, Reply):
            return None, route
        operation, path_values = route
        self.served[operation.operation_id] += 1
        tenant = authenticate(headers, self.config, self.spec, self.issuer)
        if isinstance(tenant, Reply):
            return operation, tenant
        throttle = self.faults.throttles(operation.operation_id)
        if throttle is not None:
            return operation, self._throttled(throttle)
        fault = self.faults.take(operation.operation_id)
        if fault is not None:
            return operation, self._fault_reply(operation, fault)
        try:
            values = self._parameters.read(operation, path_values, scope["query_string"], headers)
            body = (
                await self._body(operation, scope, receive, headers)
                if operation.body_validator
                else {}
            )
        except RequestRejected as rejected:
            return operation, rejected.reply
        service = self.service
        match operation.operation_id:
            case "listExportJobs":
                return operation, service.list_jobs(
                    tenant,
                    values["limit"],
                    values["offset"],
                    values["status"],
                    start=values["start"],
                    page=values["page"],
                    sort=values["sort"],
                )
            case "createExportJob":
                instance = values.get("x-profile-instance-id") or "ups"
                return operation, service.create_job(tenant, body, instance)
            case "getExportJob":
                return operation, service.get_job(tenant, values["exportJobId"])
            case "cancelExportJob":
                return operation, service.cancel_job(tenant, values["exportJobId"])
        raise AssertionError(f"no handler for {operation.operation_id}")

    def _record(self, scope: Scope, operation: Operation, status: int, tracing: str) -> None:
        assert self.journal is not None
        headers = header_map(scope)
        self.journal.record(
            operation.operation_id,
            scope["method"],
            scope["path"],
            scope["query_string"].decode("latin-1"),
            headers,
            scope.get(_RAW_BODY, b""),
            status,
            tracing,
        )

    async def _body(
        self, operation: Operation, scope: Scope, receive: Receive, headers: dict[str, str]
    ) -> dict[str, Any]:
        if not is_json_media_type(headers.get("content-type")):
            raise RequestRejected(gateway_error(self.spec, 400, "BadRequest", "contentType"))
        limit = self.config.max_body_bytes
        declared = headers.get("content-length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > limit:
            raise RequestRejected(self._too_large(int(declared)))
        raw = await self._read_body(receive, limit)
        if self.journal is not None:
            scope[_RAW_BODY] = raw
        body = json_body(operation, raw)
        assert isinstance(body, dict), "the spec only allows an object here"
        return body

    async def _read_body(self, receive: Receive, limit: int) -> bytes:
        # ASGI messages read straight: Starlette's request stream costs a generator a body.
        message = await receive()
        if message["type"] != "http.request":
            return b""  # the client left before sending anything
        first: bytes = message.get("body", b"")
        if len(first) > limit:
            raise RequestRejected(self._too_large(len(first)))
        if not message.get("more_body", False):
            return first  # the usual body: one message, nothing to join
        received = bytearray(first)
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client left; what arrived is judged as it is
            received += message.get("body", b"")
            if len(received) > limit:
                raise RequestRejected(self._too_large(len(received)))
            if not message.get("more_body", False):
                break
        return bytes(received)

    def _too_large(self, size: int) -> Reply:
        limit = self.config.max_body_bytes
        detail = f"The body has at least {size} bytes; at most {limit} are accepted."
        return problem(413, 110000, "The request body is too large.", detail)

    def _throttled(self, throttle: Throttle) -> Reply:
        reply = gateway_error(self.spec, 429, "TooManyRequests", "gatewayThrottled")
        if throttle.retry_after is not None:
            reply.headers["Retry-After"] = str(throttle.retry_after)
        return reply

    def _fault_reply(self, operation: Operation, fault: Fault) -> Reply:
        headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
        if fault.status in operation.responses:
            reply = problem(fault.status, fault.status * 1000, "Injected fault.")
            reply.headers.update(headers)
            return reply
        return Reply(fault.status, f"{fault.status} injected proxy fault", headers, validate=False)

    def _respond(self, operation: Operation | None, reply: Reply) -> RawResponse:
        """``reply`` as a response, once it is known to be one the spec allows.

        A body the service names by its ``identity`` is validated and encoded the
        first time only (see ``bodies``); every other body, every time.
        """
        if operation is None or not reply.validate:
            return self._send(reply)
        if reply.identity is None:
            self._check(operation, reply)
            return self._send(reply)
        identity = (operation.operation_id, reply.status, reply.identity)
        encoded = self.bodies.get(identity)
        if encoded is not None:
            return RawResponse(reply.status, encoded, _JSON, reply.headers)
        self._check(operation, reply)
        response = self._send(reply)
        self.bodies.put(identity, response.body)
        return response

    @staticmethod
    def _check(operation: Operation, reply: Reply) -> None:
        """Raise ``ContractViolation`` unless the spec allows ``reply`` for ``operation``."""
        if reply.status in operation.bodiless:
            if reply.body is not None:
                raise ContractViolation(f"{operation.operation_id} {reply.status} has a body")
            return
        validator = operation.responses.get(reply.status)
        if validator is None:
            raise ContractViolation(
                f"{operation.operation_id} answered {reply.status}, undocumented in the spec"
            )
        errors = validator.errors(reply.body)
        if errors:
            raise ContractViolation(
                f"{operation.operation_id} {reply.status} body: " + "; ".join(errors)
            )

    @staticmethod
    def _send(reply: Reply) -> RawResponse:
        if reply.body is None:
            return RawResponse(reply.status, b"", None, reply.headers)
        if isinstance(reply.body, str):
            return RawResponse(reply.status, reply.body.encode(), b"text/plain", reply.headers)
        body = reply.body if reply.wire is None else reply.wire
        return RawResponse(reply.status, orjson.dumps(body), _JSON, reply.headers)


def header_map(scope: Scope) -> dict[str, str]:
    """A request's headers by name (ASGI names them in lower case; the last of a name wins)."""
    return {name.decode("latin-1"): value.decode("latin-1") for name, value in scope["headers"]}


#: Response header names as ASGI wants them (lower case, bytes), by the mock's spelling.
_HEADER_NAMES: dict[str, bytes] = {}


class RawResponse:
    """A finished response as two ASGI messages (Starlette's Response does more than needed)."""

    __slots__ = ("body", "headers", "status")

    def __init__(
        self, status: int, body: bytes, media_type: bytes | None, extra: dict[str, str]
    ) -> None:
        self.status = status
        self.body = body
        headers = [] if media_type is None else [(b"content-type", media_type)]
        # A 204 carries neither a body nor a Content-Length (RFC 9110, 8.6).
        if status != 204:
            headers.append((b"content-length", b"%d" % len(body)))
        for name, value in extra.items():
            encoded = _HEADER_NAMES.get(name)
            if encoded is None:  # the mock's own few names: encoded once each
                encoded = _HEADER_NAMES[name] = name.lower().encode()
            headers.append((encoded, value.encode()))
        self.headers = headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


def create_app(config: MockConfig | None = None, *, spec: Spec | None = None) -> ExportJobsMock:
    """Build a mock; every argument has a default fit for local use."""
    return ExportJobsMock(config or MockConfig(), spec or load_spec())
