"""A consumer's project outside the checkout: a fresh venv with the two wheels, its own tests.

The project is the README's example ("Testing your own code") plus a file of
its own; it installs offline from ``make wheelhouse`` and the wheels this test
builds, runs with nothing of the checkout on its path, under pytest and under
pytest-xdist. The wall time of its tests goes to the report (``-rA``), never
into an assertion.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WHEELHOUSE = ROOT / "build" / "wheelhouse"
README = ROOT / "README.md"

MORE_TESTS = """
import asyncio
import os
import subprocess

from aep_export_jobs_client import AsyncExportJobs
from aep_export_jobs_client.models import DestinationCreate, ExportJobCreate, SchemaRef


def body():
    return ExportJobCreate(destination=DestinationCreate(dataset_id="5b7c86968f7b6501e21ba9df"),
                           schema=SchemaRef(name="_xdm.context.profile"))


def test_twenty_concurrent_async_waits(export_jobs_mock):
    export_jobs_mock.set_lifecycle(new_seconds=60, processing_seconds=20 * 60)

    async def export_all():
        async with AsyncExportJobs.from_env() as jobs:
            created = [await jobs.create(body()) for _ in range(20)]
            return await asyncio.gather(*(jobs.wait(job.id) for job in created))

    assert [str(job.status) for job in asyncio.run(export_all())] == ["SUCCEEDED"] * 20


def test_the_command_reaches_the_mock(export_jobs_mock):
    run = subprocess.run(["export-jobs", "list"], env=dict(os.environ), capture_output=True,
                         text=True, check=False)
    assert (run.returncode, run.stdout.strip()) == (0, "[]"), run.stderr


def test_the_spec_comes_from_the_installed_package(export_jobs_mock):
    import export_jobs_spec
    assert "site-packages" in str(export_jobs_spec.SPEC_PATH)
"""


def readme_testing_blocks() -> tuple[str, str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Testing your own code", 1)[1].split("\n## ", 1)[0]
    code, tests = re.findall(r"```python\n(.*?)```", section, re.S)
    return code, tests


def run(*args: str | Path, cwd: Path, env: dict[str, str], timeout: float = 600) -> str:
    done = subprocess.run(  # noqa: S603
        [str(arg) for arg in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


@dataclass(frozen=True)
class Consumer:
    project: Path
    venv: Path
    env: dict[str, str]
    wheels: list[Path]

    def bin(self, name: str) -> Path:
        return self.venv / "bin" / name


@pytest.fixture(scope="module")
def consumer(tmp_path_factory: pytest.TempPathFactory) -> Consumer:
    if not (WHEELHOUSE / ".downloaded").exists():
        pytest.skip("the consumer project installs from build/wheelhouse: run `make wheelhouse`")
    base = tmp_path_factory.mktemp("consumer")
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(base), "PIP_NO_INPUT": "1"}
    dist = base / "dist"
    uv = Path(sys.executable).parent / "uv"
    # The build runs as `make dist` does (the machine's package settings); the
    # consumer's own runs get only PATH and a HOME of their own.
    for source in (ROOT / "generated", ROOT):
        run(
            uv,
            "build",
            "--quiet",
            "--wheel",
            "--out-dir",
            dist,
            source,
            cwd=ROOT,
            env=dict(os.environ),
        )
    wheels = sorted(dist.glob("*.whl"))
    # The client with its `cli` extra, for the export-jobs command.
    wanted = [
        f"{wheel}[cli]" if wheel.name.startswith("aep_export_jobs_client") else str(wheel)
        for wheel in wheels
    ]
    venv = base / "venv"
    run(getattr(sys, "_base_executable", sys.executable), "-m", "venv", venv, cwd=base, env=env)
    run(
        venv / "bin" / "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--no-index",
        "--find-links",
        WHEELHOUSE,
        *wanted,
        "pytest",
        "pytest-xdist",
        cwd=base,
        env=env,
    )
    project = base / "project"
    project.mkdir()
    code, tests = readme_testing_blocks()
    (project / "export_audience.py").write_text(code)
    (project / "test_export_audience.py").write_text(tests)
    (project / "test_more.py").write_text(MORE_TESTS)
    venv_env = {**env, "PATH": f"{venv / 'bin'}:{env['PATH']}"}
    return Consumer(project, venv, venv_env, wheels)


def test_the_wheels_take_no_generic_names(consumer: Consumer) -> None:
    site = next((consumer.venv / "lib").glob("python3.*/site-packages"))
    top_level = {path.name for path in site.iterdir()}
    assert {"aep_export_jobs_client", "export_jobs_mock", "export_jobs_spec"} <= top_level
    assert not {"tests", "contract_tests", "scripts", "codegen"} & top_level
    sizes = {wheel.name: wheel.stat().st_size for wheel in consumer.wheels}
    print("wheel sizes (bytes):", json.dumps(sizes))


def consumer_pytest(consumer: Consumer, *options: str) -> str:
    """The consumer's own suite, run in its venv; its output."""
    python = consumer.bin("python")
    return run(
        python,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        *options,
        cwd=consumer.project,
        env=consumer.env,
    )


def test_the_consumer_suite_passes_offline(consumer: Consumer) -> None:
    started = time.perf_counter()
    out = consumer_pytest(consumer)
    elapsed = time.perf_counter() - started
    assert re.search(r"\b8 passed\b", out), out
    print(f"consumer suite: 8 tests, {elapsed:.2f} s wall time including interpreter start")


def test_the_consumer_suite_passes_under_xdist(consumer: Consumer) -> None:
    out = consumer_pytest(consumer, "-n", "2")
    assert re.search(r"\b8 passed\b", out), out


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_the_mock_command_serves_the_api(consumer: Consumer) -> None:
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603
        [str(consumer.bin("export-jobs-mock")), "--port", str(port), "--quiet"],
        cwd=consumer.project,
        env=consumer.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/data/core/ups/export/jobs",
            headers={
                "Authorization": "Bearer t",
                "x-api-key": "k",
                "x-gw-ims-org-id": "1BD6382559DF0C130A49422D@AdobeOrg",
                "x-sandbox-name": "prod",
            },
        )
        for _ in range(200):
            try:
                with urllib.request.urlopen(request, timeout=5) as answer:  # noqa: S310
                    page = json.loads(answer.read())
                break
            except OSError:
                if server.poll() is not None:
                    raise
                time.sleep(0.05)  # waiting for the server to listen, not for a result
        else:
            pytest.fail("export-jobs-mock did not answer")
        assert page["records"] == []
    finally:
        server.terminate()
        server.wait(timeout=10)
