"""The `export-jobs` command, run as a subprocess against the mock over HTTP, as users run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.config import FAIL_DATASET_PREFIX
from export_jobs_mock.serving import ServedMock
from tests.client import hostile
from tests.client.conftest import CALLER

ROOT = Path(__file__).resolve().parents[2]


def command_env(served: ServedMock, **environ: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT / "generated"),
        "EXPORT_JOBS_BASE_URL": served.base_url,
        "EXPORT_JOBS_ACCESS_TOKEN": CALLER.token,
        "EXPORT_JOBS_API_KEY": CALLER.api_key,
        "EXPORT_JOBS_IMS_ORG": CALLER.ims_org,
        "EXPORT_JOBS_SANDBOX": CALLER.sandbox,
        **environ,
    }
    return {name: value for name, value in env.items() if value}


COMMAND = [sys.executable, "-m", "aep_export_jobs_client"]


def export_jobs(
    served: ServedMock, *args: str, stdin: str | None = None, **environ: str
) -> subprocess.CompletedProcess[str]:
    run = subprocess.run(  # noqa: S603
        [*COMMAND, *args],
        input=stdin,
        env=command_env(served, **environ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in run.stderr
    assert CALLER.token not in run.stdout + run.stderr
    return run


def created(run: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert run.returncode == 0, run.stderr
    job: dict[str, Any] = json.loads(run.stdout)
    assert job["status"] == "NEW"
    return job


def test_create_from_flags(served: ServedMock, mock: ExportJobsMock) -> None:
    job = created(
        export_jobs(
            served,
            "create",
            "--dataset-id",
            "ds-1",
            "--schema",
            "_xdm.context.profile",
            "--segment",
            "s-1",
            "--segment",
            "s-2",
            "--fields",
            "identities.id",
            "--segment-per-batch",
        )
    )
    assert job["destination"]["datasetId"] == "ds-1"
    assert [s["segmentId"] for s in job["filter"]["segments"]] == ["s-1", "s-2"]
    assert len(job["destination"]["batches"]) == 2
    assert mock.service.store.count() == 1


def test_create_from_a_file_and_from_stdin(
    served: ServedMock, mock: ExportJobsMock, tmp_path: Path
) -> None:
    body = {"destination": {"datasetId": "ds-file"}, "schema": {"name": "_xdm.context.profile"}}
    path = tmp_path / "job.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    assert (
        created(export_jobs(served, "create", str(path)))["destination"]["datasetId"] == "ds-file"
    )
    from_stdin = created(export_jobs(served, "create", "-", stdin=json.dumps(body)))
    assert from_stdin["schema"] == {"name": "_xdm.context.profile"}
    assert mock.service.store.count() == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"schema": {}}', "not an export job"),
    ],
)
def test_a_bad_body_file_is_a_usage_error_and_sends_nothing(
    served: ServedMock, mock: ExportJobsMock, tmp_path: Path, content: str, reason: str
) -> None:
    path = tmp_path / "job.json"
    path.write_text(content, encoding="utf-8")
    run = export_jobs(served, "create", str(path))
    assert run.returncode == 2
    assert reason in run.stderr
    assert mock.served["createExportJob"] == 0


def test_create_needs_a_file_or_the_flags(served: ServedMock, mock: ExportJobsMock) -> None:
    assert export_jobs(served, "create").returncode == 2
    assert export_jobs(served, "create", "--dataset-id", "d").returncode == 2
    assert mock.served["createExportJob"] == 0


def test_list_one_page_or_every_page(served: ServedMock, mock: ExportJobsMock) -> None:
    ids = [
        created(export_jobs(served, "create", "--dataset-id", f"d{n}", "--schema", "s"))["id"]
        for n in range(5)
    ]
    one_page = export_jobs(served, "list", "--limit", "2")
    assert [job["id"] for job in json.loads(one_page.stdout)] == ids[::-1][:2]
    every_page = export_jobs(served, "list", "--limit", "2", "--all")
    assert [job["id"] for job in json.loads(every_page.stdout)] == ids[::-1]
    assert mock.served["listExportJobs"] == 1 + 3


def test_list_as_a_table(served: ServedMock, mock: ExportJobsMock) -> None:
    job = created(export_jobs(served, "create", "--dataset-id", "ds-table", "--schema", "s"))
    run = export_jobs(served, "list", "--output", "table")
    assert run.returncode == 0
    header = run.stdout.splitlines()[0].split()
    assert header[:3] == ["id", "status", "dataset"]
    assert str(job["id"]) in run.stdout
    assert "ds-table" in run.stdout


def test_list_filters_by_status(served: ServedMock, mock: ExportJobsMock) -> None:
    created(export_jobs(served, "create", "--dataset-id", "d", "--schema", "s"))
    assert json.loads(export_jobs(served, "list", "--status", "SUCCEEDED").stdout) == []
    assert len(json.loads(export_jobs(served, "list", "--status", "NEW").stdout)) == 1


def test_get_and_cancel(served: ServedMock, mock: ExportJobsMock) -> None:
    job = created(export_jobs(served, "create", "--dataset-id", "d", "--schema", "s"))
    fetched = export_jobs(served, "get", str(job["id"]))
    assert json.loads(fetched.stdout)["id"] == job["id"]
    as_table = export_jobs(served, "get", str(job["id"]), "--output", "table")
    assert as_table.stdout.split()[:2] == ["id", str(job["id"])]
    cancelled = export_jobs(served, "cancel", str(job["id"]))
    assert json.loads(cancelled.stdout) == {
        "status": True,
        "message": "Export job has been marked for cancelling",
    }
    assert mock.service.store.count() == 0


def test_an_unknown_id_is_an_api_error(served: ServedMock, mock: ExportJobsMock) -> None:
    run = export_jobs(served, "get", "424242")
    assert run.returncode == 3
    assert run.stdout == ""
    lines = run.stderr.splitlines()
    assert 1 <= len(lines) <= 2
    assert "HTTP 404 UPAPI-113000-404" in lines[0]
    assert "request id" in run.stderr


def wait_while_time_passes(
    served: ServedMock, mock: ExportJobsMock, job_id: int
) -> subprocess.CompletedProcess[str]:
    """``wait`` polling while the mock's clock moves on by a second every 0.2 s."""
    with subprocess.Popen(  # noqa: S603
        [*COMMAND, "wait", str(job_id), "--interval", "0.05"],
        env=command_env(served),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        for _ in range(300):  # at most a minute
            if process.poll() is not None:
                break
            time.sleep(0.2)
            if mock.served["getExportJob"]:  # time moves once the first poll has seen NEW
                mock.clock.advance(1_000)
        stdout, stderr = process.communicate(timeout=60)
    assert "Traceback" not in stderr
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def test_wait_until_succeeded(served: ServedMock, mock: ExportJobsMock) -> None:
    job = created(export_jobs(served, "create", "--dataset-id", "d", "--schema", "s"))
    run = wait_while_time_passes(served, mock, job["id"])
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # no terminal: nothing until the end
    assert json.loads(run.stdout)["status"] == "SUCCEEDED"
    assert mock.served["getExportJob"] >= 2  # it polled


def test_wait_for_a_failing_job(served: ServedMock, mock: ExportJobsMock) -> None:
    job = created(
        export_jobs(served, "create", "--dataset-id", f"{FAIL_DATASET_PREFIX}-1", "--schema", "s")
    )
    run = wait_while_time_passes(served, mock, job["id"])
    assert run.returncode == 1
    assert json.loads(run.stdout)["status"] == "FAILED"
    assert "FAILED" in run.stderr


def test_wait_times_out(served: ServedMock, mock: ExportJobsMock) -> None:
    job = created(export_jobs(served, "create", "--dataset-id", "d", "--schema", "s"))
    run = export_jobs(served, "wait", str(job["id"]), "--timeout", "0")
    assert run.returncode == 4
    assert "still NEW" in run.stderr


def test_a_missing_setting_is_named_in_one_line(served: ServedMock, mock: ExportJobsMock) -> None:
    run = export_jobs(served, "list", EXPORT_JOBS_SANDBOX="")
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        "export-jobs: missing environment variables: EXPORT_JOBS_SANDBOX"
    ]
    assert sum(mock.served.values()) == 0


def test_flags_override_the_environment(served: ServedMock, mock: ExportJobsMock) -> None:
    run = export_jobs(
        served, "list", "--sandbox", "prod", "--org", CALLER.ims_org, EXPORT_JOBS_SANDBOX=""
    )
    assert run.returncode == 0, run.stderr
    elsewhere = export_jobs(served, "list", "--base-url", served.base_url + "/nowhere")
    assert elsewhere.returncode == 3


def test_a_network_failure(served: ServedMock) -> None:
    run = export_jobs(served, "list", "--base-url", "http://127.0.0.1:9/data/core/ups")
    assert run.returncode == 5
    assert run.stderr.startswith("export-jobs: network failure: ConnectError")


def test_help_documents_the_exit_codes(served: ServedMock) -> None:
    run = export_jobs(served, "--help")
    assert run.returncode == 0
    for line in (
        "0  success",
        "1  the job ended FAILED",
        "2  usage error",
        "4  wait timed out",
        "5  network failure",
    ):
        assert line in run.stdout


def test_debug_logs_every_request_on_stderr_without_secrets(
    served: ServedMock, mock: ExportJobsMock
) -> None:
    run = export_jobs(served, "list", "--debug")
    assert run.returncode == 0, run.stderr
    assert "DEBUG aep_export_jobs_client.http: GET /data/core/ups/export/jobs?limit=100 -> 200" in (
        run.stderr
    )
    assert "request id " in run.stderr
    assert CALLER.api_key not in run.stderr
    assert json.loads(run.stdout) == []


def test_an_unreadable_answer_is_exit_3_in_one_line(served: ServedMock) -> None:
    with hostile.hostile_server(hostile.answer(200, b"<html>maintenance</html>", "text/html")) as s:
        run = export_jobs(served, "get", "7", "--base-url", s.base_url)
    assert run.returncode == 3
    assert run.stderr.startswith("export-jobs: unreadable answer: HTTP 200 answer (text/html")
    assert "export-jobs: request id hostile-200" in run.stderr
