"""The package's public names are exactly `__all__`, which its `__init__` template writes.

Modelled on httpx's ``tests/test_exported_members.py``: a name made public by
accident, or exported but missing, fails here.
"""

from __future__ import annotations

import types

import aep_export_jobs_client as package


def test_all_exports_are_the_public_names() -> None:
    submodules = {
        name for name, value in vars(package).items() if isinstance(value, types.ModuleType)
    }
    public = [name for name in dir(package) if not name.startswith("_") and name not in submodules]
    assert public == sorted(package.__all__)


def test_every_export_is_documented() -> None:
    for name in package.__all__:
        value = getattr(package, name)
        if callable(value):
            assert value.__doc__, f"{name} has no docstring"
