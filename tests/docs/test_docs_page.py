"""The reference page from ``make docs`` renders offline, in a real headless browser.

Chromium loads the page from disk with the network out of reach of its
scripts; only what the page itself carries can render. The operations, their
examples and the sidebar's links (and what they point to) must be there.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BROWSER = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)
OPERATIONS = {
    "listExportJobs": "List export jobs",
    "createExportJob": "Create an export job",
    "getExportJob": "Retrieve an export job",
    "cancelExportJob": "Cancel or delete an export job",
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The page's DOM after Redoc ran, without the scripts it was built from."""
    assert BROWSER, "the docs test needs Debian's chromium (`make setup-browser` installs it)"
    page = tmp_path_factory.mktemp("docs") / "index.html"
    subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "scripts" / "build_docs.py"), "--output", str(page)],
        check=True,
        capture_output=True,
    )
    assert "://" not in re.sub(
        r"<script>.*?</script>", "", page.read_text(encoding="utf-8"), flags=re.S
    )
    dom = subprocess.run(  # noqa: S603
        [
            BROWSER,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--proxy-server=http://127.0.0.1:9",  # nothing listens: no request leaves the page
            "--virtual-time-budget=20000",
            "--dump-dom",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    return re.sub(r"<script\b.*?</script>", "", dom, flags=re.S | re.I)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_each_operation_renders(rendered: str, operation: str) -> None:
    assert OPERATIONS[operation] in rendered
    assert f'id="tag/Export-jobs/operation/{operation}"' in rendered


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_the_sidebar_links_to_each_operation(rendered: str, operation: str) -> None:
    link = f"tag/Export-jobs/operation/{operation}"
    assert f'href="#{link}"' in rendered
    assert f'id="{link}"' in rendered, "the link's target is on the page"


@pytest.mark.parametrize(
    "example",
    [
        "5b7c86968f7b6501e21ba9df",
        "Export job has been marked for cancelling",
        "timestampOrdered-none-mp",
    ],
)
def test_the_examples_render(rendered: str, example: str) -> None:
    assert example in rendered
