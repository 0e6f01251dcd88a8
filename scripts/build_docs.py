"""Render the API reference into one self-contained page: ``build/docs/index.html``.

Usage::

    python scripts/build_docs.py [--output PATH]

It also rewrites the table of assumptions in ``docs/spec.md`` from the spec.

Redoc's standalone bundle (pinned in ``package.json``) and the spec are inlined
(each ``x-assumption`` written into its description as "Assumption: …"),
so the page needs no network: opened from disk, offline, or behind a proxy
that blocks CDNs, it renders every operation, example and sidebar link.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script too, not only from make (which sets the path)

from export_jobs_spec.provenance import annotated, with_assumptions_table  # noqa: E402

SPEC = ROOT / "openapi" / "export-jobs.yaml"
BUNDLE = ROOT / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js"
OUTPUT = ROOT / "build" / "docs" / "index.html"
#: The design notes whose table of assumptions is made from the spec.
SPEC_NOTES = ROOT / "docs" / "spec.md"
#: Redoc's options: expand the success answers, show the examples in full.
OPTIONS = {"expandResponses": "200,204", "jsonSampleExpandLevel": 4, "hideDownloadButton": True}


def _inline(text: str) -> str:
    """Text that can stand inside a <script> element without closing it.

    Only ``</script`` ends one; ``<\\/script`` means the same in JavaScript strings,
    regular expressions and JSON alike.
    """
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)


def render(spec: Path = SPEC, bundle: Path = BUNDLE) -> str:
    # Every assumption is said in its description: the page never states a guess as a fact.
    document = annotated(yaml.safe_load(spec.read_text(encoding="utf-8")))
    title = html.escape(str(document["info"]["title"]))
    script = bundle.read_text(encoding="utf-8")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body {{ margin: 0; padding: 0; }}</style>
</head>
<body>
<div id="redoc-container"></div>
<script>{_inline(script)}</script>
<script>
Redoc.init({_inline(json.dumps(document))}, {json.dumps(OPTIONS)},
  document.getElementById("redoc-container"));
</script>
</body>
</html>
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    if not BUNDLE.is_file():
        raise SystemExit(f"{BUNDLE.relative_to(ROOT)} is missing: run `make setup`")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(), encoding="utf-8")
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KiB, no external resources)")
    notes = SPEC_NOTES.read_text(encoding="utf-8")
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    updated = with_assumptions_table(notes, document)
    if updated != notes:
        SPEC_NOTES.write_text(updated, encoding="utf-8")
        print(f"rewrote the table of assumptions in {SPEC_NOTES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
