# Copied from codegen/extras/auth.py by `make generate`: edit it there.
"""Access tokens for the gateway: a fixed one, or OAuth Server-to-Server from Adobe IMS.

Both are ``httpx.Auth`` flows, httpx's own extension point for authentication,
so they work the same for the sync and the async client and for every
request the generated functions send.

``ImsTokenAuth`` asks IMS for a token with the client-credentials grant (the
form fields go in the body, never in the URL), keeps it, asks for a new one a
margin before it expires, and once more when the gateway answers ``401`` with
a code that says the token is not valid; then it resends that request once.
Callers that share one client share one token: the first to find it missing
or stale fetches it while the others wait for it.
"""

from __future__ import annotations

import asyncio
import json
import threading
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Sequence
from dataclasses import dataclass, field

import httpx

from . import timing
from .exceptions import AuthenticationError, ConfigurationError
from .gateway import AUTHORIZATION
from .logs import auth_log

DEFAULT_IMS_URL = "https://ims-na1.adobelogin.com/ims/token/v3"
#: The scopes the Developer Console shows for Experience Platform; the
#: credential's own list is authoritative.
DEFAULT_SCOPES = (
    "openid",
    "AdobeID",
    "read_organizations",
    "additional_info.projectedProductContext",
    "session",
)
#: Gateway codes of a 401 that a new token cures.
TOKEN_REJECTED_CODES = frozenset({"401013"})
#: A request that carries this extension is retried whatever its method (see retrying.py).
RETRY_ANY_METHOD = "aep_export_jobs.retry_any_method"
# IMS answers seconds; the retired JWT exchange answered milliseconds. No token
# lives a week, so a larger figure can only be milliseconds.
_LONGEST_PLAUSIBLE_SECONDS = 7 * 24 * 3600


_REJECTED = "the gateway rejected the previous one"


def _bearer(token: str) -> str:
    return f"Bearer {token}"


class StaticTokenAuth(httpx.Auth):
    """Sends one access token that the caller renews (it expires after 24 hours)."""

    def __init__(self, access_token: str) -> None:
        if not access_token.strip():
            raise ConfigurationError("the access token is empty")
        self._header = _bearer(access_token.strip())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(access_token=[hidden])"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[AUTHORIZATION] = self._header
        yield request


@dataclass(frozen=True)
class ClientCredentials:
    """An OAuth Server-to-Server credential of an Adobe Developer Console project."""

    client_id: str
    client_secret: str = field(repr=False)
    scopes: Sequence[str] = DEFAULT_SCOPES
    ims_url: str = DEFAULT_IMS_URL

    def __post_init__(self) -> None:
        if not self.client_id.strip():
            raise ConfigurationError("the client id is empty")
        if not self.client_secret.strip():
            raise ConfigurationError("the client secret is empty")
        if not self.ims_url.startswith(("https://", "http://")):
            raise ConfigurationError(f"the IMS URL must be http(s): {self.ims_url!r}")

    def fetch_token(self, timeout: float = 30.0) -> str:
        """One token, fetched now (for tools that hand a token on, such as the contract suite).

        Raises ``AuthenticationError`` when IMS refuses, ``httpx.TransportError`` when
        it cannot be reached.
        """
        with httpx.Client(timeout=timeout) as http:
            response = http.send(self.token_request())
        return read_token_answer(response, self.client_id)[0]

    def token_request(self) -> httpx.Request:
        """The client-credentials request, marked as safe to resend."""
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "scope": ",".join(self.scopes),
        }
        return httpx.Request("POST", self.ims_url, data=form, extensions={RETRY_ANY_METHOD: True})


@dataclass
class _Token:
    value: str
    renew_at: float


class ImsTokenAuth(httpx.Auth):
    """OAuth Server-to-Server: tokens from IMS, renewed before they expire and on a ``401``.

    ``clock`` returns seconds (``timing.monotonic`` by default: real time, or a
    test kit's); tests may pass one that follows the mock's clock. A token is
    renewed ``refresh_margin`` seconds before it expires, or after nine tenths
    of its life when that is shorter.
    """

    def __init__(
        self,
        credentials: ClientCredentials,
        *,
        refresh_margin: float = 300.0,
        clock: Callable[[], float] = timing.monotonic,
    ) -> None:
        self.credentials = credentials
        self.refresh_margin = refresh_margin
        self._clock = clock
        self._token: _Token | None = None
        self._thread_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        #: Token requests sent so far (successful or not), for tests and diagnostics.
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.credentials!r})"

    # -- the flows -----------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        # Overriding the flows (for the locks) means reading the bodies here.
        with self._thread_lock:
            if self._stale(None):
                reason = self._why_new()
                answer = yield self._token_request()
                answer.read()
                self._store(answer, reason)
            used = self._current()
        request.headers[AUTHORIZATION] = _bearer(used)
        response = yield request
        if response.status_code != 401:
            return
        response.read()
        if not _token_rejected(response):
            return
        with self._thread_lock:
            if self._stale(used):
                answer = yield self._token_request()
                answer.read()
                self._store(answer, _REJECTED)
            request.headers[AUTHORIZATION] = _bearer(self._current())
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        lock = self._loop_lock()
        async with lock:
            if self._stale(None):
                reason = self._why_new()
                answer = yield self._token_request()
                await answer.aread()
                self._store(answer, reason)
            used = self._current()
        request.headers[AUTHORIZATION] = _bearer(used)
        response = yield request
        if response.status_code != 401:
            return
        await response.aread()
        if not _token_rejected(response):
            return
        async with lock:
            if self._stale(used):
                answer = yield self._token_request()
                await answer.aread()
                self._store(answer, _REJECTED)
            request.headers[AUTHORIZATION] = _bearer(self._current())
        yield request

    # -- the token -----------------------------------------------------------------

    def _stale(self, rejected: str | None) -> bool:
        """Whether a new token is needed: none yet, near its end, or the one just rejected."""
        token = self._token
        if token is None or self._clock() >= token.renew_at:
            return True
        return token.value == rejected

    def _why_new(self) -> str:
        return "first token" if self._token is None else "renewal before expiry"

    def _current(self) -> str:
        assert self._token is not None
        return self._token.value

    def _token_request(self) -> httpx.Request:
        self.token_requests += 1
        return self.credentials.token_request()

    def _store(self, response: httpx.Response, reason: str) -> None:
        try:
            value, seconds = read_token_answer(response, self.credentials.client_id)
        except AuthenticationError as refused:
            auth_log.warning(
                "IMS refused a token (%s): HTTP %s %s", reason, refused.status_code, refused.error
            )
            raise
        margin = min(self.refresh_margin, seconds / 10)
        self._token = _Token(value, self._clock() + seconds - margin)
        auth_log.info(
            "token fetched from IMS (%s): valid %.0f s, renewed after %.0f s",
            reason,
            seconds,
            seconds - margin,
        )

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._loop_locks.get(loop)
        if lock is None:
            lock = self._loop_locks[loop] = asyncio.Lock()
        return lock


def read_token_answer(response: httpx.Response, client_id: str) -> tuple[str, float]:
    """The token and its lifetime in seconds from IMS's answer, or ``AuthenticationError``."""
    body = _json_object(response)
    if response.status_code != 200:
        error = str(body.get("error") or f"HTTP {response.status_code}")
        description = str(body.get("error_description") or "").strip()
        raise AuthenticationError(
            f"IMS refused the credentials of client {client_id!r}: "
            f"{error}" + (f": {description}" if description else ""),
            status_code=response.status_code,
            error=error,
        )
    value = body.get("access_token")
    lifetime = body.get("expires_in", 86_399)
    if not isinstance(value, str) or not value:
        raise AuthenticationError("IMS answered without an access_token")
    if not isinstance(lifetime, int | float) or isinstance(lifetime, bool) or lifetime <= 0:
        raise AuthenticationError(f"IMS answered an unusable expires_in: {lifetime!r}")
    seconds = lifetime / 1000 if lifetime > _LONGEST_PLAUSIBLE_SECONDS else float(lifetime)
    return value, seconds


def _json_object(response: httpx.Response) -> dict[str, object]:
    try:
        body = json.loads(response.content)
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _token_rejected(response: httpx.Response) -> bool:
    if response.status_code != 401:
        return False
    return str(_json_object(response).get("error_code", "")) in TOKEN_REJECTED_CODES
