"""The four operations, on input the HTTP layer has already validated against the spec."""

from __future__ import annotations

import copy
from collections import deque
from typing import Any

from export_jobs_mock.config import FAIL_DATASET_PREFIX, Lifecycle, MockConfig
from export_jobs_mock.encoding import dumps_kept
from export_jobs_mock.ids import job_ids
from export_jobs_mock.lifecycle import rendering_at, status_at, update_ms
from export_jobs_mock.outcomes import Outcome
from export_jobs_mock.replies import Reply, not_found
from export_jobs_mock.store import JobStore, SortKey, StoredJob, Tenant
from export_jobs_spec import Spec

SEED_EXAMPLES = (
    "GuideExportJob",
    "NewExportJob",
    "ProcessingExportJob",
    "FailedExportJob",
    "PerSegmentExportJob",
    "LaterRevisionExportJob",
)
SEED_SANDBOX = "prod"
FINISHED = frozenset({"SUCCEEDED", "FAILED"})


def cursor(job: StoredJob) -> str:
    """The real API's cursor for the record after which the next page starts."""
    return f"{job.created_ms}_{job.id}"


def parse_cursor(offset: str) -> SortKey:
    """``"{creationTimeMs}_{id}"`` as a sort key; the spec's pattern has already checked it."""
    created, _, job_id = offset.partition("_")
    return (int(created), int(job_id))


class ExportJobService:
    """Export jobs of every tenant, advanced by the configured clock."""

    def __init__(self, config: MockConfig, spec: Spec) -> None:
        self.config = config
        self.spec = spec
        self.store = JobStore(
            first_id=config.first_job_id,
            max_jobs=config.max_jobs,
            max_jobs_per_tenant=config.max_jobs_per_tenant,
            finished=lambda job, now_ms: status_at(job, now_ms, config.lifecycle) in FINISHED,
        )
        #: Outcomes for the next jobs created, in order (see ``script_next``).
        self._next_outcomes: deque[Outcome] = deque()
        # The answer the guide documents for a cancel, as the spec's example holds it.
        self._cancelled = dict(spec.operation_example("cancelExportJob", 200, "guide"))
        if config.seed_examples:
            self.seed_examples()

    def seed_examples(self) -> None:
        """Load the spec's example jobs under the organisation they name, in sandbox ``prod``."""
        for name in SEED_EXAMPLES:
            document = copy.deepcopy(self.spec.pointer(f"#/components/examples/{name}")["value"])
            tenant = Tenant(document["imsOrgId"], SEED_SANDBOX)
            self.store.add_fixed(
                StoredJob(
                    id=document["id"],
                    tenant=tenant,
                    created_ms=document["creationTime"],
                    request=b"{}",
                    profile_instance_id=document.get("profileInstanceId", "ups"),
                    request_id=document.get("requestId", ""),
                    export_job_ref="",
                    push_job_ref="",
                    batch_ids=[],
                    fails=False,
                    fixed_document=document,
                )
            )

    def script_next(self, outcome: Outcome) -> None:
        """The next job created (by any tenant) ends as ``outcome`` says."""
        self._next_outcomes.append(outcome)

    def script_job(self, job_id: int, outcome: Outcome) -> bool:
        """Job ``job_id`` ends as ``outcome`` says; False when no tenant has it."""
        job = self.store.find(job_id)
        if job is None:
            return False
        outcome.apply(job)
        return True

    def release(self, job_id: int) -> bool:
        """A held job ends now (or when its lifecycle says, if that is later)."""
        job = self.store.find(job_id)
        if job is None:
            return False
        job.hold_until_ms = self.config.clock.now_ms()
        job.rendered = None
        return True

    def list_jobs(
        self,
        tenant: Tenant,
        limit: int,
        offset: str | None,
        status: str | None,
        *,
        start: int | None = None,
        page: int | None = None,
        sort: str | None = None,
    ) -> Reply:
        numbered = start is not None or page is not None or sort is not None
        if numbered or self.config.paging == "number" or (offset is not None and "_" not in offset):
            return self._numbered_page(tenant, limit, offset, status, start, page, sort)
        now = self.config.clock.now_ms()
        lifecycle = self.config.lifecycle

        def keep(job: StoredJob) -> bool:
            return status_at(job, now, lifecycle) == status

        after = parse_cursor(offset) if offset else None
        jobs, more = self.store.page(tenant, after, limit, keep if status else None)
        meta: dict[str, Any] = {"sortField": "createdTime", "sort": "desc", "pageSize": len(jobs)}
        next_link = ""
        if jobs:
            meta["pageOffset"] = cursor(jobs[-1])
        if more:
            # Every value is an integer, a cursor or an enum value: nothing to escape.
            next_link = f"/export/jobs/?limit={limit}&offset={cursor(jobs[-1])}"
            if status is not None:
                next_link += f"&status={status}"
        return _page_reply(jobs, meta, next_link, now, lifecycle, self.config.newer_shapes)

    def _numbered_page(
        self,
        tenant: Tenant,
        limit: int,
        offset: str | None,
        status: str | None,
        start: int | None,
        page: int | None,
        sort: str | None,
    ) -> Reply:
        """Paging by number, the tutorials' and the Profile API guide's dialect.

        ``offset`` (a number) and ``start`` count jobs to skip, ``page`` counts pages;
        ``link.next`` carries the next page in the same parameter. ``sort`` orders by
        ``updateTime`` or, for any other field, by creation time.
        """
        now = self.config.clock.now_ms()
        lifecycle = self.config.lifecycle
        jobs = [
            job
            for job in self.store.jobs_of(tenant)
            if status is None or status_at(job, now, lifecycle) == status
        ]
        field, _, direction = (sort or "createdTime:desc").partition(":")
        if field == "updateTime":
            jobs.sort(key=lambda job: (update_ms(job, now, lifecycle), job.id))
        if direction != "asc":
            jobs.reverse()
        if start is not None:
            skip, parameter, following = start, "start", start + limit
        elif page is not None:
            skip, parameter, following = page * limit, "page", page + 1
        else:
            skip = int(offset) if offset and "_" not in offset else 0
            parameter, following = "offset", skip + limit
        chunk = jobs[skip : skip + limit]
        meta: dict[str, Any] = {"sortField": field, "sort": direction or "desc"}
        meta["pageSize"] = len(chunk)
        if chunk:
            meta["pageOffset"] = str(skip + len(chunk))
        next_link = ""
        if skip + limit < len(jobs):
            next_link = f"/export/jobs/?limit={limit}&{parameter}={following}"
            next_link += "".join(
                f"&{name}={value}" for name, value in (("status", status), ("sort", sort)) if value
            )
        return _page_reply(chunk, meta, next_link, now, lifecycle, self.config.newer_shapes)

    def create_job(self, tenant: Tenant, body: dict[str, Any], profile_instance: str) -> Reply:
        """Store a new job for ``body``, which the job keeps: pass a fresh parse."""
        request = _with_defaults(body)
        encoded = dumps_kept(request)
        segments = request.get("filter", {}).get("segments", [])
        per_segment = request["destination"]["segmentPerBatch"]

        def build(job_id: int, created_ms: int) -> StoredJob:
            references, batch_ids = job_ids(len(segments) if per_segment else 1)
            job = StoredJob(
                id=job_id,
                tenant=tenant,
                created_ms=created_ms,
                request=encoded,
                profile_instance_id=profile_instance,
                request_id=references[0],
                export_job_ref=references[1],
                push_job_ref=references[2],
                batch_ids=batch_ids,
                fails=request["destination"]["datasetId"].startswith(FAIL_DATASET_PREFIX),
            )
            if self._next_outcomes:
                self._next_outcomes.popleft().apply(job)
            return job

        now = self.config.clock.now_ms()
        job = self.store.create(tenant, now, build)
        location = f"{self.spec.base_path}/export/jobs/{job.id}"
        config = self.config
        rendering = rendering_at(
            job, now, config.lifecycle, newer=config.newer_shapes, keep=False, request=request
        )
        return Reply(200, rendering.document, {"X-Location": location}, wire=rendering.wire)

    def get_job(self, tenant: Tenant, job_id: int) -> Reply:
        job = self.store.get(tenant, job_id)
        if job is None:
            return self._missing(job_id)
        now = self.config.clock.now_ms()
        config = self.config
        rendering = rendering_at(job, now, config.lifecycle, newer=config.newer_shapes)
        return Reply(200, rendering.document, wire=rendering.wire, identity=rendering)

    def cancel_job(self, tenant: Tenant, job_id: int) -> Reply:
        job = self.store.get(tenant, job_id)
        if job is None:
            return self._missing(job_id)
        if self.config.cancel_effect == "gone":
            self.store.remove(tenant, job_id)
        elif job.cancelled_ms is None:
            job.cancelled_ms = self.config.clock.now_ms()
            job.rendered = None
        answer = self.config.cancel_answer or ("204-empty" if self.config.newer_shapes else "200")
        if answer == "204-empty":
            return Reply(204, None)
        return Reply(200, dict(self._cancelled))

    def _missing(self, job_id: int) -> Reply:
        """No such job for this tenant: 404, or 403 when another tenant has it (a reading)."""
        if self.config.other_tenant == "403" and self.store.find(job_id) is not None:
            body = dict(self.spec.example("Forbidden", "missingPermissions"))
            return Reply(403, {**body, "requestId": ""})
        return not_found(job_id)


def _page_reply(
    jobs: list[StoredJob],
    meta: dict[str, Any],
    next_link: str,
    now_ms: int,
    lifecycle: Lifecycle,
    newer: bool,
) -> Reply:
    """A page of ``jobs``; its identity is everything the body is made from."""
    renderings = [rendering_at(job, now_ms, lifecycle, newer=newer) for job in jobs]
    envelope = {"page": meta, "link": {"next": next_link}}
    return Reply(
        200,
        {"records": [rendering.document for rendering in renderings], **envelope},
        # The records go out as they were serialised when last rendered.
        wire={"records": [rendering.wire for rendering in renderings], **envelope},
        identity=(next_link, *meta.items(), *renderings),
    )


def _with_defaults(body: dict[str, Any]) -> dict[str, Any]:
    """The create request with the service's defaults (``segmentNs``, ``segmentPerBatch``).

    ``body`` is the service's own: parsed from this request's bytes, kept by no one else.
    """
    request = body
    request["destination"].setdefault("segmentPerBatch", False)
    for segment in request.get("filter", {}).get("segments", []):
        segment.setdefault("segmentNs", "ups")
    return request
