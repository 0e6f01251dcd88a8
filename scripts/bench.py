"""Benchmarks, each beside its baseline in the same run: ``make bench``.

1. Mock under load (wrk, 2 threads, 32 connections): the list of a tenant's
   10 jobs, a retrieve and a create, against the mock as ``make mock QUIET=1``
   serves it and against a baseline Starlette app on the same server answering
   the same bytes with no validation or state. The two take turns, three rounds
   of each scenario (``BENCH_ROUNDS``), and the ratio is the rounds' median.
   A soak: creates over HTTP far past the retention limits while another load
   lists and fetches, with the resident memory sampled as it goes, the p99 of
   list, get and create at the start and the end, and the evictions.
2. Client: three reads of a 1000-record page (id and status; every field with an
   explicit reader; ``to_dict()``) with the generated models and with pydantic v2
   models generated from the same spec, each beside ``json.loads`` of the same
   bytes (``scripts/bench_client.py``, which also runs alone).
3. Pipeline: ``make generate`` and the drift check.
4. Contract suite: wall time in-process and over HTTP.

Writes ``docs/benchmarks.md`` (the figures the README points to) and
``build/bench/results.json`` (git-ignored), and prints the table.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WRK = shutil.which("wrk") or "wrk"
OUT = ROOT / "build" / "bench"
REPORT = ROOT / "docs" / "benchmarks.md"
#: The client's targets, by read of ``bench_client.READS``.
READ_TARGETS = {"id_status": "≤ 1.5 ×", "every_field": "≤ 2.6 ×", "to_dict": "≤ 1.1 ×"}
#: The targets of the load rows, by scenario.
TARGETS = {"mock list": "≥ 0.7 ×, p99 ≤ 10 ms", "mock create": "≥ 0.5 ×, p99 ≤ 15 ms"}
DURATION = os.environ.get("BENCH_SECONDS", "8")
#: The jobs the listed tenant has: the list run reads them all in one page.
LISTED_JOBS = 10
#: The org the create runs create for (the listed tenant is the gateway headers' own).
CREATE_ORG = "BENCHCREATES@AdobeOrg"
#: Turns of mock and baseline per scenario (see bench_mock).
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
#: Which parts run (comma-separated; all by default): mock, soak, client, pipeline, contract.
PARTS = frozenset(os.environ.get("BENCH_PARTS", "mock,soak,client,pipeline,contract").split(","))
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]
from aep_export_jobs_client.gateway import IMS_ORG, gateway_headers  # noqa: E402
from bench_client import READS, REPEATS, bench_parse  # noqa: E402

HEADERS = gateway_headers(
    access_token="bench-token",  # noqa: S106  (the mock accepts any token)
    api_key="bench-key",
    ims_org="BENCH1234@AdobeOrg",
    sandbox="prod",
)
CREATE_BODY = json.dumps(
    {
        "destination": {"datasetId": "5b7c86968f7b6501e21ba9df"},
        "schema": {"name": "_xdm.context.profile"},
        "filter": {"segments": [{"segmentId": "52c26d0d-45f2-47a2-ab30-ed06abc981ff"}]},
    }
)
BASELINE_APP = """
import sys, json
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route
bodies = json.load(open(sys.argv[1]))
async def serve(request):
    return Response(bodies[request.method], 200, media_type="application/json")
app = Starlette(routes=[Route("/{path:path}", serve, methods=["GET", "POST"])])
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for(port: int) -> None:
    for _ in range(200):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def lua_script(method: str, tenants: int = 1, org: str | None = None) -> str:
    """A wrk script sending ``method`` with the gateway headers, rotating over ``tenants`` orgs
    (or as ``org``)."""
    lines = [f'wrk.headers["{k}"] = "{v}"' for k, v in HEADERS.items()]
    if org is not None:
        lines.append(f'wrk.headers["{IMS_ORG}"] = "{org}"')
    if method == "POST":
        lines += ['wrk.method = "POST"', 'wrk.headers["Content-Type"] = "application/json"']
        lines.append(f"wrk.body = [[{CREATE_BODY}]]")
    if tenants > 1:
        lines += [
            "counter = 0",
            "request = function()",
            "  counter = counter + 1",
            f'  wrk.headers["{IMS_ORG}"] = "SOAK" .. (counter % {tenants}) .. "@AdobeOrg"',
            "  return wrk.format()",
            "end",
        ]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("\n".join(lines))
    return script.name


def wrk(
    url: str,
    method: str,
    *,
    seconds: str = DURATION,
    connections: int = 32,
    threads: int = 2,
    warm_up: bool = True,
    tenants: int = 1,
    org: str | None = None,
) -> dict[str, float]:
    script = lua_script(method, tenants, org)
    base = [WRK, f"-t{threads}", f"-c{connections}", "--latency", "-s", script, url]
    if warm_up:
        subprocess.run([*base[:1], "-d2s", *base[1:]], capture_output=True, check=True)  # noqa: S603
    result = subprocess.run(  # noqa: S603
        [base[0], f"-d{seconds}s", *base[1:]], capture_output=True, text=True, check=True
    )
    os.unlink(script)
    return parse_wrk(result.stdout)


def parse_wrk(text: str) -> dict[str, float]:
    """Throughput and latency percentiles from wrk's ``--latency`` report."""

    def latency(label: str) -> float:
        found = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)", text, re.M)
        assert found, text
        scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[found[2]]
        return float(found[1]) * scale

    rate = re.search(r"Requests/sec:\s+([\d.]+)", text)
    assert rate, text
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return {
        "rps": float(rate[1]),
        "p50_ms": latency("50%"),
        "p99_ms": latency("99%"),
        "non_2xx": float(errors[1]) if errors else 0.0,
    }


def serve(command: list[str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(  # noqa: S603
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for(port)
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def bench_mock() -> list[dict[str, Any]]:
    import httpx

    port = free_port()
    base = f"http://127.0.0.1:{port}/data/core/ups"
    mock = serve([sys.executable, "-m", "export_jobs_mock", "--quiet", "--port", str(port)], port)
    try:
        with httpx.Client(headers=HEADERS) as client:
            for _ in range(LISTED_JOBS):
                job = client.post(f"{base}/export/jobs", json=json.loads(CREATE_BODY)).json()
            listed = client.get(f"{base}/export/jobs").json()
            assert len(listed["records"]) == LISTED_JOBS, listed["page"]
            bodies = {
                "list": client.get(f"{base}/export/jobs").content,
                "get": client.get(f"{base}/export/jobs/{job['id']}").content,
                "create": client.post(f"{base}/export/jobs", json=json.loads(CREATE_BODY)).content,
            }
        urls = {
            "list": (f"{base}/export/jobs", "GET"),
            "get": (f"{base}/export/jobs/{job['id']}", "GET"),
            "create": (f"{base}/export/jobs", "POST"),
        }
        # Each scenario's baseline serves the same bytes, on its own port, for the whole run.
        baselines: dict[str, tuple[subprocess.Popen[bytes], int]] = {}
        app_dir = Path(tempfile.mkdtemp())
        (app_dir / "baseline_app.py").write_text(BASELINE_APP)
        for name, (_, method) in urls.items():
            bodies_file = app_dir / f"{name}.json"
            bodies_file.write_text(json.dumps({method: bodies[name].decode()}))
            port_b = free_port()
            command = [
                sys.executable, "-c",
                f"import sys; sys.argv=['x', {str(bodies_file)!r}]; "
                f"sys.path.insert(0, {str(app_dir)!r}); import uvicorn, baseline_app; "
                f"uvicorn.run(baseline_app.app, port={port_b}, access_log=False, "
                "log_level='warning')",
            ]  # fmt: skip
            baselines[name] = (serve(command, port_b), port_b)
        # Mock and baseline take turns, ROUNDS times: a change of the machine's speed
        # during the run touches both, and the ratio is the median of the rounds'.
        mock_runs: dict[str, list[dict[str, float]]] = {name: [] for name in urls}
        base_runs: dict[str, list[dict[str, float]]] = {name: [] for name in urls}
        mock_rss = base_rss = float("nan")
        try:
            # Scenario by scenario (list and get before create, which adds tens of
            # thousands of jobs), the rounds of each one after the other.
            for name, (url, method) in urls.items():
                for round_number in range(ROUNDS):
                    warm_up = round_number == 0
                    # Creates go to an org of their own: the listed tenant keeps its 10 jobs.
                    org = CREATE_ORG if name == "create" else None
                    mock_runs[name].append(wrk(url, method, warm_up=warm_up, org=org))
                    if name == "list" and round_number == 0:
                        mock_rss = rss_mb(mock.pid)
                    process, port_b = baselines[name]
                    base_url = url.replace(str(port), str(port_b))
                    base_runs[name].append(wrk(base_url, method, warm_up=warm_up, org=org))
                    if name == "list" and round_number == 0:
                        base_rss = rss_mb(process.pid)
        finally:
            for process, _ in baselines.values():
                stop(process)
            shutil.rmtree(app_dir, ignore_errors=True)
    finally:
        stop(mock)
    rows = []
    for name in urls:
        ratios = [
            m["rps"] / b["rps"] for m, b in zip(mock_runs[name], base_runs[name], strict=True)
        ]
        rows.append(
            {
                "scenario": f"mock {name}",
                "mock": _median_run(mock_runs[name]),
                "baseline": _median_run(base_runs[name]),
                "ratio_rps": statistics.median(ratios),
                "ratios": ratios,
                "mock_rss_mb": mock_rss,
                "baseline_rss_mb": base_rss,
            }
        )
    return rows


def _median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    """Each figure of ``runs`` as its median over them."""
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


SOAK_SECONDS = int(os.environ.get("BENCH_SOAK_SECONDS", "30"))
SOAK_TENANTS = 4


def health(base_root: str) -> dict[str, Any]:
    import httpx

    body: dict[str, Any] = httpx.get(f"{base_root}/_mock/health", timeout=10).json()
    return body


def bench_soak() -> dict[str, Any]:
    """Creates far past the limits while reading; RSS over time and p99 at start and end."""
    port = free_port()
    root = f"http://127.0.0.1:{port}"
    base = f"{root}/data/core/ups"
    command = [sys.executable, "-m", "export_jobs_mock", "--quiet", "--port", str(port)]
    mock = serve(command, port)

    def short_run(url: str, method: str = "GET") -> float:
        """p99 in ms of a 3-second run at moderate load (8 connections)."""
        run = wrk(url, method, seconds="3", warm_up=False, connections=8, threads=1)
        return run["p99_ms"]

    def probes() -> dict[str, float]:
        import httpx

        job = httpx.post(f"{base}/export/jobs", json=json.loads(CREATE_BODY), headers=HEADERS)
        return {
            "list_p99_ms": short_run(f"{base}/export/jobs?limit=20"),
            "get_p99_ms": short_run(f"{base}/export/jobs/{job.json()['id']}"),
            "create_p99_ms": short_run(f"{base}/export/jobs", "POST"),
        }

    try:
        start_rss = rss_mb(mock.pid)
        start = probes()
        limits = health(root)["limits"]
        creator = subprocess.Popen(  # noqa: S603
            [WRK, "-t1", "-c16", f"-d{SOAK_SECONDS}s", "-s", lua_script("POST", SOAK_TENANTS),
             f"{base}/export/jobs"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        reader = subprocess.Popen(  # noqa: S603
            [WRK, "-t1", "-c4", f"-d{SOAK_SECONDS}s", "-s", lua_script("GET"),
             f"{base}/export/jobs?limit=100"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        samples: list[dict[str, float]] = []
        began = time.monotonic()
        while creator.poll() is None:
            time.sleep(SOAK_SECONDS / 10)
            state = health(root)
            samples.append(
                {
                    "t_s": round(time.monotonic() - began, 1),
                    "rss_mb": round(rss_mb(mock.pid), 1),
                    "jobs": state["jobs"],
                    "created": state["requests"].get("createExportJob", 0),
                    "evicted": state["evicted"],
                }
            )
        reader.wait()
        end = probes()
        scans = {
            # A filter that matches nothing in a full tenant: the whole tenant is scanned.
            "status_filter_no_match_p99_ms": short_run(
                f"{base}/export/jobs?status=FAILED&limit=1000"
            ),
            "largest_page_p99_ms": short_run(f"{base}/export/jobs?limit=1000"),
            "deep_cursor_p99_ms": short_run(f"{base}/export/jobs?limit=100&offset=1_1"),
        }
        final = health(root)
        end_rss = rss_mb(mock.pid)
    finally:
        stop(mock)
    at_limit = next((x for x in samples if x["jobs"] >= (limits["maxJobs"] or 0)), samples[-1])
    return {
        "limits": limits,
        "created": final["requests"].get("createExportJob", 0),
        "evicted": final["evicted"],
        "jobs_kept": final["jobs"],
        "rss_start_mb": start_rss,
        "rss_at_limit_mb": at_limit["rss_mb"],
        "rss_end_mb": end_rss,
        "samples": samples,
        "start": start,
        "end": end,
        "scans": scans,
    }


def timed(command: list[str], repeats: int, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, capture_output=True, check=True, env=env)  # noqa: S603
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    mock_rows: list[dict[str, Any]] = []
    soak: dict[str, Any] = {}
    if shutil.which("wrk") is None:
        print("wrk is not installed (Debian package 'wrk'); skipping the load benchmarks.")
    else:
        mock_rows = bench_mock() if "mock" in PARTS else []
        soak = bench_soak() if "soak" in PARTS else {}
    results: dict[str, Any] = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
        "mock": mock_rows,
        "soak": soak,
    }
    if "client" in PARTS:
        results["client_parse_1000"] = bench_parse()
    if "pipeline" in PARTS:
        results["generate_median_s"] = timed([sys.executable, "scripts/generate_client.py"], 5)
        check = [sys.executable, "scripts/generate_client.py", "--check"]
        results["drift_check_median_s"] = timed(check, 5)
    if "contract" in PARTS:
        env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'generated'}"}
        suite = [sys.executable, "-m", "pytest", "contract_tests/test_schemathesis.py", "-q"]
        results["contract_in_process_s"] = timed(suite, 1, {**env, "CONTRACT_TARGETS": "mock"})
        results["contract_http_s"] = timed(suite, 1, {**env, "CONTRACT_TARGETS": "mock-http"})
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2))
    text = report(results)
    print(text)
    if "BENCH_PARTS" in os.environ:
        print(f"Only {', '.join(sorted(PARTS))}: {REPORT.relative_to(ROOT)} is left as it was.")
        return 0
    REPORT.write_text(text, encoding="utf-8")
    print(f"Written to {REPORT.relative_to(ROOT)} and {(OUT / 'results.json').relative_to(ROOT)}.")
    return 0


def _ms(value: float) -> str:
    return f"{value:,.2f} ms" if value < 100 else f"{value:,.0f} ms"


def client_rows(parse: dict[str, float]) -> list[tuple[str, str, str]]:
    """The client's and the pydantic peer's reads of a 1000-record page, beside ``json.loads``."""
    base = parse["json_loads_ms"]
    rows = []
    for key, label in READS:
        for who, name in (("client", "client"), ("peer", "pydantic peer")):
            value = parse[f"{who}_{key}_ms"]
            rows.append((
                f"{name}: {label} / `json.loads`",
                READ_TARGETS[key] if who == "client" else "–",
                f"{_ms(value)} vs {_ms(base)} = {value / base:.2f} × (median of {REPEATS})",
            ))  # fmt: skip
    rows.append((
        "the explicit reader alone, over built records / `json.loads`", "–",
        f"client {parse['client_walk_ratio']:.2f} ×, "
        f"pydantic peer {parse['peer_walk_ratio']:.2f} ×",
    ))  # fmt: skip
    rows.append((
        "a built nested object, one read (`job.destination` / `job.id`)",
        "as a plain attribute",
        f"client {parse['client_nested_read_ns']:.0f} ns / {parse['client_plain_read_ns']:.0f} ns; "
        f"peer {parse['peer_nested_read_ns']:.0f} ns / {parse['peer_plain_read_ns']:.0f} ns",
    ))  # fmt: skip
    return rows


def report(results: dict[str, Any]) -> str:
    """docs/benchmarks.md: every figure beside its baseline and target."""
    machine = results["machine"]
    rows: list[tuple[str, str, str]] = []
    for row in results["mock"]:
        m, b = row["mock"], row["baseline"]
        target = TARGETS.get(row["scenario"], "–")
        rows.append((
            f"{row['scenario']} / baseline",
            target,
            f"{m['rps']:,.0f} vs {b['rps']:,.0f} req/s = {row['ratio_rps']:.2f} × "
            f"(rounds {', '.join(f'{ratio:.2f}' for ratio in row['ratios'])}), "
            f"p50 {_ms(m['p50_ms'])}, p99 {_ms(m['p99_ms'])} (baseline p99 {_ms(b['p99_ms'])})",
        ))  # fmt: skip
    if results["mock"]:
        first = results["mock"][0]
        rows.append((
            "mock resident memory (after the list run)", "≤ 80 MB",
            f"{first['mock_rss_mb']:.1f} MB (baseline {first['baseline_rss_mb']:.1f} MB)",
        ))  # fmt: skip
    soak = results["soak"]
    if soak:
        rows.append((
            f"soak: {SOAK_SECONDS} s of creates over {SOAK_TENANTS} tenants while listing",
            "RSS levels off",
            f"{soak['created']:,} created, {soak['evicted']:,} evicted, "
            f"{soak['jobs_kept']:,} kept; "
            f"RSS {soak['rss_start_mb']:.0f} MB at start, {soak['rss_at_limit_mb']:.0f} MB at the "
            f"limit, {soak['rss_end_mb']:.0f} MB at the end",
        ))  # fmt: skip
        start, end = soak["start"], soak["end"]
        rows.append((
            "soak p99 at 8 connections, start → end", "create p99 ≤ 15 ms",
            ", ".join(
                f"{name} {_ms(start[f'{name}_p99_ms'])} → {_ms(end[f'{name}_p99_ms'])}"
                for name in ("list", "get", "create")
            ),
        ))  # fmt: skip
        scans = soak["scans"]
        rows.append((
            "worst paths on a full store (p99)", "bounded",
            f"status filter matching nothing {_ms(scans['status_filter_no_match_p99_ms'])}; "
            f"`limit=1000` {_ms(scans['largest_page_p99_ms'])}; "
            f"deepest cursor {_ms(scans['deep_cursor_p99_ms'])}",
        ))  # fmt: skip
    if "client_parse_1000" in results:
        rows += client_rows(results["client_parse_1000"])
    if "generate_median_s" in results:
        rows += [
            ("`make generate`, median of 5", "≤ 3 s", f"{results['generate_median_s']:.2f} s"),
            ("drift check, median of 5", "≤ 3 s", f"{results['drift_check_median_s']:.2f} s"),
        ]
    if "contract_in_process_s" in results:
        rows += [
            (
                "contract suite (schemathesis part), in-process",
                "≤ 30 s",
                f"{results['contract_in_process_s']:.1f} s",
            ),
            (
                "contract suite (schemathesis part), over HTTP",
                "–",
                f"{results['contract_http_s']:.1f} s",
            ),
        ]
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`scripts/bench.py`); do not edit by hand. Every load figure",
        "stands beside its baseline, measured on the same machine in the same run: read the",
        "ratios, not the absolute numbers. The mock is served as `make mock QUIET=1` serves",
        "it; the baseline is a Starlette app on the same server (uvicorn) answering the same",
        "bytes with no validation or state; 32 connections, "
        f"{DURATION} s runs (wrk) after a 2 s warm-up, mock and baseline taking turns "
        f"{ROUNDS} times: the ratio is the median of the rounds', the other figures the",
        "medians of each side's runs.",
        "",
        f"Last run: {machine['cores']} cores, Python {machine['python']}.",
        "",
        "| benchmark | target | measured |",
        "| --- | --- | --- |",
        *(f"| {name} | {target} | {value} |" for name, target, value in rows),
        "",
    ]
    if not results["mock"] and shutil.which("wrk") is None:
        lines += ["wrk was not installed: the load and soak rows are missing.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
