"""Generate the typed client in ``generated/`` from ``openapi/export-jobs.yaml``.

Usage::

    python scripts/generate_client.py            # regenerate generated/
    python scripts/generate_client.py --check    # fail with a diff if generated/ is stale

The generator always writes into a fresh temporary directory, because its
``--overwrite`` only clears ``models/`` and ``api/`` and would leave stale files
behind. Its post-hooks run the project's pinned ruff with ``--isolated``, so no
ruff configuration on the machine changes the output.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "export-jobs.yaml"
CONFIG = ROOT / "codegen" / "config.yaml"
TEMPLATES = ROOT / "codegen" / "templates"
#: Hand-written modules of the package (facade, errors, retries, auth, command
#: line): the generator cannot add files, so they are copied in after it ran
#: (after its ruff post-hooks: they are formatted as the project's own code).
EXTRAS = ROOT / "codegen" / "extras"
PACKAGE = "aep_export_jobs_client"
TARGET = ROOT / "generated"


def generate_into(output: Path, spec: Path = SPEC) -> None:
    """Run openapi-python-client so that ``output`` holds a complete client project."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "uv",
        "--output-path",
        str(output),
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    # The generator reports some problems as warnings and still exits 0: treat them as errors.
    if result.returncode != 0 or "Warning" in result.stdout or "Error" in result.stdout:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")
    for extra in sorted(EXTRAS.glob("*.py")):
        source = extra.read_text(encoding="utf-8")
        origin = f"# Copied from codegen/extras/{extra.name} by `make generate`: edit it there.\n"
        (output / PACKAGE / extra.name).write_text(origin + source, encoding="utf-8")


#: Caches that tools write into generated/ (all git-ignored); they are not the client.
CACHES = [*filecmp.DEFAULT_IGNORES, ".mypy_cache", ".ruff_cache", ".pytest_cache"]


def tree_diff(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines between two directory trees (empty when identical)."""
    lines: list[str] = []
    comparison = filecmp.dircmp(expected, actual, ignore=CACHES)
    stack = [(comparison, Path())]
    while stack:
        cmp, rel = stack.pop()
        lines += [f"only in freshly generated client: {rel / name}" for name in cmp.left_only]
        lines += [f"only in generated/: {rel / name}" for name in cmp.right_only]
        for name in cmp.diff_files + cmp.funny_files:
            old = (actual / rel / name).read_text(encoding="utf-8").splitlines(keepends=True)
            new = (expected / rel / name).read_text(encoding="utf-8").splitlines(keepends=True)
            lines += difflib.unified_diff(
                old, new, f"generated/{rel / name}", f"regenerated/{rel / name}"
            )
        stack += [(sub, rel / name) for name, sub in cmp.subdirs.items()]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="export-jobs-client-") as tmp:
        fresh = Path(tmp) / "client"
        generate_into(fresh)
        if args.check:
            if not TARGET.is_dir():
                print("generated/ is missing: run `make generate`.", file=sys.stderr)
                return 1
            diff = tree_diff(fresh, TARGET)
            if diff:
                sys.stderr.write(
                    "".join(line if line.endswith("\n") else line + "\n" for line in diff)
                )
                print(
                    "generated/ is out of date with the spec: run `make generate`.", file=sys.stderr
                )
                return 1
            print("generated/ matches the spec.")
            return 0
        staging = TARGET.with_name(".generated.new")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(fresh, staging)
        shutil.rmtree(TARGET, ignore_errors=True)
        staging.rename(TARGET)
    print(f"generated/ regenerated from {SPEC.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
