"""What the mock remembers per raw request stays bounded, whatever requests it gets."""

from __future__ import annotations

from starlette.testclient import TestClient

from export_jobs_mock.app import ExportJobsMock


def test_a_hostile_query_is_answered_and_not_remembered(
    mock: ExportJobsMock, client: TestClient
) -> None:
    client.get("export/jobs?limit=5")
    remembered = len(mock._parameters._known)
    hostile = "&".join(f"unknown{n}={'x' * 50}" for n in range(40))
    response = client.get(f"export/jobs?limit=5&{hostile}")
    assert response.status_code == 200
    assert len(mock._parameters._known) == remembered


def test_a_hostile_path_is_answered_and_not_remembered(
    mock: ExportJobsMock, client: TestClient
) -> None:
    remembered = len(mock._routes._matches)
    response = client.get("export/jobs/" + "9" * 2_000)
    assert response.status_code in (400, 404)
    assert response.json()["status"] == response.status_code
    assert len(mock._routes._matches) == remembered
