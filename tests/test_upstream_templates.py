"""The check that an upgrade of the generator cannot silently drop an upstream template fix."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import openapi_python_client

ROOT = Path(__file__).resolve().parents[1]
CHECK = ROOT / "scripts" / "check_templates.py"
INSTALLED = Path(openapi_python_client.__file__).parent / "templates"


def check(upstream: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        [sys.executable, str(CHECK), "--upstream", str(upstream)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_installed_templates_match_the_record() -> None:
    run = check(INSTALLED)
    assert run.returncode == 0, run.stderr
    assert "overridden templates match upstream" in run.stdout


def test_a_changed_upstream_template_fails_by_name(tmp_path: Path) -> None:
    upstream = tmp_path / "templates"
    shutil.copytree(INSTALLED, upstream)
    changed = upstream / "model.py.jinja"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n{# an upstream fix #}\n")
    run = check(upstream)
    assert run.returncode == 1
    assert "model.py.jinja: upstream changed" in run.stderr
    assert "endpoint_module.py.jinja" not in run.stderr


def test_an_upstream_template_that_disappeared_fails(tmp_path: Path) -> None:
    upstream = tmp_path / "templates"
    shutil.copytree(INSTALLED, upstream)
    (upstream / "str_enum.py.jinja").unlink()
    run = check(upstream)
    assert run.returncode == 1
    assert "str_enum.py.jinja: upstream changed" in run.stderr
