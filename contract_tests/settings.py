"""The schemathesis configuration of a run: the repository's ``schemathesis.toml`` plus overrides.

The file holds the consumer's view that schemathesis' own CLI uses too. The
strict, producer-side view adds the checks it switches off: always against the
project's own mock (which must be exactly the spec), and against a live server
with ``CONTRACT_STRICT=1``. ``CONTRACT_MAX_EXAMPLES`` (default 25, 5 against a
live server) deepens a run, for nightly jobs; ``CONTRACT_SEED`` changes the
otherwise fixed seed.
"""

from __future__ import annotations

import os
import tomllib
from typing import Any

from schemathesis.config import SchemathesisConfig

from export_jobs_spec import SPEC_PATH

CONFIG_PATH = SPEC_PATH.parent.parent / "schemathesis.toml"


#: Live runs' defaults: a read-only run sends about 180 requests, one with writes
#: about 600 (about 20 of them create jobs): 40 s and 2 minutes at 5 per second.
LIVE_MAX_EXAMPLES = 5
LIVE_RATE_PER_SECOND = 5.0
LIVE_REQUEST_BUDGET = 1000


def max_examples(*, live: bool = False) -> int:
    default = LIVE_MAX_EXAMPLES if live else 25
    return int(os.environ.get("CONTRACT_MAX_EXAMPLES", str(default)))


def rate_per_second() -> float:
    return float(os.environ.get("EXPORT_JOBS_RATE_PER_SECOND", str(LIVE_RATE_PER_SECOND)))


def request_budget() -> int:
    return int(os.environ.get("EXPORT_JOBS_REQUEST_BUDGET", str(LIVE_REQUEST_BUDGET)))


def live_timeout_seconds() -> float:
    """Long enough for a test to spend the whole budget at the rate, and then some."""
    return request_budget() / rate_per_second() + 120


def seed() -> int:
    data = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    return int(os.environ.get("CONTRACT_SEED", data["seed"]))


def strict(*, live: bool) -> bool:
    """Whether a run takes the producer's strict view (see the module)."""
    return not live or os.environ.get("CONTRACT_STRICT") == "1"


def load_config(*, live: bool = False) -> SchemathesisConfig:
    data: dict[str, Any] = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    data["seed"] = seed()
    # The CLI's echo check (st_echo.py): the suite keeps the same rule in its findings.
    data.pop("hooks", None)
    # Every check runs in the pytest suite: leniency is an observation in the consumer's
    # view and a failure in the strict one (``findings.py`` decides which).
    for check in data.get("checks", {}).values():
        check.pop("enabled", None)
    data["generation"]["max-examples"] = max_examples()
    if live:
        # A real organisation: fewer, slower requests (the request budget caps them too).
        data["generation"]["max-examples"] = max_examples(live=True)
        data["rate-limit"] = f"{rate_per_second():g}/s"
    return SchemathesisConfig.from_dict(data)
