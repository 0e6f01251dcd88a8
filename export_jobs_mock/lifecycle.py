"""A job's state at a moment: status, update time, metrics and errors follow from the clock."""

from __future__ import annotations

from typing import Any

import orjson

from export_jobs_mock.config import Lifecycle
from export_jobs_mock.encoding import dumps_kept
from export_jobs_mock.store import Rendering, StoredJob

_FAILURE = {
    "code": "0100000003",
    "msg": "Error in Export Job",
    "callStack": "com.adobe.aep.unifiedprofile.common.logging.Logger",
}


def update_ms(job: StoredJob, now_ms: int, lifecycle: Lifecycle) -> int:
    """The job's ``updateTime`` at ``now_ms``: when it last changed status."""
    status = status_at(job, now_ms, lifecycle)
    if status == "NEW":
        return job.created_ms
    if status == "PROCESSING":
        return job.created_ms + lifecycle.new_ms
    return finish_ms(job, lifecycle)


def finish_ms(job: StoredJob, lifecycle: Lifecycle) -> int:
    """When the job ends: after its lifecycle, or later when a test holds it."""
    return max(job.created_ms + lifecycle.new_ms + lifecycle.processing_ms, job.hold_until_ms)


def status_at(job: StoredJob, now_ms: int, lifecycle: Lifecycle) -> str:
    """The job's status at ``now_ms``."""
    if job.fixed_document is not None:
        return str(job.fixed_document["status"])
    if job.cancelled_ms is not None:  # a marked cancel stopped it where it was
        now_ms = min(now_ms, job.cancelled_ms)
    if now_ms < job.created_ms + lifecycle.new_ms:
        return "NEW"
    if now_ms < finish_ms(job, lifecycle):
        return "PROCESSING"
    return "FAILED" if job.fails else "SUCCEEDED"


def _span(start: int, end: int) -> dict[str, int]:
    return {"startTimeInMs": start, "endTimeInMs": end, "totalTimeInMs": end - start}


def rendering_at(
    job: StoredJob,
    now_ms: int,
    lifecycle: Lifecycle,
    *,
    newer: bool = False,
    keep: bool = True,
    request: dict[str, Any] | None = None,
) -> Rendering:
    """The job's ``Rendering`` at ``now_ms``: the cached one while its status and the
    lifecycle it was rendered with still hold.

    ``keep=False`` renders without caching: for a job just created, whose first
    rendering may never be asked for again. A job that is created and never read
    then holds no document, and its eviction frees a dozen fewer objects, all of
    them long out of the processor's caches by then. ``request`` is the job's
    request already parsed, when the caller has it (``job.request`` otherwise).
    """
    status = status_at(job, now_ms, lifecycle)
    cached = job.rendered
    if cached is not None and cached.status == status and cached.lifecycle is lifecycle:
        return cached
    if job.fixed_document is not None:
        document = job.fixed_document
    else:
        parsed = orjson.loads(job.request) if request is None else request
        document = _build(job, parsed, status, lifecycle, newer)
    rendering = Rendering(status, lifecycle, document, orjson.Fragment(dumps_kept(document)))
    if keep:
        job.rendered = rendering
    return rendering


def _batch_status(statuses: list[str], newer: bool) -> list[str] | str:
    # Later revisions send a lone membership as a single value, e.g. "exited".
    return statuses[0] if newer and len(statuses) == 1 else statuses


def _build(
    job: StoredJob, request: dict[str, Any], status: str, lifecycle: Lifecycle, newer: bool
) -> dict[str, Any]:
    destination: dict[str, Any] = dict(request["destination"])
    if destination["segmentPerBatch"]:
        segments = request.get("filter", {}).get("segments", [])
        destination["batches"] = [
            {
                "segmentId": segment["segmentId"],
                "segmentNs": segment["segmentNs"],
                "status": _batch_status(segment.get("status", ["realized", "existing"]), newer),
                "batchId": batch_id,
            }
            for segment, batch_id in zip(segments, job.batch_ids, strict=True)
        ]
    else:
        destination["batchId"] = job.batch_ids[0]
    document: dict[str, Any] = {
        "id": job.id,
        "jobType": "BATCH",
        "status": status,
        "destination": destination,
        "schema": request["schema"],
        "imsOrgId": job.tenant.ims_org,
        "profileInstanceId": job.profile_instance_id,
        "creationTime": job.created_ms,
        "updateTime": job.created_ms,
        "requestId": job.request_id,
    }
    for optional in ("fields", "filter", "additionalFields", "mergePolicy", "evaluationInfo"):
        if optional in request:
            document[optional] = request[optional]
    if status == "NEW":
        # As the guides' examples show a job that has just been created.
        document["metrics"] = {"totalTime": {"startTimeInMs": job.created_ms}}
        document["computeGatewayJobId"] = {}
        return document
    started = job.created_ms + lifecycle.new_ms
    finished = finish_ms(job, lifecycle)
    document["computeGatewayJobId"] = {"exportJob": job.export_job_ref}
    document["updateTime"] = started
    if status == "PROCESSING":
        return document
    document["updateTime"] = finished
    if status == "FAILED":
        if "batchId" in destination:
            destination["batchId"] = ""  # as the guide's failed job shows
        document["errors"] = [_FAILURE] if job.errors is None else job.errors
        document["metrics"] = {"totalTime": _span(started, finished)}
        return document
    written = started + (finished - started) * 3 // 4
    if newer:
        # Profile counters instead of the dataset-write step, and no push job.
        profiles = 100 + job.id % 900
        document["metrics"] = {
            "totalTime": _span(started, finished),
            "profileExportTime": _span(started, finished),
            "totalExportedProfileCounter": profiles,
            "exportedProfileByNamespaceCounter": {"ECID": profiles},
        }
        return document
    document["computeGatewayJobId"]["pushJob"] = job.push_job_ref
    document["metrics"] = {
        "totalTime": _span(started, finished),
        "profileExportTime": _span(started, written),
        "aCPDatasetWriteTime": _span(written, finished),
    }
    return document
