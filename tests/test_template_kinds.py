"""Kinds of property the spec does not use yet still generate correct models.

The client is generated from a copy of the spec with one more property, and
the generated model is checked in a subprocess (a second client package, under
the same name, cannot share this interpreter).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from generate_client import SPEC, generate_into  # noqa: E402


def test_a_required_property_of_any_type_must_be_present(tmp_path: Path) -> None:
    # A schema with no type: from_dict's common case cannot test its type, and an
    # unknown key must not stand in for it when the object's size is compared.
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    job_schema = document["components"]["schemas"]["JobSchema"]
    job_schema["required"] = [*job_schema["required"], "anything"]
    job_schema["properties"]["anything"] = {"description": "Any JSON value."}
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    output = tmp_path / "client"
    generate_into(output, spec)
    script = (
        "from aep_export_jobs_client.models import JobSchema\n"
        "for path in (JobSchema.from_dict, JobSchema._from_any_dict):\n"
        "    try:\n"
        "        path({'name': 'x', 'unknown': 1})\n"
        "    except KeyError as error:\n"
        "        print(type(error).__name__, error)\n"
        "print(JobSchema.from_dict({'name': 'x', 'anything': [1]}).anything)\n"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=output,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["KeyError 'anything'", "KeyError 'anything'", "[1]"]
