"""``export-jobs``: list, create, get, cancel and wait for export jobs from a terminal or a script.

Needs the package's ``cli`` extra (click for the command line, rich for tables
and the progress line); the rest of the package never imports this module.
Settings come from the same ``EXPORT_JOBS_*`` variables as ``ExportJobs.from_env``.

Exit codes: 0 success · 1 the job ended FAILED (wait) · 2 usage error or a
missing setting · 3 the API (or IMS) answered an error · 4 wait timed out ·
5 network failure after retries.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TextIO

import click
import httpx
from rich.console import Console
from rich.table import Table

from .exceptions import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    ExportJobFailedError,
    ExportJobsError,
    NetworkError,
    UnreadableResponseError,
    WaitTimeoutError,
)
from .jobs import ExportJobs, build_client_from_env
from .logs import enable as enable_logging
from .models.destination_create import DestinationCreate
from .models.export_job import ExportJob
from .models.export_job_create import ExportJobCreate
from .models.export_job_status import ExportJobStatus
from .models.filter_ import Filter
from .models.list_export_jobs_status import ListExportJobsStatus
from .models.schema_ref import SchemaRef
from .models.segment_filter import SegmentFilter

EXIT_OK = 0
EXIT_JOB_FAILED = 1
EXIT_USAGE = 2
EXIT_API_ERROR = 3
EXIT_TIMEOUT = 4
EXIT_NETWORK = 5
#: What a job can report, and what the API's list filter takes (PROCESSING is filtered here).
STATUSES = tuple(status.value for status in ExportJobStatus)
SERVER_FILTERS = frozenset(status.value for status in ListExportJobsStatus)
EPILOG = """\b
Settings: EXPORT_JOBS_CLIENT_ID and EXPORT_JOBS_CLIENT_SECRET (or
EXPORT_JOBS_ACCESS_TOKEN and EXPORT_JOBS_API_KEY), EXPORT_JOBS_IMS_ORG,
EXPORT_JOBS_SANDBOX, and optionally EXPORT_JOBS_BASE_URL, EXPORT_JOBS_SCOPES,
EXPORT_JOBS_IMS_URL.

\b
Exit codes:
  0  success
  1  the job ended FAILED (wait)
  2  usage error or a missing setting
  3  the API (or IMS) answered an error
  4  wait timed out
  5  network failure after retries
"""


class _Answers:
    """Keeps the body of the API's last answer, so JSON output is exactly what it sent."""

    def __init__(self) -> None:
        self.body: bytes = b""

    def __call__(self, response: httpx.Response) -> None:
        if response.request.url.path.endswith("/token/v3"):
            return  # never keep a token
        response.read()
        self.body = response.content

    def json(self) -> Any:
        return json.loads(self.body) if self.body.strip() else None


class _Session:
    """What every subcommand needs: the facade, the captured answers, the output choice."""

    def __init__(
        self, overrides: Mapping[str, str | None], output: str | None, debug: bool
    ) -> None:
        environ = dict(os.environ)
        names = {
            "base_url": "EXPORT_JOBS_BASE_URL",
            "sandbox": "EXPORT_JOBS_SANDBOX",
            "org": "EXPORT_JOBS_IMS_ORG",
        }
        environ.update({names[key]: value for key, value in overrides.items() if value})
        self.debug = debug
        self.output = output or ("table" if sys.stdout.isatty() else "json")
        self.answers = _Answers()
        self.jobs = ExportJobs(build_client_from_env(environ))
        self.jobs.client.get_httpx_client().event_hooks["response"].append(self.answers)
        self.out = Console(file=sys.stdout, soft_wrap=True)
        self.err = Console(file=sys.stderr, soft_wrap=True)

    def emit(self, document: Any, table: Callable[[Any], Table | str]) -> None:
        if self.output == "json":
            sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
        else:
            self.out.print(table(document))


# -- presentation --------------------------------------------------------------------


def _when(value: Any) -> str:
    if not isinstance(value, int) or isinstance(value, bool):
        return "" if value is None else str(value)
    return datetime.fromtimestamp(value / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _object(job: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = job.get(name)
    return value if isinstance(value, Mapping) else {}


def _dataset(job: Mapping[str, Any]) -> str:
    destination = _object(job, "destination")
    return str(destination.get("datasetId") or destination.get("dataSetId") or "")


def _jobs_table(records: Any) -> Table:
    table = Table("id", "status", "dataset", "schema", "created", "updated", box=None)
    for job in records if isinstance(records, list) else []:
        schema = _object(job, "schema")
        table.add_row(
            str(job.get("id", "")),
            str(job.get("status", "")),
            _dataset(job),
            str(schema.get("name", "")),
            _when(job.get("creationTime")),
            _when(job.get("updateTime")),
        )
    return table


def _metrics(job: Mapping[str, Any]) -> str:
    metrics = job.get("metrics")
    if not isinstance(metrics, Mapping):
        return ""
    parts = []
    total = metrics.get("totalTime")
    if isinstance(total, Mapping) and isinstance(total.get("totalTimeInMs"), int):
        parts.append(f"{total['totalTimeInMs'] / 1000:g} s")
    if isinstance(metrics.get("totalExportedProfileCounter"), int):
        parts.append(f"{metrics['totalExportedProfileCounter']} profiles")
    return ", ".join(parts)


def _job_table(job: Any) -> Table:
    table = Table(show_header=False, box=None)
    if not isinstance(job, Mapping):
        return table
    schema = _object(job, "schema")
    rows = [
        ("id", job.get("id")),
        ("status", job.get("status")),
        ("dataset", _dataset(job)),
        ("schema", schema.get("name")),
        ("created", _when(job.get("creationTime"))),
        ("updated", _when(job.get("updateTime"))),
        ("metrics", _metrics(job)),
        (
            "errors",
            "; ".join(
                str(e.get("msg", e)) for e in job.get("errors") or [] if isinstance(e, Mapping)
            ),
        ),
    ]
    for name, value in rows:
        if value not in (None, ""):
            table.add_row(name, str(value))
    return table


def _cancel_line(document: Any) -> str:
    message = document.get("message") if isinstance(document, Mapping) else None
    return str(message or "Export job has been marked for cancelling")


# -- error handling ------------------------------------------------------------------


def _fail(stream: TextIO, code: int, *lines: str) -> None:
    for line in lines:
        stream.write(f"export-jobs: {line}\n")
    raise SystemExit(code)


@contextmanager
def _reported(debug: bool) -> Iterator[None]:
    """Each failure as one or two lines and its exit code; a traceback only with ``--debug``."""
    try:
        yield
    except (SystemExit, click.exceptions.Exit, click.ClickException):
        raise
    except Exception as error:
        if debug:
            traceback.print_exc()
        if isinstance(error, ConfigurationError):
            _fail(sys.stderr, EXIT_USAGE, str(error))
        if isinstance(error, ApiError):
            code = f" {error.error_code}" if error.error_code else ""
            message = " ".join(error.message.split())[:300]
            extra = [f"request id {error.request_id}"] if error.request_id else []
            _fail(sys.stderr, EXIT_API_ERROR, f"HTTP {error.status_code}{code}: {message}", *extra)
        if isinstance(error, AuthenticationError):
            _fail(sys.stderr, EXIT_API_ERROR, str(error))
        if isinstance(error, NetworkError):
            _fail(sys.stderr, EXIT_NETWORK, f"network failure: {error}")
        if isinstance(error, UnreadableResponseError):
            extra = [f"request id {error.request_id}"] if error.request_id else []
            _fail(sys.stderr, EXIT_API_ERROR, f"unreadable answer: {error}", *extra)
        if isinstance(error, ExportJobsError):
            _fail(sys.stderr, EXIT_API_ERROR, str(error))
        # Anything else means an answer the client could not read.
        _fail(
            sys.stderr,
            EXIT_API_ERROR,
            f"unreadable answer: {type(error).__name__}: {error} (--debug shows where)",
        )


# -- the command ---------------------------------------------------------------------


def _settings(function: Callable[..., Any]) -> Callable[..., Any]:
    """The options every subcommand takes, so they can follow it on the command line."""
    options = [
        click.option("--base-url", help="The API (default: EXPORT_JOBS_BASE_URL, else Adobe's)."),
        click.option("--sandbox", help="The sandbox (default: EXPORT_JOBS_SANDBOX)."),
        click.option("--org", help="The organisation (default: EXPORT_JOBS_IMS_ORG)."),
        click.option(
            "--output",
            type=click.Choice(["json", "table"]),
            help="json (the API's own JSON) or table; default: table on a terminal, else json.",
        ),
        click.option(
            "--debug",
            is_flag=True,
            help="Log every request, resend and token fetch on standard error (never a secret), "
            "and show a traceback on failure.",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _session(settings: dict[str, Any]) -> _Session:
    debug = bool(settings.pop("debug"))
    if debug:
        enable_logging(logging.DEBUG)
    output = settings.pop("output")
    with _reported(debug):
        return _Session(settings, output, debug)


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Start, watch and cancel Adobe Experience Platform export jobs."""


@main.command("list", epilog=EPILOG)
@click.option("--status", type=click.Choice(STATUSES), help="Only jobs with this status.")
@click.option(
    "--limit", type=click.IntRange(1, 1000), default=100, show_default=True, help="Jobs per page."
)
@click.option("--all", "every_page", is_flag=True, help="Follow the cursor through every page.")
@_settings
def list_jobs(status: str | None, limit: int, every_page: bool, **settings: Any) -> None:
    """List export jobs, newest first (JSON: a list of jobs)."""
    session = _session(settings)
    server_status = status if status in SERVER_FILTERS else None
    records: list[Any] = []
    with _reported(session.debug):
        if every_page:
            for _ in session.jobs.pages(status=server_status, page_size=limit):
                records += session.answers.json()["records"]
        else:
            session.jobs.list_page(status=server_status, limit=limit)
            records = session.answers.json()["records"]
    if status is not None and status not in SERVER_FILTERS:
        records = [
            job for job in records if isinstance(job, Mapping) and job.get("status") == status
        ]
    session.emit(records, _jobs_table)


def _body_from_file(source: str) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if source == "-" else open(source, encoding="utf-8").read()  # noqa: SIM115
    except OSError as error:
        raise click.BadParameter(
            f"cannot read {source}: {error.strerror}", param_hint="FILE"
        ) from None
    try:
        document = json.loads(text)
    except ValueError as error:
        name = "standard input" if source == "-" else source
        raise click.BadParameter(f"{name} is not valid JSON: {error}", param_hint="FILE") from None
    if not isinstance(document, dict):
        raise click.BadParameter("the body must be a JSON object", param_hint="FILE")
    return document


@main.command(epilog=EPILOG)
@click.argument("file", required=False)
@click.option("--dataset-id", help="The dataset to export into.")
@click.option(
    "--schema", "schema_name", help="The schema of the export, e.g. _xdm.context.profile."
)
@click.option("--segment", "segments", multiple=True, help="A segment to export (repeatable).")
@click.option("--fields", help="Comma-separated profile fields to export.")
@click.option("--segment-per-batch", is_flag=True, help="Write each segment as a batch of its own.")
@_settings
def create(
    file: str | None,
    dataset_id: str | None,
    schema_name: str | None,
    segments: tuple[str, ...],
    fields: str | None,
    segment_per_batch: bool,
    **settings: Any,
) -> None:
    """Create an export job from FILE (a JSON body, or - for standard input) or from flags."""
    flags_used = bool(dataset_id or schema_name or segments or fields or segment_per_batch)
    if file is not None and flags_used:
        raise click.UsageError("give either FILE or the flags, not both")
    if file is not None:
        document = _body_from_file(file)
        try:
            body = ExportJobCreate.from_dict(document)
        except (KeyError, TypeError, ValueError) as error:
            raise click.BadParameter(f"not an export job: {error}", param_hint="FILE") from None
    else:
        if not dataset_id or not schema_name:
            raise click.UsageError("give FILE, or at least --dataset-id and --schema")
        body = ExportJobCreate(
            destination=DestinationCreate(
                dataset_id=dataset_id, segment_per_batch=segment_per_batch
            ),
            schema=SchemaRef(name=schema_name),
        )
        if segments:
            body.filter_ = Filter(segments=[SegmentFilter(segment_id=s) for s in segments])
        if fields:
            body.fields = fields
    session = _session(settings)
    with _reported(session.debug):
        session.jobs.create(body)
    session.emit(session.answers.json(), _job_table)


def _on_one_job(function: Callable[..., Any]) -> Callable[..., Any]:
    """A subcommand about one job: its ``ID`` argument and the common options."""
    argument = click.argument("job_id", metavar="ID", type=click.IntRange(0))
    command: Callable[..., Any] = main.command(epilog=EPILOG)(argument(_settings(function)))
    return command


@_on_one_job
def get(job_id: int, **settings: Any) -> None:
    """Show one export job."""
    session = _session(settings)
    with _reported(session.debug):
        session.jobs.get(job_id)
    session.emit(session.answers.json(), _job_table)


@_on_one_job
def cancel(job_id: int, **settings: Any) -> None:
    """Cancel (delete) an export job."""
    session = _session(settings)
    with _reported(session.debug):
        result = session.jobs.cancel(job_id)
    document = session.answers.json() or result.to_dict()  # a 204 has no body
    session.emit(document, _cancel_line)


class _Progress:
    """The live status line of ``wait`` on a terminal: status, elapsed time, metrics."""

    def __init__(self, console: Console, job_id: int) -> None:
        self._console = console
        self._job_id = job_id
        self._started = time.monotonic()
        self._state = "waiting for the first answer"
        self._status = console.status(self._text())

    def _text(self) -> str:
        elapsed = time.monotonic() - self._started
        return f"export job {self._job_id}: {self._state} · {elapsed:.0f} s"

    def __enter__(self) -> _Progress:
        self._status.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._status.__exit__(None, None, None)

    def polled(self, job: ExportJob) -> None:
        metrics = _metrics(job.to_dict())
        self._state = str(job.status) + (f" · {metrics}" if metrics else "")
        self._status.update(self._text())

    def sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            time.sleep(min(left, 0.25))
            self._status.update(self._text())


@_on_one_job
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=3600.0,
    show_default=True,
    help="Seconds to wait at most.",
)
@click.option(
    "--interval",
    type=click.FloatRange(min=0.01),
    default=5.0,
    show_default=True,
    help="Seconds between the first polls (the pause doubles, up to 60 s).",
)
def wait(job_id: int, timeout: float, interval: float, **settings: Any) -> None:
    """Poll an export job until it ends; exit 1 if it FAILED, 4 on timeout."""
    session = _session(settings)
    live = session.err.is_terminal

    def run(progress: _Progress | None) -> None:
        session.jobs.wait(
            job_id,
            timeout=timeout,
            poll_interval=interval,
            sleep=progress.sleep if progress else time.sleep,
            on_poll=progress.polled if progress else None,
        )

    with _reported(session.debug):
        try:
            if live:
                with _Progress(session.err, job_id) as progress:
                    run(progress)
            else:
                run(None)
        except ExportJobFailedError as failed:
            session.emit(session.answers.json(), _job_table)
            _fail(sys.stderr, EXIT_JOB_FAILED, f"export job {failed.job.id} FAILED")
        except WaitTimeoutError as late:
            _fail(sys.stderr, EXIT_TIMEOUT, str(late))
    session.emit(session.answers.json(), _job_table)
