"""The README's usage examples run against the mock over HTTP, in both shapes of the API."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from export_jobs_mock import ManualClock, create_app
from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.serving import ServedMock, serve
from tests.client.conftest import CALLER

README = Path(__file__).resolve().parents[2] / "README.md"
REAL_BASE_URL = "https://platform.adobe.io/data/core/ups"


def readme_python_blocks() -> list[str]:
    """The examples of "The client" (tests/kit runs those of "Testing your own code")."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## The client\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


#: Every reading of what the public material leaves open, at once (see MockConfig).
EVERY_READING = {
    "cancel_effect": "marked",
    "cancel_answer": "204-empty",
    "other_tenant": "403",
    "paging": "number",
}


@pytest.fixture(scope="module", params=["seed shapes", "newer shapes", "every reading"])
def readme_mock(request: pytest.FixtureRequest, served: ServedMock) -> Iterator[ServedMock]:
    """The client tests' mock, one answering as later revisions of the guide do, and one
    serving the other reading of everything the sources leave open."""
    if request.param == "seed shapes":
        yield served
        return
    config = dataclasses.replace(served.mock.config, clock=ManualClock())
    if request.param == "newer shapes":
        config.newer_shapes = True
    else:
        config = config.with_readings(EVERY_READING)
    with serve(create_app(config)) as newer:
        yield newer


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_usage_example_runs(
    readme_mock: ServedMock, capsys: pytest.CaptureFixture[str], index: int
) -> None:
    served = readme_mock
    blocks = readme_python_blocks()
    assert len(blocks) == 4, "the README's Python examples changed: update this test"
    code = blocks[index]
    if "build_client(" in code:  # the facade defaults to the real gateway and the real IMS
        ims_url = served.ims_url
        extra = f"base_url={REAL_BASE_URL!r}" + (
            f", ims_url={ims_url!r}" if "client_id=" in code else ""
        )
        code = code.replace('sandbox_name="prod")', f'sandbox_name="prod", {extra})')
        code = code.replace("poll_interval=5", "poll_interval=5, sleep=ADVANCE")
    assert REAL_BASE_URL in code
    mock: ExportJobsMock = served.mock
    namespace = {
        "ADVANCE": lambda seconds: mock.clock.advance(int(seconds * 1000)),
        "ACCESS_TOKEN": CALLER.token,
        "CLIENT_ID": CALLER.client_id,
        "CLIENT_SECRET": CALLER.client_secret,
        "API_KEY": CALLER.api_key,
        "IMS_ORG": CALLER.ims_org,
    }
    # Only the host differs from a real run.
    code = code.replace(REAL_BASE_URL, served.base_url)
    exec(compile(code, str(README), "exec"), namespace)  # noqa: S102
    printed = capsys.readouterr().out
    if "client_id=" in code:
        assert mock.issuer.issued == 1, "the Credentials example fetched one token"
    elif index == 2:  # the raw answer of a traced create, then wait's progress to the end
        assert re.search(r"^\d+ 200 nightly-2026-12-01 1$", printed, re.M)
        assert re.search(r"^SUCCEEDED \d+ s None$", printed.rstrip(), re.M)
    else:
        assert " NEW" in printed
    if index == 0:
        assert "404 UPAPI-113000-404" in printed
