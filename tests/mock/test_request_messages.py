"""A request as ASGI messages: a body in parts, a client that leaves, the caller's request id.

These call the mock as an ASGI application directly, to send what a test client
does not: a body split over several messages, or none at all.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import MutableMapping
from typing import Any

import pytest
from starlette.testclient import TestClient

from export_jobs_mock.app import ExportJobsMock
from tests.conftest import gateway_headers, job_body

PATH = "/data/core/ups/export/jobs"


def call(mock: ExportJobsMock, messages: list[dict[str, Any]]) -> tuple[int, dict[str, str], Any]:
    """POST to the jobs collection with ``messages`` as what ``receive`` hands out."""
    headers = {**gateway_headers(), "content-type": "application/json"}
    scope = {
        "type": "http",
        "method": "POST",
        "path": PATH,
        "raw_path": PATH.encode(),
        "query_string": b"",
        "headers": [(name.lower().encode(), value.encode()) for name, value in headers.items()],
    }
    pending = list(messages)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(dict(message))

    asyncio.run(mock(scope, receive, send))
    start, body = sent
    answer_headers = {name.decode(): value.decode() for name, value in start["headers"]}
    return start["status"], answer_headers, json.loads(body["body"])


def parts(raw: bytes, size: int) -> list[dict[str, Any]]:
    chunks = [raw[at : at + size] for at in range(0, len(raw), size)]
    return [
        {"type": "http.request", "body": chunk, "more_body": index < len(chunks) - 1}
        for index, chunk in enumerate(chunks)
    ]


def test_a_body_in_parts_is_joined(mock: ExportJobsMock) -> None:
    raw = json.dumps(job_body()).encode()
    status, _, job = call(mock, parts(raw, 7))
    assert status == 200
    assert job["destination"]["datasetId"] == job_body()["destination"]["datasetId"]
    assert mock.service.store.count() == 1


def test_a_body_in_parts_past_the_limit_is_a_413(mock: ExportJobsMock) -> None:
    raw = json.dumps(job_body(fields="x" * (mock.config.max_body_bytes + 10))).encode()
    status, _, problem = call(mock, parts(raw, 64 * 1024))
    assert status == 413
    assert problem["title"] == "The request body is too large."
    assert mock.service.store.count() == 0


def test_a_client_that_leaves_before_its_body_gets_a_400(mock: ExportJobsMock) -> None:
    status, _, problem = call(mock, [{"type": "http.disconnect"}])
    assert status == 400
    assert "A request body is required." in json.dumps(problem)
    assert mock.service.store.count() == 0


def test_a_sane_request_id_of_the_caller_is_echoed(client: TestClient) -> None:
    response = client.post("export/jobs", json=job_body(), headers={"x-request-id": "run-7:a.b"})
    assert response.headers["x-request-id"] == "run-7:a.b"


@pytest.mark.parametrize("hostile", [b"two words", b"x" * 129, "é".encode("latin-1"), b""])
def test_any_other_request_id_is_replaced_by_a_new_one(client: TestClient, hostile: bytes) -> None:
    response = client.get("export/jobs", headers={"x-request-id": hostile})
    assert response.status_code == 200
    assert uuid.UUID(response.headers["x-request-id"]).version == 4


@pytest.mark.parametrize("raw", [b"", b" ", b"\r\n\t "])
def test_an_empty_or_blank_body_is_a_400_that_says_so(mock: ExportJobsMock, raw: bytes) -> None:
    status, _, problem = call(mock, [{"type": "http.request", "body": raw, "more_body": False}])
    assert status == 400
    assert "A request body is required." in json.dumps(problem)
    assert mock.service.store.count() == 0
