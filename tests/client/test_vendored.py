"""The vendored package without its `cli` extra imports cleanly and says what the command needs."""

from __future__ import annotations

import subprocess
import venv
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
BASE_DEPENDENCIES = ("httpx", "attrs", "tenacity")


def closure(names: tuple[str, ...]) -> set[str]:
    """The distributions ``names`` need at run time, without optional extras."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop().lower()
        if name in seen:
            continue
        seen.add(name)
        for line in metadata.distribution(name).requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return seen


def top_level_paths(distribution: str) -> set[Path]:
    dist = metadata.distribution(distribution)
    paths = set()
    for file in dist.files or []:
        first = file.parts[0]
        if first.endswith((".dist-info", ".pth")) or first == "..":
            continue
        paths.add(Path(str(dist.locate_file(first))))
    return paths


def test_the_package_imports_with_only_its_base_dependencies(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for distribution in closure(BASE_DEPENDENCIES):
        for path in top_level_paths(distribution):
            (site / path.name).symlink_to(path)
    (site / "aep_export_jobs_client").symlink_to(ROOT / "generated" / "aep_export_jobs_client")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(  # noqa: S603
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "base.pth").write_text(str(site) + "\n", encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # noqa: S603
            [python, "-W", "error", *args],
            capture_output=True,
            text=True,
            check=False,
            env={"PATH": "/usr/bin:/bin"},
        )

    assert run("-c", "import click").returncode != 0, "the venv must not have the cli extra"
    imported = run(
        "-c",
        "import sys, aep_export_jobs_client as p; from aep_export_jobs_client import models;"
        " assert not {'click', 'rich'} & set(sys.modules); print(p.ExportJobs.__name__)",
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "ExportJobs"
    command = run("-m", "aep_export_jobs_client", "list")
    assert command.returncode == 2
    assert command.stderr.strip() == (
        "export-jobs needs the cli extra (click is missing): "
        "pip install 'aep-export-jobs-client[cli]'"
    )
