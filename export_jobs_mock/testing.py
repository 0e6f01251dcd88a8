"""The mock as a test kit: a fresh mock per test on one loopback server, virtual time, scripting.

The pytest plugin (``export_jobs_mock.pytest_plugin``) builds on this; it can be
used without pytest too::

    with MockServer() as server, server.session() as kit:
        kit.environment()            # EXPORT_JOBS_* for ExportJobs.from_env()
        kit.fail_next([{"code": "0090000009", "msg": "Dataset is gone"}])
        ...

``MockServer`` serves on a free loopback port and hands every session a new
mock (nothing leaks from one to the next). While a session runs on virtual
time, the client package's waits (``wait()``'s polls, retry pauses, the
token's renewal clock) move the mock's clock instead of sleeping.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from starlette.types import Receive, Scope, Send

from export_jobs_mock.app import ExportJobsMock, create_app
from export_jobs_mock.clock import ManualClock
from export_jobs_mock.config import Lifecycle, MockConfig
from export_jobs_mock.faults import Fault
from export_jobs_mock.journal import ReceivedRequest
from export_jobs_mock.outcomes import Outcome
from export_jobs_mock.serving import ServedMock, serve
from export_jobs_spec import Spec, load_spec

#: The client package whose waits virtual time takes over (and any vendored copy of it).
CLIENT_PACKAGE = "aep_export_jobs_client"
#: The variables ``ExportJobs.from_env()`` reads; a session sets or clears each.
VARIABLES = (
    "EXPORT_JOBS_BASE_URL",
    "EXPORT_JOBS_ACCESS_TOKEN",
    "EXPORT_JOBS_API_KEY",
    "EXPORT_JOBS_IMS_ORG",
    "EXPORT_JOBS_SANDBOX",
    "EXPORT_JOBS_CLIENT_ID",
    "EXPORT_JOBS_CLIENT_SECRET",
    "EXPORT_JOBS_IMS_URL",
    "EXPORT_JOBS_SCOPES",
)


@dataclass(frozen=True)
class Credentials:
    """What the kit's mock accepts, and nothing else (as Adobe's gateway would)."""

    access_token: str = field(default="export-jobs-mock-token", repr=False)
    api_key: str = "export-jobs-mock-key"
    ims_org: str = "1BD6382559DF0C130A49422D@AdobeOrg"
    sandbox: str = "prod"
    client_id: str = "export-jobs-mock-client"
    client_secret: str = field(default="export-jobs-mock-secret", repr=False)


class VirtualTime:
    """The client's ``timing`` on the mock's clock: a pause moves the clock, nothing sleeps."""

    def __init__(self, clock: ManualClock) -> None:
        self._clock = clock

    def monotonic(self) -> float:
        return self._clock.now_ms() / 1000

    def sleep(self, seconds: float) -> None:
        self._clock.advance(max(0, round(seconds * 1000)))

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # let other tasks run, as a real pause would


def client_timing_modules() -> list[ModuleType]:
    """The client's ``timing`` modules loaded in this process: installed, and vendored copies."""
    with suppress(ImportError):  # a vendored copy only, or no client at all
        __import__(f"{CLIENT_PACKAGE}.timing")
    suffix = f"{CLIENT_PACKAGE}.timing"
    return [
        module
        for name, module in list(sys.modules.items())
        if (name == suffix or name.endswith("." + suffix)) and hasattr(module, "using")
    ]


class _Switchboard:
    """The ASGI app one server runs: every request goes to the current session's mock."""

    def __init__(self, mock: ExportJobsMock) -> None:
        self.current = mock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.current(scope, receive, send)


class MockServer:
    """One loopback server for many sessions, each with a mock of its own."""

    def __init__(self, spec: Spec | None = None) -> None:
        self.spec = spec or load_spec()
        self._stack = ExitStack()
        self._switchboard: _Switchboard | None = None
        self._served: ServedMock | None = None

    def __enter__(self) -> MockServer:
        first = create_app(MockConfig(clock=ManualClock()), spec=self.spec)
        self._switchboard = _Switchboard(first)
        self._served = self._stack.enter_context(serve(first, app=self._switchboard))
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()

    @property
    def root_url(self) -> str:
        assert self._served is not None, "use MockServer in a with block"
        return self._served.root_url

    @contextmanager
    def session(
        self,
        credentials: Credentials | None = None,
        *,
        virtual_time: bool = True,
        lifecycle: Lifecycle | None = None,
    ) -> Iterator[MockSession]:
        """A fresh mock on this server until the block ends (then it is dropped)."""
        assert self._switchboard is not None, "use MockServer in a with block"
        credentials = credentials or Credentials()
        clock = ManualClock(start_ms=time.time_ns() // 1_000_000)
        mock = create_app(
            MockConfig(
                clock=clock,
                lifecycle=lifecycle or Lifecycle(),
                tokens=frozenset({credentials.access_token}),
                api_keys=frozenset({credentials.api_key}),
                ims_clients={credentials.client_id: credentials.client_secret},
                record_requests=True,
            ),
            spec=self.spec,
        )
        self._switchboard.current = mock
        kit = MockSession(mock, clock, credentials, self.root_url)
        with ExitStack() as stack:
            if virtual_time:
                virtual = VirtualTime(clock)
                for module in client_timing_modules():
                    stack.enter_context(module.using(virtual))
            yield kit


class MockSession:
    """One test's mock: where it is, what it accepts, and how to script it."""

    def __init__(
        self, mock: ExportJobsMock, clock: ManualClock, credentials: Credentials, root_url: str
    ) -> None:
        self.mock = mock
        self.clock = clock
        self.credentials = credentials
        self.root_url = root_url
        self.client_credentials = False
        #: Called when ``environment()`` changes (the pytest fixture re-applies it).
        self.on_environment_change: Callable[[], None] = lambda: None

    # -- where it is -----------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API's base URL on the mock (Adobe's base path)."""
        return self.root_url + self.mock.spec.base_path

    @property
    def ims_url(self) -> str:
        """The mock's IMS token endpoint."""
        return self.root_url + "/ims/token/v3"

    def environment(self) -> dict[str, str | None]:
        """The ``EXPORT_JOBS_*`` values that lead ``ExportJobs.from_env()`` here (None: unset)."""
        values: dict[str, str | None] = dict.fromkeys(VARIABLES)
        values.update(
            EXPORT_JOBS_BASE_URL=self.base_url,
            EXPORT_JOBS_IMS_ORG=self.credentials.ims_org,
            EXPORT_JOBS_SANDBOX=self.credentials.sandbox,
            EXPORT_JOBS_IMS_URL=self.ims_url,
        )
        if self.client_credentials:
            values["EXPORT_JOBS_CLIENT_ID"] = self.credentials.client_id
            values["EXPORT_JOBS_CLIENT_SECRET"] = self.credentials.client_secret
        else:
            values["EXPORT_JOBS_ACCESS_TOKEN"] = self.credentials.access_token
            values["EXPORT_JOBS_API_KEY"] = self.credentials.api_key
        return values

    # -- time ------------------------------------------------------------------------

    def advance(self, seconds: float) -> None:
        """Move the mock's clock forward (jobs move on, tokens expire)."""
        self.clock.advance(max(0, round(seconds * 1000)))

    @property
    def now(self) -> float:
        """The mock's clock, in seconds since the epoch."""
        return self.clock.now_ms() / 1000

    def set_lifecycle(self, *, new_seconds: float, processing_seconds: float) -> None:
        """How long every job stays NEW and then PROCESSING (default 2 s and 5 s)."""
        self.mock.config.lifecycle = Lifecycle(
            round(new_seconds * 1000), round(processing_seconds * 1000)
        )

    # -- outcomes --------------------------------------------------------------------

    def fail_next(self, errors: Sequence[Mapping[str, Any]] | None = None) -> None:
        """The next job created ends FAILED, reporting ``errors`` (default: the service's usual)."""
        self.mock.script_next(Outcome.failed(self._checked(errors)))

    def fail(self, job_id: int, errors: Sequence[Mapping[str, Any]] | None = None) -> None:
        """Job ``job_id`` ends FAILED (when its lifecycle ends), reporting ``errors``."""
        self._found(self.mock.script_job(job_id, Outcome.failed(self._checked(errors))), job_id)

    def hold_next(self) -> None:
        """The next job created stays PROCESSING until ``release``d."""
        self.mock.script_next(Outcome.held())

    def hold(self, job_id: int) -> None:
        """Job ``job_id`` stays PROCESSING until ``release``d."""
        self._found(self.mock.script_job(job_id, Outcome.held()), job_id)

    def release(self, job_id: int) -> None:
        """A held job ends now (or when its lifecycle says, if later)."""
        self._found(self.mock.release(job_id), job_id)

    def throttle(
        self, operation_id: str, times: int = 1, *, retry_after: int | None = None
    ) -> None:
        """The next ``times`` requests of ``operation_id`` answer 429, as a throttling gateway."""
        self.fault(operation_id, 429, times, retry_after=retry_after)

    def fault(
        self, operation_id: str, status: int, times: int = 1, *, retry_after: int | None = None
    ) -> None:
        """The next ``times`` requests of ``operation_id`` answer ``status`` (a 5xx, say)."""
        if operation_id not in self.mock.operation_ids:
            raise ValueError(f"operation_id must be one of {sorted(self.mock.operation_ids)}")
        self.mock.inject(Fault(status, times, operation_id, retry_after))

    # -- credentials -----------------------------------------------------------------

    def use_client_credentials(self, *, token_lifetime_seconds: int = 86_399) -> None:
        """From now on ``environment()`` names an OAuth Server-to-Server credential, whose
        tokens the mock's IMS issues for ``token_lifetime_seconds`` of mock time."""
        self.mock.issuer.set_lifetime(token_lifetime_seconds)
        self.client_credentials = True
        self.on_environment_change()

    @property
    def tokens_issued(self) -> int:
        """Tokens the mock's IMS issued so far."""
        return self.mock.issuer.issued

    # -- what it received ------------------------------------------------------------

    def requests(self, operation_id: str | None = None) -> list[ReceivedRequest]:
        """API requests received so far, oldest first (only ``operation_id``'s, when given)."""
        assert self.mock.journal is not None
        return self.mock.journal.entries(operation_id)

    def job_count(self) -> int:
        """Jobs the mock holds now, of every tenant."""
        return self.mock.service.store.count()

    # -- helpers ---------------------------------------------------------------------

    def _checked(self, errors: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]] | None:
        if errors is None:
            return None
        validator = self.mock.spec.schema_validator("ExportJobError")
        items = [dict(error) for error in errors]
        for item in items:
            problems = validator.errors(item)
            if problems:
                raise ValueError(f"not an ExportJobError of the spec: {item!r}: {problems[0]}")
        return items

    @staticmethod
    def _found(found: bool, job_id: int) -> None:
        if not found:
            raise KeyError(f"the mock has no export job {job_id}")
