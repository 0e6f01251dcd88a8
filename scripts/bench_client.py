"""The client's parsing cost beside ``json.loads`` of the same bytes: part of ``make bench``.

Runs alone too, for quick work on the model templates::

    python scripts/bench_client.py

A 1000-record page built from the guide's job goes through the generated list
operation's response handling (``httpx.Response`` → ``ExportJobList``), as a
user's call does. Every figure is a median over ``REPEATS`` rounds; each round
measures the baseline and every variant one after the other, so a change of the
machine's speed during the run touches them alike.
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]

import attrs  # noqa: E402
import httpx  # noqa: E402
from aep_export_jobs_client import Client  # noqa: E402
from aep_export_jobs_client.api.export_jobs import list_export_jobs  # noqa: E402
from aep_export_jobs_client.jobs import DEFAULT_BASE_URL  # noqa: E402
from aep_export_jobs_client.models import ExportJob, ExportJobList  # noqa: E402

from export_jobs_spec import load_spec  # noqa: E402

REPEATS = 25
RECORDS = 1000
#: (key, what is measured), in the order of the report.
ROWS = (
    ("models", "parse a 1000-record page (records parsed on access)"),
    ("every_record", "… and read every record's id and status"),
    ("to_dict", "`to_dict()` of every record of the page"),
    ("everything", "… and read every field of every record, nested objects included"),
)
#: Walking records that are already built: the part of the "everything" row that is the walk.
WALK = "walk"


def page_bytes() -> bytes:
    job = load_spec().pointer("#/components/examples/GuideExportJob")["value"]
    page = {
        "records": [{**job, "id": n} for n in range(RECORDS)],
        "page": {
            "sortField": "createdTime",
            "sort": "desc",
            "pageOffset": "1_1",
            "pageSize": RECORDS,
        },
        "link": {"next": ""},
    }
    return json.dumps(page).encode()


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    """The attribute names of a generated model, or () for any other type."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        fields = attrs.fields(cls) if attrs.has(cls) else ()
        names = _FIELD_NAMES[cls] = tuple(field.name for field in fields)
    return names


def read_in_full(value: Any) -> int:
    """Read every attribute of ``value``, at every level (each nested object is built).

    Returns how many values were read.
    """
    count = 1
    if type(value) is list:
        for item in value:
            count += read_in_full(item)
    else:
        for name in field_names(type(value)):
            count += read_in_full(getattr(value, name))
    return count


def bench_parse() -> dict[str, float]:
    """Medians in ms of each row of ``ROWS`` and of ``json.loads``, with their ratios."""
    raw = page_bytes()
    client = Client(base_url=DEFAULT_BASE_URL)  # never contacted: responses are built here

    def page() -> ExportJobList:
        response = httpx.Response(200, content=raw)
        parsed = list_export_jobs._build_response(client=client, response=response).parsed
        assert isinstance(parsed, ExportJobList)
        return parsed

    def to_dicts(records: list[ExportJob]) -> list[dict[str, Any]]:
        return [job.to_dict() for job in records]

    def every_record() -> ExportJobList:
        parsed = page()
        seen = [(job.id, job.status) for job in parsed.records]
        assert len(seen) == RECORDS
        return parsed

    def everything() -> ExportJobList:
        parsed = page()
        for job in parsed.records:
            read_in_full(job)
        return parsed

    keys = ("json_loads", WALK, *(key for key, _ in ROWS))
    times: dict[str, list[float]] = {key: [] for key in keys}

    def timed(key: str, work: Callable[[], object]) -> None:
        gc.collect()  # each measurement starts from the same heap: its own garbage is its own cost
        start = time.perf_counter()
        kept = work()
        times[key].append(time.perf_counter() - start)
        del kept  # freeing what was made is not part of making it

    for _ in range(REPEATS):
        timed("json_loads", lambda: json.loads(raw))
        timed("models", page)
        timed("every_record", every_record)
        records: list[ExportJob] = list(page().records)
        timed("to_dict", partial(to_dicts, records))
        timed("everything", everything)
        timed(WALK, partial(read_in_full, list(everything().records)))
    baseline = statistics.median(times["json_loads"])
    results = {"json_loads_ms": baseline * 1000}
    for key in (*(key for key, _ in ROWS), WALK):
        median = statistics.median(times[key])
        results[f"{key}_ms"] = median * 1000
        results[f"{key}_ratio"] = median / baseline
    return results


def main() -> int:
    results = bench_parse()
    base = results["json_loads_ms"]
    print(f"json.loads of the page: {base:.2f} ms (median of {REPEATS})")
    for key, label in ROWS:
        print(f"{label}: {results[f'{key}_ms']:.2f} ms = {results[f'{key}_ratio']:.2f} x")
    print(f"(the walk alone, over built records: {results['walk_ratio']:.2f} x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
