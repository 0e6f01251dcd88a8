"""The README's usage example runs, against the mock over HTTP."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from contract_tests.targets import (
    MOCK_BASE_PATH,
    MOCK_CLIENT_ID,
    MOCK_CLIENT_SECRET,
    MOCK_CREDENTIALS,
    Target,
    http_target,
)
from export_jobs_mock.ims import TOKEN_PATH

README = Path(__file__).resolve().parents[2] / "README.md"
REAL_BASE_URL = "https://platform.adobe.io/data/core/ups"


@pytest.fixture(scope="module")
def served() -> Iterator[Target]:
    with http_target() as target:
        yield target


def readme_python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_usage_example_runs(served: Target, capsys: pytest.CaptureFixture[str], index: int) -> None:
    blocks = readme_python_blocks()
    assert len(blocks) == 3, "the README's Python examples changed: update this test"
    code = blocks[index]
    if "connect(" in code:  # the facade defaults to the real gateway and the real IMS
        ims_url = served.base_url.removesuffix(MOCK_BASE_PATH) + TOKEN_PATH
        extra = f"base_url={REAL_BASE_URL!r}" + (
            f", ims_url={ims_url!r}" if "client_id=" in code else ""
        )
        code = code.replace('sandbox_name="prod")', f'sandbox_name="prod", {extra})')
        code = code.replace("poll_interval=5)", "poll_interval=5, sleep=ADVANCE)")
    assert REAL_BASE_URL in code
    assert served.mock is not None
    mock = served.mock
    namespace = {
        "ADVANCE": lambda seconds: mock.clock.advance(int(seconds * 1000)),
        "ACCESS_TOKEN": MOCK_CREDENTIALS.token,
        "CLIENT_ID": MOCK_CLIENT_ID,
        "CLIENT_SECRET": MOCK_CLIENT_SECRET,
        "API_KEY": MOCK_CREDENTIALS.api_key,
        "IMS_ORG": MOCK_CREDENTIALS.ims_org,
    }
    # Only the sandbox and the host differ from a real run.
    code = (
        code.replace(REAL_BASE_URL, served.base_url)
        .replace('"x-sandbox-name": "prod"', f'"x-sandbox-name": "{MOCK_CREDENTIALS.sandbox}"')
        .replace('sandbox_name="prod"', f'sandbox_name="{MOCK_CREDENTIALS.sandbox}"')
    )
    exec(compile(code, str(README), "exec"), namespace)  # noqa: S102
    printed = capsys.readouterr().out
    if "client_id=" in code:
        assert mock.issuer.issued == 1, "the Credentials example fetched one token"
    else:
        assert " NEW" in printed
    if index == 0:
        assert "404 UPAPI-113000-404" in printed
