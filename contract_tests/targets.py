"""What the contract suite talks to: the in-process mock, the mock over HTTP, or a real server.

A real server is chosen with environment variables (never with files, so that
secrets are not written anywhere)::

    EXPORT_JOBS_BASE_URL=https://platform.adobe.io/data/core/ups
    EXPORT_JOBS_CLIENT_ID=...  EXPORT_JOBS_CLIENT_SECRET=...   # OAuth Server-to-Server
    EXPORT_JOBS_SCOPES=...  EXPORT_JOBS_IMS_URL=...           # optional, IMS defaults
    EXPORT_JOBS_ACCESS_TOKEN=...  EXPORT_JOBS_API_KEY=...      # or a token of your own
    EXPORT_JOBS_IMS_ORG=...@AdobeOrg  EXPORT_JOBS_SANDBOX=prod
    EXPORT_JOBS_SANDBOX_2=dev            # optional: a second tenant for isolation checks
    EXPORT_JOBS_LIVE_WRITE=1             # optional: allow creating (and then cancelling) jobs
    EXPORT_JOBS_REQUEST_BUDGET=1000      # optional: most requests one run may send
    EXPORT_JOBS_RATE_PER_SECOND=5        # optional: most requests per second
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import requests
import requests.adapters
from aep_export_jobs_client import DEFAULT_IMS_URL, DEFAULT_SCOPES, ClientCredentials
from starlette.testclient import TestClient
from starlette.types import ASGIApp

from contract_tests.credentials import Credentials, remember_secret
from contract_tests.defects import DEFECTS
from contract_tests.findings import Findings
from contract_tests.leniency import VARIANTS, LenientMock
from contract_tests.settings import rate_per_second, request_budget
from export_jobs_mock import Lifecycle, ManualClock, MockConfig, create_app
from export_jobs_mock.app import ExportJobsMock
from export_jobs_mock.serving import serve
from export_jobs_spec import load_spec

#: The real gateway's base path, which the mock serves too (from the spec's server URL).
MOCK_BASE_PATH = load_spec().base_path
MOCK_CREDENTIALS = Credentials(
    "contract-token", "contract-key", "CONTRACT1234@AdobeOrg", "contract"
)
MOCK_OTHER_TENANT = Credentials("other-token", "contract-key", "OTHER5678@AdobeOrg", "contract")
#: The OAuth Server-to-Server credential the mock's IMS endpoint accepts in contract runs.
MOCK_CLIENT_ID = "contract-client"
MOCK_CLIENT_SECRET = "contract-client-secret"
LIVE_VARIABLES = ("EXPORT_JOBS_BASE_URL", "EXPORT_JOBS_IMS_ORG", "EXPORT_JOBS_SANDBOX")
#: Either pair authenticates a live run; the client credentials win when both are set.
OAUTH_VARIABLES = ("EXPORT_JOBS_CLIENT_ID", "EXPORT_JOBS_CLIENT_SECRET")
TOKEN_VARIABLES = ("EXPORT_JOBS_ACCESS_TOKEN", "EXPORT_JOBS_API_KEY")
#: The longest pause a throttled live request waits before it is resent.
MAX_THROTTLE_PAUSE_SECONDS = 30.0
#: How often a cancel of the clean-up (which spends no budget) is resent when throttled.
MAX_CLEANUP_ATTEMPTS = 10
#: Every input the suite writes to a live system carries this marker.
LIVE_MARKER = "contract-test-export-jobs-toolkit"


READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class BudgetExceeded(RuntimeError):
    """The run sent as many requests as it may."""


class ThrottledOut(BudgetExceeded):
    """The request budget ran out while the gateway was throttling: not a contract failure."""


def throttle_pause(headers: Any, attempt: int) -> float:
    """How long to wait before resending a throttled request: ``Retry-After``, else backoff."""
    hinted = str(headers.get("Retry-After", "")).strip()
    if hinted.isdigit():
        return min(float(hinted), MAX_THROTTLE_PAUSE_SECONDS)
    return min(0.5 * 2.0**attempt, MAX_THROTTLE_PAUSE_SECONDS)


class WriteRefused(RuntimeError):
    """A write was about to reach a live system that was not opened for writes."""


@dataclass
class RequestBudget:
    """Caps the number and the rate of requests a run sends to a real organisation."""

    limit: int
    per_second: float
    sent: int = 0
    #: Requests answered 429 and resent; they spend the budget like any other.
    throttled: int = 0
    _last: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def spend(self) -> None:
        with self._lock:
            if self.sent >= self.limit:
                if self.throttled:
                    raise ThrottledOut(
                        f"request budget of {self.limit} spent while the gateway throttled "
                        f"({self.throttled} requests answered 429 and resent): raise "
                        "EXPORT_JOBS_REQUEST_BUDGET or lower EXPORT_JOBS_RATE_PER_SECOND; "
                        "this is throttling, not a contract failure"
                    )
                raise BudgetExceeded(f"request budget of {self.limit} spent")
            self.sent += 1
            pause = self._last + 1 / self.per_second - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            self._last = time.monotonic()


@dataclass
class Target:
    """One server under test and how to reach it."""

    name: str
    base_url: str
    credentials: Credentials
    other_tenant: Credentials | None = None
    app: ASGIApp | None = None
    mock: ExportJobsMock | None = None
    live: bool = False
    allow_writes: bool = True
    budget: RequestBudget | None = None
    created_ids: list[int] = field(default_factory=list, repr=False)
    #: What the run found on this target (set by the suite's fixture).
    findings: Findings | None = field(default=None, repr=False)

    def client(self, credentials: Credentials | None = None) -> httpx.Client:
        """An HTTP client for the API under ``base_url``, sending ``credentials``' headers.

        Every answer it gets is inspected for findings (schema, unknown properties …).
        """
        headers = (credentials or self.credentials).headers()
        base = self.base_url.rstrip("/") + "/"
        client: httpx.Client
        if self.app is not None:
            client = TestClient(
                self.app, base_url=base, headers=headers, raise_server_exceptions=True
            )
        else:
            transport = _GuardedTransport(self, httpx.HTTPTransport())
            client = httpx.Client(base_url=base, headers=headers, timeout=30, transport=transport)
        client.event_hooks["response"].append(self._inspect)
        return client

    def _inspect(self, response: httpx.Response) -> None:
        if self.findings is None:
            return
        request = response.request
        operation = self.findings.operation_for(request.method, request.url.path)
        if operation is None:
            return
        response.read()
        self.findings.exchange(
            operation,
            request.method,
            str(request.url),
            response.status_code,
            response.headers.keys(),
            response.content,
        )

    def throttled(self, status: int, attempt: int) -> bool:
        """Whether to resend a request that was answered ``status`` (a live 429, within budget).

        A throttled request was not processed: resending it is safe, and it is
        never reported as a contract failure.
        """
        if not self.live or status != 429:
            return False
        if self.budget is None:  # cleaning up after the run: bounded by attempts instead
            return attempt < MAX_CLEANUP_ATTEMPTS
        self.budget.throttled += 1
        return True  # the budget stops a gateway that never lets up

    def remember_created(self, method: str | None, url: str | None, response: Any) -> None:
        """Note the id of a job a live run created, so that the run cancels it at the end."""
        if not self.live or method != "POST" or response.status_code != 200:
            return
        if not (url or "").rstrip("/").endswith("/export/jobs"):
            return
        try:
            job_id = response.json()["id"]
        except (ValueError, KeyError, TypeError):
            return
        if isinstance(job_id, int):
            self.created_ids.append(job_id)

    def cancel_now(self, job_id: int) -> None:
        """Cancel a job the run created, at once (a live target only), and forget it."""
        if not self.live or job_id not in self.created_ids:
            return
        with self.client() as client:
            client.delete(f"export/jobs/{job_id}")
        self.created_ids.remove(job_id)

    def session(self) -> requests.Session:
        """A ``requests`` session for schemathesis whose every request, probes included,
        passes ``before_request``."""
        session = requests.Session()
        adapter = _GuardedAdapter(self)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        return session

    def before_request(self, method: str) -> None:
        """Refuse a write the target does not allow, and spend one request of the budget.

        Every request of the suite passes here, whatever sends it: the last line of
        defence if a filter upstream ever lets a write through.
        """
        if self.live and not self.allow_writes and method.upper() not in READ_METHODS:
            raise WriteRefused(f"{method} refused: set EXPORT_JOBS_LIVE_WRITE=1 to allow writes")
        if self.budget is not None:
            self.budget.spend()

    def reset(self) -> None:
        """Start from an empty store when the target is a mock (no-op for a real server)."""
        if self.mock is not None:
            self.mock.reset()


class _GuardedAdapter(requests.adapters.HTTPAdapter):
    def __init__(self, target: Target) -> None:
        super().__init__()
        self._target = target

    def send(
        self, request: requests.PreparedRequest, *args: Any, **kwargs: Any
    ) -> requests.Response:
        attempt = 0
        while True:
            self._target.before_request(request.method or "GET")
            response = super().send(request, *args, **kwargs)
            if not self._target.throttled(response.status_code, attempt):
                break
            time.sleep(throttle_pause(response.headers, attempt))
            attempt += 1
        self._target.remember_created(request.method, request.url, response)
        return response


class _GuardedTransport(httpx.BaseTransport):
    """The httpx side of ``_GuardedAdapter``, for the suite's sequence tests."""

    def __init__(self, target: Target, inner: httpx.BaseTransport) -> None:
        self._target = target
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            self._target.before_request(request.method)
            response = self._inner.handle_request(request)
            if not self._target.throttled(response.status_code, attempt):
                return response
            response.read()
            time.sleep(throttle_pause(response.headers, attempt))
            attempt += 1

    def close(self) -> None:
        self._inner.close()


def mock_config() -> MockConfig:
    """The mock as the contract suite runs it: fixed credentials, a clock that stands still."""
    return MockConfig(
        clock=ManualClock(),
        lifecycle=Lifecycle(new_ms=1_000, processing_ms=4_000),
        tokens=frozenset({MOCK_CREDENTIALS.token, MOCK_OTHER_TENANT.token}),
        api_keys=frozenset({MOCK_CREDENTIALS.api_key}),
        entitlements={
            MOCK_CREDENTIALS.token: frozenset({MOCK_CREDENTIALS.ims_org}),
            MOCK_OTHER_TENANT.token: frozenset({MOCK_OTHER_TENANT.ims_org}),
            MOCK_CLIENT_ID: frozenset({MOCK_CREDENTIALS.ims_org}),
        },
        ims_clients={MOCK_CLIENT_ID: MOCK_CLIENT_SECRET},
    )


def variant_of(mock: ExportJobsMock, names: Iterable[str]) -> ASGIApp:
    """The mock behind the named defects (``defects.py``) and variants (``leniency.py``)."""
    chosen = [name.strip() for name in names if name.strip()]
    unknown = [name for name in chosen if name not in DEFECTS and name not in VARIANTS]
    if unknown:
        raise ValueError(f"no defect or variant named {unknown}")
    flags = {name: True for name in chosen if name in VARIANTS}
    app: ASGIApp = LenientMock(mock, **flags) if flags else mock
    for name in chosen:
        if name in DEFECTS:
            app = DEFECTS[name].wrap(app)
    return app


def in_process_target() -> Target:
    """The mock in-process, behind what ``CONTRACT_MOCK_DEFECT`` names (comma-separated)."""
    mock = create_app(mock_config())
    app = variant_of(mock, os.environ.get("CONTRACT_MOCK_DEFECT", "").split(","))
    return Target(
        name="mock",
        base_url=f"http://testserver{MOCK_BASE_PATH}",
        credentials=MOCK_CREDENTIALS,
        other_tenant=MOCK_OTHER_TENANT,
        app=app,
        mock=mock,
    )


@contextmanager
def http_target(config: MockConfig | None = None, variant: Iterable[str] = ()) -> Iterator[Target]:
    """The mock served by uvicorn on a free loopback port, for as long as the context lasts.

    ``variant`` names defects and variants to serve it behind (see ``variant_of``).
    """
    mock = create_app(config or mock_config())
    with serve(mock, app=variant_of(mock, variant)) as server:
        yield Target(
            name="mock-http",
            base_url=server.base_url,
            credentials=MOCK_CREDENTIALS,
            other_tenant=MOCK_OTHER_TENANT,
            mock=server.mock,
        )


def missing_live_settings() -> str | None:
    """What the environment lacks for a live run, in one sentence (None: nothing)."""
    env = os.environ
    missing = [name for name in LIVE_VARIABLES if not env.get(name)]
    pairs = (OAUTH_VARIABLES, TOKEN_VARIABLES)
    if not any(all(env.get(name) for name in pair) for pair in pairs):
        missing.append(
            " and ".join(OAUTH_VARIABLES) + " (or " + " and ".join(TOKEN_VARIABLES) + ")"
        )
    return f"live contract tests need {', '.join(missing)}" if missing else None


def live_target() -> Target | str:
    """The real server named by the environment, or the reason there is none.

    With client credentials the token is fetched from IMS once, at the start of
    the run (it lives 24 hours, longer than any run).
    """
    env = os.environ
    problem = missing_live_settings()
    if problem is not None:
        return problem
    if all(env.get(name) for name in OAUTH_VARIABLES):
        remember_secret(env["EXPORT_JOBS_CLIENT_SECRET"])
        client = ClientCredentials(
            env["EXPORT_JOBS_CLIENT_ID"],
            env["EXPORT_JOBS_CLIENT_SECRET"],
            scopes=tuple(
                scope.strip()
                for scope in env.get("EXPORT_JOBS_SCOPES", ",".join(DEFAULT_SCOPES)).split(",")
                if scope.strip()
            ),
            ims_url=env.get("EXPORT_JOBS_IMS_URL") or DEFAULT_IMS_URL,
        )
        token, api_key = client.fetch_token(), env.get("EXPORT_JOBS_API_KEY") or client.client_id
    else:
        token, api_key = env["EXPORT_JOBS_ACCESS_TOKEN"], env["EXPORT_JOBS_API_KEY"]
    credentials = Credentials(
        token, api_key, env["EXPORT_JOBS_IMS_ORG"], env["EXPORT_JOBS_SANDBOX"]
    )
    other = env.get("EXPORT_JOBS_SANDBOX_2")
    return Target(
        name="live",
        base_url=env["EXPORT_JOBS_BASE_URL"],
        credentials=credentials,
        other_tenant=Credentials(token, api_key, credentials.ims_org, other) if other else None,
        live=True,
        allow_writes=env.get("EXPORT_JOBS_LIVE_WRITE") == "1",
        budget=RequestBudget(limit=request_budget(), per_second=rate_per_second()),
    )


if __name__ == "__main__":  # `make drift` asks this first, to stop early in one line
    raise SystemExit(missing_live_settings())
