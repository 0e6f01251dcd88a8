"""The schemathesis configuration of a run: the repository's ``schemathesis.toml`` plus overrides.

The file holds the consumer's view that schemathesis' own CLI uses too. The
strict, producer-side view adds the checks it switches off: always against the
project's own mock (which must be exactly the spec), and against a live server
with ``CONTRACT_STRICT=1``. ``CONTRACT_MAX_EXAMPLES`` (default 25) deepens a
run, for nightly jobs; ``CONTRACT_SEED`` changes the otherwise fixed seed.
"""

from __future__ import annotations

import os
import tomllib
from typing import Any

from schemathesis.config import SchemathesisConfig

from export_jobs_spec import SPEC_PATH

CONFIG_PATH = SPEC_PATH.parent.parent / "schemathesis.toml"


def max_examples() -> int:
    return int(os.environ.get("CONTRACT_MAX_EXAMPLES", "25"))


def seed() -> int:
    data = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    return int(os.environ.get("CONTRACT_SEED", data["seed"]))


def strict(*, live: bool) -> bool:
    """Whether a run takes the producer's strict view (see the module)."""
    return not live or os.environ.get("CONTRACT_STRICT") == "1"


def load_config(*, live: bool = False) -> SchemathesisConfig:
    data: dict[str, Any] = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    data["seed"] = seed()
    if strict(live=live):
        for check in data.get("checks", {}).values():
            check.pop("enabled", None)  # every check on: leniency is a finding too
    data["generation"]["max-examples"] = max_examples()
    if live:
        # A real organisation: fewer, slower requests (the request budget caps them too).
        data["generation"]["max-examples"] = min(max_examples(), 10)
        data["rate-limit"] = f"{os.environ.get('EXPORT_JOBS_RATE_PER_SECOND', '2')}/s"
    return SchemathesisConfig.from_dict(data)
