"""The schemathesis configuration of a run: ``schemathesis.toml`` plus environment overrides.

``CONTRACT_MAX_EXAMPLES`` (default 25) deepens a run, for nightly jobs;
``CONTRACT_SEED`` changes the otherwise fixed seed.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from schemathesis.config import SchemathesisConfig

CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")
SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "export-jobs.yaml"


def max_examples() -> int:
    return int(os.environ.get("CONTRACT_MAX_EXAMPLES", "25"))


def seed() -> int:
    data = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    return int(os.environ.get("CONTRACT_SEED", data["seed"]))


def load_config(*, live: bool = False) -> SchemathesisConfig:
    data: dict[str, Any] = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    data["seed"] = seed()
    data["generation"]["max-examples"] = max_examples()
    if live:
        # A real organisation: fewer, slower requests (the request budget caps them too).
        data["generation"]["max-examples"] = min(max_examples(), 10)
        data["rate-limit"] = f"{os.environ.get('EXPORT_JOBS_RATE_PER_SECOND', '2')}/s"
    return SchemathesisConfig.from_dict(data)
