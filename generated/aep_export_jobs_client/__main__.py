# Copied from codegen/extras/__main__.py by `make generate`: edit it there.
"""``python -m aep_export_jobs_client`` and the ``export-jobs`` script: the command line.

The command needs the package's ``cli`` extra; without it this says so in one
line instead of a traceback.
"""

from __future__ import annotations

import sys

_CLI_DEPENDENCIES = frozenset({"click", "rich"})


def run() -> None:
    """Run ``export-jobs`` (exit code 2 when the ``cli`` extra is not installed)."""
    try:
        from .cli import main  # only the command needs click and rich
    except ImportError as missing:
        if missing.name not in _CLI_DEPENDENCIES:
            raise
        sys.stderr.write(
            f"export-jobs needs the cli extra ({missing.name} is missing): "
            "pip install 'aep-export-jobs-client[cli]'\n"
        )
        raise SystemExit(2) from None
    main(prog_name="export-jobs")


if __name__ == "__main__":
    run()
