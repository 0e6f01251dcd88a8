"""The README's usage example runs, against the mock over HTTP."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from contract_tests.targets import MOCK_CREDENTIALS, Target, http_target

README = Path(__file__).resolve().parents[2] / "README.md"
REAL_BASE_URL = "https://platform.adobe.io/data/core/ups"


@pytest.fixture(scope="module")
def served() -> Iterator[Target]:
    with http_target() as target:
        yield target


def readme_python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_usage_example_runs(served: Target, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = readme_python_blocks()
    assert blocks, "the README has no Python example"
    code = blocks[0]
    assert REAL_BASE_URL in code
    namespace = {
        "ACCESS_TOKEN": MOCK_CREDENTIALS.token,
        "API_KEY": MOCK_CREDENTIALS.api_key,
        "IMS_ORG": MOCK_CREDENTIALS.ims_org,
    }
    # Only the sandbox and the host differ from a real run.
    code = code.replace(REAL_BASE_URL, served.base_url).replace(
        '"x-sandbox-name": "prod"', f'"x-sandbox-name": "{MOCK_CREDENTIALS.sandbox}"'
    )
    exec(compile(code, str(README), "exec"), namespace)  # noqa: S102
    assert " NEW " in capsys.readouterr().out
