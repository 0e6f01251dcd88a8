"""An independent stand-in of the API that is as lenient as many real services: ``EchoingServer``.

It validates only the two fields it uses (``destination.datasetId`` and
``schema.name`` must be non-empty strings), and stores and echoes every other
field of a create exactly as sent: any type, ``null`` included. Everything
else it does as the spec says (the gateway's headers and errors, cursor
paging, the status filter, ``X-Location``, cancel, 404s, ``x-request-id``), so
a live run against it meets leniency and its echoes, and nothing more.

It is not the project's mock and shares no code with it: a second, simpler
server, so that the contract suite is proven on a server it was not written
next to. ``DEFECTS`` plants faults in it for the fault catalogue: each must
still fail a live run that has the echo rule on.
"""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from collections.abc import Collection
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from export_jobs_spec import load_spec

BASE_PATH = "/data/core/ups"
CANCELLED = {"status": True, "message": "Export job has been marked for cancelling"}
#: The faults the double can carry, by name: what each does.
DEFECTS: dict[str, str] = {
    "retyped_echo": "echoes a correctly sent `fields` string as a list",
    "status_of_invalid": "jobs created from invalid requests report status 42",
    "list_retypes_valid_jobs": "lists report creationTime as a string in jobs of valid requests",
    "cancel_does_nothing": "cancel answers 200 and the job stays",
    "no_x_location": "create answers without X-Location",
    "ignored_status_filter": "the status filter is ignored",
    "crash_on_malformed_json": "a create whose body is not JSON answers 500",
}


def _json(status: int, body: object, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status, headers, media_type="application/json")


def _problem(status: int, code: str, title: str) -> Response:
    error = f"UPAPI-{code}-{status}"
    body = {
        "type": f"https://ns.adobe.com/aep/errors/{error}",
        "title": title,
        "status": status,
        "errors": {str(status): [{"code": error, "message": title}]},
    }
    return _json(status, body)


def _named(value: Any, key: str) -> bool:
    return isinstance(value, dict) and isinstance(value.get(key), str) and bool(value[key])


class EchoingServer:
    """The stand-in as an ASGI app; ``defects`` names faults of ``DEFECTS`` to plant."""

    def __init__(self, token: str, api_key: str, defects: Collection[str] = ()) -> None:
        unknown = set(defects) - set(DEFECTS)
        if unknown:
            raise ValueError(f"no defect of the echoing server named {sorted(unknown)}")
        self.token = token
        self.api_key = api_key
        self.defects = frozenset(defects)
        self._spec = load_spec()
        self._create_schema = self._spec.operation("createExportJob").body_validator
        self._lock = threading.Lock()
        self._ids = itertools.count(5000)
        self._last_ms = 0
        #: tenant → jobs, oldest first; each job with whether its request was valid.
        self._jobs: dict[tuple[str, str], list[tuple[dict[str, Any], bool]]] = {}
        #: HTTP requests served, for the figures of a run.
        self.requests = 0
        jobs = f"{BASE_PATH}/export/jobs"
        self._app = Starlette(
            routes=[
                Route(jobs, self._list, methods=["GET"]),
                Route(jobs + "/", self._list, methods=["GET"]),  # link.next's own form
                Route(jobs, self._create, methods=["POST"]),
                Route(jobs + "/{job_id}", self._get, methods=["GET"]),
                Route(jobs + "/{job_id}", self._cancel, methods=["DELETE"]),
            ]
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.requests += 1

        async def traced(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", uuid.uuid4().hex.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self._app(scope, receive, traced)

    # -- the gateway ---------------------------------------------------------------

    def _tenant(self, request: Request) -> tuple[str, str] | Response:
        authorization = request.headers.get("authorization", "")
        if not authorization:
            return _json(403, self._spec.example("Forbidden", "missingToken"))
        if authorization != f"Bearer {self.token}":
            return _json(401, self._spec.example("Unauthorized", "invalidToken"))
        api_key = request.headers.get("x-api-key", "")
        if not api_key:
            return _json(403, self._spec.example("Forbidden", "missingApiKey"))
        if api_key != self.api_key:
            return _json(403, self._spec.example("Forbidden", "invalidApiKey"))
        org = request.headers.get("x-gw-ims-org-id", "")
        sandbox = request.headers.get("x-sandbox-name", "")
        if not org or not sandbox:
            return _json(400, self._spec.example("BadRequest", "missingOrg"))
        return (org, sandbox)

    # -- the operations ------------------------------------------------------------

    async def _list(self, request: Request) -> Response:
        tenant = self._tenant(request)
        if isinstance(tenant, Response):
            return tenant
        query = request.query_params
        limit = int(query["limit"]) if query.get("limit", "").isdigit() else 100
        limit = limit if 1 <= limit <= 1000 else 100  # lenient: a bad limit is ignored
        status = None if "ignored_status_filter" in self.defects else query.get("status")
        after = _cursor(query.get("offset", ""))
        with self._lock:
            jobs = [
                (job, valid)
                for job, valid in reversed(self._jobs.get(tenant, []))
                if (status is None or job["status"] == status)
                and (after is None or (job["creationTime"], job["id"]) < after)
            ]
        page = jobs[:limit]
        records = [self._listed(job, valid) for job, valid in page]
        meta: dict[str, Any] = {"sortField": "createdTime", "sort": "desc", "pageSize": len(page)}
        link = ""
        if page:
            meta["pageOffset"] = f"{page[-1][0]['creationTime']}_{page[-1][0]['id']}"
        if len(jobs) > limit:
            link = f"/export/jobs/?limit={limit}&offset={meta['pageOffset']}"
            if status is not None:
                link += f"&status={status}"
        return _json(200, {"records": records, "page": meta, "link": {"next": link}})

    def _listed(self, job: dict[str, Any], valid: bool) -> dict[str, Any]:
        if valid and "list_retypes_valid_jobs" in self.defects:
            return {**job, "creationTime": str(job["creationTime"])}
        return job

    async def _create(self, request: Request) -> Response:
        tenant = self._tenant(request)
        if isinstance(tenant, Response):
            return tenant
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return _json(400, self._spec.example("BadRequest", "contentType"))
        try:
            sent = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            if "crash_on_malformed_json" in self.defects:
                return Response("Internal Server Error", 500)
            return _problem(400, "110000", "The body is not valid JSON.")
        if not isinstance(sent, dict):
            return _problem(400, "110000", "The body must be an object.")
        if not (
            _named(sent.get("destination"), "datasetId") and _named(sent.get("schema"), "name")
        ):
            return _problem(400, "110000", "destination.datasetId and schema.name are required.")
        assert self._create_schema is not None
        valid = self._create_schema.is_valid(sent)
        job = self._stored(tenant, sent, valid)
        headers = (
            {}
            if "no_x_location" in self.defects
            else {"X-Location": f"{BASE_PATH}/export/jobs/{job['id']}"}
        )
        return _json(200, job, headers)

    def _stored(self, tenant: tuple[str, str], sent: dict[str, Any], valid: bool) -> dict[str, Any]:
        with self._lock:
            now = max(time.time_ns() // 1_000_000, self._last_ms + 1)
            self._last_ms = now
            job: dict[str, Any] = {
                **sent,  # every field as sent, whatever its type
                "id": next(self._ids),
                "jobType": "BATCH",
                "status": "NEW" if valid or "status_of_invalid" not in self.defects else 42,
                "imsOrgId": tenant[0],
                "creationTime": now,
                "updateTime": now,
                "requestId": uuid.uuid4().hex,
            }
            if "retyped_echo" in self.defects and isinstance(sent.get("fields"), str):
                job["fields"] = [sent["fields"]]
            self._jobs.setdefault(tenant, []).append((job, valid))
        return job

    def _owned(self, request: Request) -> tuple[tuple[str, str], dict[str, Any]] | Response:
        """The caller's tenant and the job the path names, or the answer that refuses it."""
        tenant = self._tenant(request)
        if isinstance(tenant, Response):
            return tenant
        found = self._find(tenant, request.path_params["job_id"])
        if found is None:
            return _problem(404, "113000", "The entity is not found.")
        return tenant, found

    async def _get(self, request: Request) -> Response:
        owned = self._owned(request)
        return owned if isinstance(owned, Response) else _json(200, owned[1])

    async def _cancel(self, request: Request) -> Response:
        owned = self._owned(request)
        if isinstance(owned, Response):
            return owned
        tenant, found = owned
        if "cancel_does_nothing" not in self.defects:
            with self._lock:
                self._jobs[tenant] = [(j, v) for j, v in self._jobs[tenant] if j is not found]
        return _json(200, CANCELLED)

    def _find(self, tenant: tuple[str, str], raw_id: str) -> dict[str, Any] | None:
        if not raw_id.isdigit():
            return None
        with self._lock:
            for job, _ in self._jobs.get(tenant, []):
                if job["id"] == int(raw_id):
                    return job
        return None

    def job_count(self) -> int:
        with self._lock:
            return sum(len(jobs) for jobs in self._jobs.values())


def _cursor(offset: str) -> tuple[int, int] | None:
    created, _, job_id = offset.partition("_")
    if created.isdigit() and job_id.isdigit():
        return (int(created), int(job_id))
    return None
