"""A stateful, spec-driven stand-in for the export-jobs API.

Usage::

    from export_jobs_mock import MockConfig, ManualClock, create_app

    clock = ManualClock()
    app = create_app(MockConfig(clock=clock))   # an ASGI app: serve it or call it in-process

Everything the mock validates comes from ``openapi/export-jobs.yaml``.
"""

from export_jobs_mock.app import create_app
from export_jobs_mock.clock import Clock, ManualClock, SystemClock
from export_jobs_mock.config import Lifecycle, MockConfig
from export_jobs_mock.faults import Fault

__all__ = [
    "Clock",
    "Fault",
    "Lifecycle",
    "ManualClock",
    "MockConfig",
    "SystemClock",
    "create_app",
]
