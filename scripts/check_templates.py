"""Fail when openapi-python-client's own template changed under one of the project's overrides.

Usage::

    python scripts/check_templates.py            # compare with codegen/upstream-templates.json
    python scripts/check_templates.py --record   # after re-merging: record the upstream state

Each file in ``codegen/templates/`` that replaces one of the generator's
templates was forked from a particular upstream version. When an upgrade of
openapi-python-client changes that upstream template, the fix it carries would
silently not reach ``generated/``: this check names the template, so that the
change is merged into the override on purpose, then recorded.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "codegen" / "templates"
RECORD = ROOT / "codegen" / "upstream-templates.json"
GENERATOR = "openapi-python-client"


def installed_templates() -> Path:
    import openapi_python_client

    return Path(openapi_python_client.__file__).parent / "templates"


def upstream_digests(upstream: Path) -> dict[str, str]:
    """sha256 of every upstream template that the project overrides, by relative path."""
    digests = {}
    for override in sorted(OVERRIDES.rglob("*.jinja")):
        relative = override.relative_to(OVERRIDES).as_posix()
        original = upstream / relative
        if original.is_file():
            digests[relative] = hashlib.sha256(original.read_bytes()).hexdigest()
    return digests


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="record the upstream templates")
    parser.add_argument(
        "--upstream", type=Path, help="templates folder (default: the installed one)"
    )
    args = parser.parse_args(argv)
    upstream = args.upstream or installed_templates()
    current = upstream_digests(upstream)
    if args.record:
        record = {"generator": f"{GENERATOR} {metadata.version(GENERATOR)}", "templates": current}
        RECORD.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        print(f"recorded {len(current)} upstream templates in {RECORD.relative_to(ROOT)}")
        return 0
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    changed = sorted(
        name for name in recorded["templates"].keys() | current.keys()
        if recorded["templates"].get(name) != current.get(name)
    )  # fmt: skip
    if not changed:
        print(f"{len(current)} overridden templates match upstream {recorded['generator']}.")
        return 0
    for name in changed:
        print(
            f"{name}: upstream changed since codegen/templates/{name} was forked from "
            f"{recorded['generator']}",
            file=sys.stderr,
        )
    print(
        "Merge the upstream changes into the overrides, regenerate, then record them with "
        "`python scripts/check_templates.py --record`.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
