"""The client's parsing cost beside ``json.loads`` of the same bytes, and beside a peer.

Part of ``make bench``; runs alone too, for quick work on the model templates::

    python scripts/bench_client.py

A 1000-record page built from the guide's job goes through the generated list
operation's response handling (``httpx.Response`` → ``ExportJobList``), as a
user's call does. The peer is pydantic v2 models generated from the same spec
by datamodel-code-generator (``peer_models``), parsing the same bytes with
``model_validate_json``. Each gets the same three reads:

- every record's ``id`` and ``status``;
- every field of every record, nested objects included, by an explicit reader:
  straight attribute access over every field, one function generated per model
  (``readers``), the code a consumer exporting a page to a table would write;
- ``to_dict()`` of every record (the peer's ``model_dump(mode="json")``).

Every figure is a median over ``REPEATS`` rounds; each round measures the
baseline and every variant one after the other, so a change of the machine's
speed during the run touches them alike.
"""

from __future__ import annotations

import collections.abc
import gc
import hashlib
import importlib.util
import json
import shutil
import statistics
import subprocess
import sys
import time
import timeit
import typing
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]

import attrs  # noqa: E402
import httpx  # noqa: E402
from aep_export_jobs_client import Client, models  # noqa: E402
from aep_export_jobs_client.api.export_jobs import list_export_jobs  # noqa: E402
from aep_export_jobs_client.jobs import DEFAULT_BASE_URL  # noqa: E402
from aep_export_jobs_client.models import ExportJob, ExportJobList  # noqa: E402

from export_jobs_spec import SPEC_PATH, load_spec  # noqa: E402

REPEATS = 25
RECORDS = 1000
PEER_DIR = ROOT / "build" / "bench" / "peer"
#: The peer's generator and its options (pydantic v2, the spec's own names in snake case).
PEER_OPTIONS = (
    "--input-file-type", "openapi",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--target-python-version", "3.11",
    "--snake-case-field",
    "--collapse-root-models",
    "--disable-timestamp",
    "--formatters", "black", "isort",
)  # fmt: skip
#: (key, what is measured), in the order of the report; each has a client and a peer figure.
READS = (
    ("id_status", "parse the page and read every record's id and status"),
    ("every_field", "parse the page and read every field of every record (explicit reader)"),
    ("to_dict", "`to_dict()` of every record of a parsed page (the peer's `model_dump`)"),
)
Reader = Callable[[Any], int]


def page_bytes() -> bytes:
    job = load_spec().pointer("#/components/examples/GuideExportJob")["value"]
    page = {
        "records": [{**job, "id": n + 1} for n in range(RECORDS)],
        "page": {
            "sortField": "createdTime",
            "sort": "desc",
            "pageOffset": "1_1",
            "pageSize": RECORDS,
        },
        "link": {"next": ""},
    }
    return json.dumps(page).encode()


def peer_models() -> ModuleType:
    """The pydantic peer, generated from the spec (again only when the spec changed)."""
    target = PEER_DIR / "export_jobs_peer.py"
    stamp = PEER_DIR / "spec.sha"
    digest = _digest(SPEC_PATH)
    if not target.exists() or not stamp.exists() or stamp.read_text() != digest:
        PEER_DIR.mkdir(parents=True, exist_ok=True)
        generator = shutil.which("datamodel-codegen", path=str(Path(sys.executable).parent))
        if generator is None:
            raise SystemExit("datamodel-codegen is missing: `make setup` installs the bench extra")
        command = [generator, "--input", str(SPEC_PATH), "--output", str(target), *PEER_OPTIONS]
        subprocess.run(command, check=True, capture_output=True)  # noqa: S603
        stamp.write_text(digest)
    spec = importlib.util.spec_from_file_location("export_jobs_peer", target)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["export_jobs_peer"] = module
    spec.loader.exec_module(module)
    return module


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def readers(classes: dict[type, dict[str, Any]]) -> dict[type, Reader]:
    """One generated reader per model: ``value.<field>`` for every field, in order.

    ``classes`` gives each model's fields with their declared types. A field
    declared as a model (or a list of models) is handed to that model's reader
    when it holds one; every other field is read and counted. The readers return
    how many values they read. Client and peer readers are made alike from their
    own declarations, so the two rows compare the models, not the readers.
    """
    found: dict[type, Reader] = {}
    namespace: dict[str, Any] = {}
    for index, cls in enumerate(classes):
        namespace[f"M{index}"] = cls
    number = {cls: index for index, cls in enumerate(classes)}
    for cls, fields in classes.items():
        lines = [f"def read_{number[cls]}(value):", "    count = 1"]
        for name, declared in fields.items():
            nested = [inner for inner in _models_in(declared) if inner in number]
            lines.append(f"    item = value.{name}")
            if not nested:
                lines.append("    count += 1")
                continue
            inner = nested[0]
            if _is_list(declared):
                lines += [
                    "    if type(item) is list:",
                    f"        for element in item: count += read_{number[inner]}(element)",
                    "    else: count += 1",
                ]
            else:
                lines += [
                    f"    if type(item) is M{number[inner]}: count += read_{number[inner]}(item)",
                    "    else: count += 1",
                ]
        lines.append("    return count")
        exec("\n".join(lines), namespace)  # noqa: S102  (source built from field names above)
        found[cls] = namespace[f"read_{number[cls]}"]
    return found


def _models_in(declared: Any) -> list[type]:
    """The classes a declared type names, at any depth (``list[X] | Unset`` → [X, ...])."""
    args = typing.get_args(declared)
    if not args:
        return [declared] if isinstance(declared, type) else []
    return [found for arg in args for found in _models_in(arg)]


def _is_list(declared: Any) -> bool:
    if typing.get_origin(declared) in (list, collections.abc.Sequence):
        return True
    return any(_is_list(arg) for arg in typing.get_args(declared))


def client_readers() -> dict[type, Reader]:
    namespace = {**vars(models), "Sequence": collections.abc.Sequence}
    classes = {
        cls: {
            field.name: typing.get_type_hints(cls, localns=namespace)[field.name]
            for field in attrs.fields(cls)
        }
        for cls in vars(models).values()
        if isinstance(cls, type) and attrs.has(cls)
    }
    return readers(classes)


def peer_readers(peer: ModuleType) -> dict[type, Reader]:
    from pydantic import BaseModel

    classes = {
        cls: {name: field.annotation for name, field in cls.model_fields.items()}
        for cls in vars(peer).values()
        if isinstance(cls, type) and issubclass(cls, BaseModel) and cls is not BaseModel
    }
    return readers(classes)


def bench_parse() -> dict[str, float]:
    """Medians in ms of every read for the client and the peer, beside ``json.loads``."""
    raw = page_bytes()
    client = Client(base_url=DEFAULT_BASE_URL)  # never contacted: responses are built here
    peer = peer_models()
    read_client = client_readers()
    read_peer = peer_readers(peer)

    def client_page() -> ExportJobList:
        response = httpx.Response(200, content=raw)
        parsed = list_export_jobs._build_response(client=client, response=response).parsed
        assert isinstance(parsed, ExportJobList)
        return parsed

    def peer_page() -> Any:
        return peer.ExportJobList.model_validate_json(raw)

    def id_status(page: Callable[[], Any]) -> Callable[[], object]:
        def work() -> object:
            parsed = page()
            seen = [(job.id, job.status) for job in parsed.records]
            assert len(seen) == RECORDS
            return parsed

        return work

    def every_field(page: Callable[[], Any], read: dict[type, Reader]) -> Callable[[], object]:
        def work() -> object:
            parsed = page()
            count = sum(read[type(job)](job) for job in parsed.records)
            assert count > 10 * RECORDS
            return parsed

        return work

    def to_dicts(page: Callable[[], Any], convert: Callable[[Any], object]) -> Callable[[], object]:
        # Over a page parsed beforehand: the parse is the first row's.
        def work() -> object:
            return [convert(job) for job in records]

        records = list(page().records)
        return work

    def walk(records: list[Any], read: dict[type, Reader]) -> Callable[[], object]:
        return lambda: sum(read[type(job)](job) for job in records)

    built_client = list(client_page().records)
    built_peer = list(peer_page().records)
    for job in built_client:
        read_client[ExportJob](job)  # built: the walk alone is measured over these
    work: dict[str, Callable[[], object]] = {
        "json_loads": lambda: json.loads(raw),
        "client_id_status": id_status(client_page),
        "peer_id_status": id_status(peer_page),
        "client_every_field": every_field(client_page, read_client),
        "peer_every_field": every_field(peer_page, read_peer),
        "client_to_dict": to_dicts(client_page, ExportJob.to_dict),
        "peer_to_dict": to_dicts(
            peer_page, lambda job: job.model_dump(mode="json", by_alias=True, exclude_unset=True)
        ),
        "client_walk": walk(built_client, read_client),
        "peer_walk": walk(built_peer, read_peer),
    }
    times: dict[str, list[float]] = {key: [] for key in work}
    for _ in range(REPEATS):
        for key, step in work.items():
            gc.collect()  # each measurement starts from the same heap: its own garbage is its own
            start = time.perf_counter()
            kept = step()
            times[key].append(time.perf_counter() - start)
            del kept  # freeing what was made is not part of making it
    baseline = statistics.median(times["json_loads"])
    results = {"json_loads_ms": baseline * 1000}
    for key in work:
        if key != "json_loads":
            median = statistics.median(times[key])
            results[f"{key}_ms"] = median * 1000
            results[f"{key}_ratio"] = median / baseline
    results.update(attribute_reads(built_client[0], built_peer[0]))
    return results


def attribute_reads(job: ExportJob, peer_job: Any) -> dict[str, float]:
    """ns per read of a built nested object, beside a plain attribute of the same model."""
    number = 1_000_000

    def per_read(statement: str, value: Any) -> float:
        timer = timeit.Timer(statement, globals={"job": value})
        return min(timer.repeat(5, number)) / number * 1e9

    return {
        "client_nested_read_ns": per_read("job.destination", job),
        "client_plain_read_ns": per_read("job.id", job),
        "peer_nested_read_ns": per_read("job.destination", peer_job),
        "peer_plain_read_ns": per_read("job.id", peer_job),
    }


def main() -> int:
    results = bench_parse()
    base = results["json_loads_ms"]
    print(f"json.loads of the page: {base:.2f} ms (median of {REPEATS})")
    for key, label in READS:
        client, peer = results[f"client_{key}_ratio"], results[f"peer_{key}_ratio"]
        print(f"{label}: client {client:.2f} x, pydantic peer {peer:.2f} x")
    print(
        f"(the reader alone, over built records: client {results['client_walk_ratio']:.2f} x, "
        f"peer {results['peer_walk_ratio']:.2f} x)"
    )
    print(
        f"a built nested object: {results['client_nested_read_ns']:.0f} ns a read "
        f"(a plain attribute {results['client_plain_read_ns']:.0f} ns; "
        f"peer {results['peer_nested_read_ns']:.0f} / {results['peer_plain_read_ns']:.0f} ns)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
