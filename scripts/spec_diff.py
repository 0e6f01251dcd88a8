"""The breaking-change gate: the spec's changes since a git ref, and whether its version says so.

Usage::

    python scripts/spec_diff.py [--base REF] [--changelog] [--no-client]

The classification comes from api-smart-diff (``scripts/spec_diff.mjs``), which
resolves every ``$ref`` and knows request from response. On top of it this
script adds the project's own rules where a vendored client is stricter than
the tool's defaults (a response property removed or retyped, a parameter
retyped, a request property removed from a strict request), the version rule
(major for breaking changes, minor for additions, patch for the rest), the
list of models and functions of the generated client whose signature changes,
and a ready CHANGELOG entry.

Exit status: 0 no change, or the version was raised enough; 1 it was not;
2 the gate could not run (a bad ref, a broken spec, node missing).
"""

from __future__ import annotations

import argparse
import ast
import datetime
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "export-jobs.yaml"
SPEC_IN_REPO = "openapi/export-jobs.yaml"
CLASSIFIER = ROOT / "scripts" / "spec_diff.mjs"
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})

BREAKING, ADDITION, PATCH = "breaking", "non-breaking", "annotation"
#: What each kind of change asks of info.version.
NEEDED_BUMP = {BREAKING: "major", ADDITION: "minor", PATCH: "patch"}
TITLES = {
    BREAKING: "Breaking for callers and client users",
    ADDITION: "Non-breaking",
    PATCH: "Descriptions and examples",
}


class GateError(Exception):
    """The gate could not run."""


@dataclass(frozen=True)
class Change:
    """One classified change, where it is and what it means."""

    kind: str  # BREAKING, ADDITION or PATCH
    where: str  # "GET /export/jobs" or a document part such as "info"
    description: str
    reason: str = ""  # why the project's rules classify it differently from the tool

    def line(self) -> str:
        why = f" ({self.reason})" if self.reason else ""
        return f"{self.where}: {self.description}{why}"


@dataclass
class Verdict:
    changes: list[Change]
    old_version: str
    new_version: str
    client: list[str] = field(default_factory=list)

    @property
    def kinds(self) -> set[str]:
        return {change.kind for change in self.changes}

    @property
    def needed(self) -> str | None:
        for kind in (BREAKING, ADDITION, PATCH):
            if kind in self.kinds:
                return NEEDED_BUMP[kind]
        return None

    @property
    def enough(self) -> bool:
        return self.needed is None or bumped(self.old_version, self.new_version, self.needed)


# -- versions ------------------------------------------------------------------------


def parse_version(text: str) -> tuple[int, int, int]:
    parts = str(text).split(".")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise GateError(f"info.version must be MAJOR.MINOR.PATCH, not {text!r}")
    major, minor, patch = (int(part) for part in parts)
    return major, minor, patch


def bumped(old: str, new: str, level: str) -> bool:
    """Whether ``new`` raises ``old`` at ``level`` (or a higher one)."""
    before, after = parse_version(old), parse_version(new)
    if level == "major":
        return after[0] > before[0]
    if level == "minor":
        return after[:2] > before[:2]
    return after > before


def suggested(old: str, level: str) -> str:
    major, minor, patch = parse_version(old)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


# -- classification ------------------------------------------------------------------


def tool_diffs(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """api-smart-diff's diffs between two documents."""
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as tmp:
        files = []
        for name, document in (("before", before), ("after", after)):
            path = Path(tmp) / f"{name}.json"
            path.write_text(json.dumps(document), encoding="utf-8")
            files.append(str(path))
        try:
            run = subprocess.run(  # noqa: S603
                ["node", str(CLASSIFIER), *files],  # noqa: S607  (node from the PATH, as npm installs it)
                capture_output=True,
                text=True,
                check=False,
                cwd=ROOT,
            )
        except FileNotFoundError as missing:
            raise GateError("node is not installed") from missing
    if run.returncode != 0:
        raise GateError(f"api-smart-diff failed: {run.stderr.strip()[-500:]}")
    diffs: list[dict[str, Any]] = json.loads(run.stdout)
    return diffs


def _where(path: Sequence[Any]) -> str:
    if len(path) >= 3 and path[0] == "paths" and str(path[2]) in HTTP_METHODS:
        return f"{str(path[2]).upper()} {path[1]}"
    if len(path) >= 2 and path[0] == "paths":
        return str(path[1])
    return ".".join(str(part) for part in path[:2])


def _project_rule(path: Sequence[Any], action: str) -> str | None:
    """Why the project counts a change as breaking where the tool does not (None: agree)."""
    parts = [str(part) for part in path]
    if "responses" in parts and "schema" in parts:
        if action == "remove" and len(parts) >= 2 and parts[-2] == "properties":
            return "a response property removed: code that reads it breaks"
        if parts[-1] == "type":
            return "a response type changed"
        if parts[-1] == "nullable" and action == "add":
            return "a response property made nullable"
    if "parameters" in parts and parts[-1] == "type":
        return "a parameter's type changed"
    if "requestBody" in parts and action == "remove" and parts[-2:-1] == ["properties"]:
        return "request bodies are strict: callers that send it are refused"
    return None


def _stronger_promise(path: Sequence[Any], action: str) -> bool:
    """A response header made required: callers get more than before, nothing less."""
    parts = [str(part) for part in path]
    return (
        "responses" in parts
        and "headers" in parts
        and parts[-1] == "required"
        and (action in ("add", "replace"))
    )


def classify(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """Every change between the documents, once per operation, with the project's rules."""
    changes: dict[tuple[str, str], Change] = {}
    for diff in tool_diffs(before, after):
        path: list[Any] = diff["path"]
        if path[0] == "components" and path[1] != "securitySchemes":
            continue  # every $ref is resolved into the operations, which report it
        if path[:2] == ["info", "version"]:
            continue  # the version is what the gate checks, not a change to report
        kind = diff["type"]
        reason = ""
        rule = _project_rule(path, diff["action"])
        parts = [str(part) for part in path]
        if "examples" in parts or parts[-1] == "example" or any(p.startswith("x-") for p in parts):
            kind = PATCH  # examples and vendor extensions document; they promise nothing
        elif _stronger_promise(path, diff["action"]):
            kind, reason = ADDITION, "a response header now always sent"
        elif kind in ("unclassified", "deprecated"):
            kind, reason = BREAKING, f"{kind} by the tool: treated as breaking"
        elif kind != BREAKING and rule is not None:
            kind, reason = BREAKING, rule
        description = diff["description"] or f"{diff['action']} {'.'.join(map(str, path))}"
        change = Change(kind, _where(path), description, reason)
        changes.setdefault((change.where, change.line()), change)
    order = {BREAKING: 0, ADDITION: 1, PATCH: 2}
    return sorted(changes.values(), key=lambda c: (order[c.kind], c.where, c.description))


# -- the client ----------------------------------------------------------------------


def _signatures(package: Path) -> dict[str, str]:
    """Public models' fields and operations' signatures of a generated package."""
    found: dict[str, str] = {}
    for module in sorted((package / "models").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                        if item.target.id != "additional_properties":  # every model has it
                            found[f"model {node.name}.{item.target.id}"] = ast.unparse(
                                item.annotation
                            )
                    elif isinstance(item, ast.Assign) and node.bases:  # enum members
                        for target in item.targets:
                            if isinstance(target, ast.Name) and target.id.isupper():
                                found[f"enum {node.name}.{target.id}"] = ast.unparse(item.value)
    for module in sorted((package / "api").glob("*/*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "sync":
                returns = ast.unparse(node.returns) if node.returns else ""
                found[f"function {module.stem}.sync"] = f"({ast.unparse(node.args)}) -> {returns}"
    return found


def client_impact(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What changes for code that uses the vendored client, model by model."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from generate_client import PACKAGE, generate_into

    with tempfile.TemporaryDirectory(prefix="spec-diff-client-") as tmp:
        signatures = []
        for name, document in (("before", before), ("after", after)):
            spec = Path(tmp) / f"{name}.yaml"
            spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
            generate_into(Path(tmp) / name, spec)
            signatures.append(_signatures(Path(tmp) / name / PACKAGE))
    old, new = signatures
    lines = [f"removed {name}" for name in sorted(old.keys() - new.keys())]
    lines += [f"added {name}: {new[name]}" for name in sorted(new.keys() - old.keys())]
    lines += [
        f"changed {name}: {old[name]} → {new[name]}"
        for name in sorted(old.keys() & new.keys())
        if old[name] != new[name]
    ]
    return lines


# -- reading the two versions --------------------------------------------------------


def spec_at(ref: str) -> dict[str, Any] | None:
    """The spec at a git ref (None when it did not exist there)."""
    run = subprocess.run(  # noqa: S603
        ["git", "show", f"{ref}:{SPEC_IN_REPO}"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if run.returncode != 0:
        known = subprocess.run(  # noqa: S603
            ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],  # noqa: S607
            capture_output=True,
            check=False,
            cwd=ROOT,
        )
        if known.returncode != 0:
            raise GateError(f"{ref!r} is not a git ref of this repository")
        return None
    document: dict[str, Any] = yaml.safe_load(run.stdout)
    return document


def judge(before: dict[str, Any] | None, after: dict[str, Any], *, client: bool = True) -> Verdict:
    new_version = str(after["info"]["version"])
    if before is None:  # the spec is new: everything is an addition
        return Verdict([Change(ADDITION, "document", "the spec is new")], "0.0.0", new_version)
    changes = classify(before, after)
    verdict = Verdict(changes, str(before["info"]["version"]), new_version)
    if changes and client:
        verdict.client = client_impact(before, after)
    return verdict


# -- output --------------------------------------------------------------------------


def report(verdict: Verdict, base: str) -> str:
    if not verdict.changes:
        version_note = ""
        if verdict.old_version != verdict.new_version:
            version_note = f" (info.version {verdict.old_version} → {verdict.new_version})"
        return f"no changes to {SPEC_IN_REPO} since {base}{version_note}"
    lines = [f"Changes to {SPEC_IN_REPO} since {base}:"]
    for kind in (BREAKING, ADDITION, PATCH):
        selected = [change for change in verdict.changes if change.kind == kind]
        if selected:
            lines += ["", f"{TITLES[kind]} ({len(selected)}):"]
            lines += [f"  - {change.line()}" for change in selected]
    lines += ["", "Vendored client (generated/):"]
    lines += [f"  - {line}" for line in verdict.client] or ["  - no signature changes"]
    needed = verdict.needed
    assert needed is not None
    lines.append("")
    target = suggested(verdict.old_version, needed)
    if verdict.enough:
        lines.append(
            f"Version: {verdict.old_version} → {verdict.new_version}: enough for a {needed} change."
        )
    else:
        lines.append(
            f"Version: {verdict.old_version} → {verdict.new_version}: these changes need a "
            f"{needed} release; set info.version to {target} (or higher) and add a CHANGELOG entry "
            "(`make diff CHANGELOG=1` prints one)."
        )
    return "\n".join(lines)


def changelog(verdict: Verdict, today: datetime.date) -> str:
    """A Keep a Changelog section for the changes found."""
    needed = verdict.needed or "patch"
    version = verdict.new_version if verdict.enough else suggested(verdict.old_version, needed)
    sections: dict[str, list[str]] = {"Removed": [], "Changed": [], "Added": []}
    for change in verdict.changes:
        text = change.line()
        if change.kind == BREAKING:
            section = "Removed" if "[Removed]" in change.description else "Changed"
            sections[section].append(f"- **Breaking:** {text}")
        elif change.kind == ADDITION and "[Added]" in change.description:
            sections["Added"].append(f"- {text}")
        else:
            sections["Changed"].append(f"- {text}")
    lines = [f"## [{version}] - {today.isoformat()}"]
    for title in ("Added", "Changed", "Removed"):
        if sections[title]:
            lines += ["", f"### {title}", *sections[title]]
    if verdict.client:
        lines += ["", "### Client", *(f"- {line}" for line in verdict.client)]
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="the git ref to compare with (HEAD)")
    parser.add_argument("--changelog", action="store_true", help="print a CHANGELOG entry")
    parser.add_argument(
        "--no-client", action="store_true", help="skip the generated client's signature changes"
    )
    parser.add_argument("--spec", type=Path, default=SPEC, help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        after = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
        verdict = judge(spec_at(args.base), after, client=not args.no_client)
        print(report(verdict, args.base))
        if args.changelog and verdict.changes:
            print("\n" + changelog(verdict, datetime.date.today()))
    except GateError as error:
        print(f"spec diff: {error}", file=sys.stderr)
        return 2
    return 0 if verdict.enough else 1


if __name__ == "__main__":
    raise SystemExit(main())
