"""The four operations, on input the HTTP layer has already validated against the spec."""

from __future__ import annotations

import copy
from collections import deque
from typing import Any

import orjson

from export_jobs_mock.config import FAIL_DATASET_PREFIX, MockConfig
from export_jobs_mock.ids import batch_id, request_id
from export_jobs_mock.lifecycle import render, render_with_json, status_at
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
                    request={},
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
        self, tenant: Tenant, limit: int, offset: str | None, status: str | None
    ) -> Reply:
        now = self.config.clock.now_ms()
        lifecycle = self.config.lifecycle

        def keep(job: StoredJob) -> bool:
            return status_at(job, now, lifecycle) == status

        after = parse_cursor(offset) if offset else None
        jobs, more = self.store.page(tenant, after, limit, keep if status else None)
        page: dict[str, Any] = {"sortField": "createdTime", "sort": "desc", "pageSize": len(jobs)}
        next_link = ""
        if jobs:
            page["pageOffset"] = cursor(jobs[-1])
        if more:
            # Every value is an integer, a cursor or an enum value: nothing to escape.
            next_link = f"/export/jobs/?limit={limit}&offset={cursor(jobs[-1])}"
            if status is not None:
                next_link += f"&status={status}"
        rendered = [
            render_with_json(job, now, lifecycle, newer=self.config.newer_shapes) for job in jobs
        ]
        envelope = {"page": page, "link": {"next": next_link}}
        return Reply(
            200,
            {"records": [document for document, _ in rendered], **envelope},
            # The records go out as they were serialised when last rendered.
            wire={"records": [fragment for _, fragment in rendered], **envelope},
        )

    def create_job(self, tenant: Tenant, body: dict[str, Any], profile_instance: str) -> Reply:
        request = _with_defaults(body)
        segments = request.get("filter", {}).get("segments", [])
        per_segment = request["destination"]["segmentPerBatch"]

        def build(job_id: int, created_ms: int) -> StoredJob:
            job = StoredJob(
                id=job_id,
                tenant=tenant,
                created_ms=created_ms,
                request=request,
                profile_instance_id=profile_instance,
                request_id=request_id(),
                export_job_ref=request_id(),
                push_job_ref=request_id(),
                batch_ids=[batch_id() for _ in (segments if per_segment else [None])],
                fails=request["destination"]["datasetId"].startswith(FAIL_DATASET_PREFIX),
            )
            if self._next_outcomes:
                self._next_outcomes.popleft().apply(job)
            return job

        job = self.store.create(tenant, self.config.clock.now_ms(), build)
        location = f"{self.spec.base_path}/export/jobs/{job.id}"
        document = render(
            job, self.config.clock.now_ms(), self.config.lifecycle, self.config.newer_shapes
        )
        return Reply(200, document, {"X-Location": location})

    def get_job(self, tenant: Tenant, job_id: int) -> Reply:
        job = self.store.get(tenant, job_id)
        if job is None:
            return not_found(job_id)
        now = self.config.clock.now_ms()
        return Reply(200, render(job, now, self.config.lifecycle, self.config.newer_shapes))

    def cancel_job(self, tenant: Tenant, job_id: int) -> Reply:
        if not self.store.remove(tenant, job_id):
            return not_found(job_id)
        if self.config.newer_shapes:
            return Reply(204, None)
        return Reply(200, dict(self._cancelled))


def _with_defaults(body: dict[str, Any]) -> dict[str, Any]:
    """The create request with the service's defaults (``segmentNs``, ``segmentPerBatch``)."""
    request: dict[str, Any] = orjson.loads(orjson.dumps(body))  # a deep copy, 5x faster
    request["destination"].setdefault("segmentPerBatch", False)
    for segment in request.get("filter", {}).get("segments", []):
        segment.setdefault("segmentNs", "ups")
    return request
