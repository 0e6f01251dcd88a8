"""httpx transports that resend what is safe to resend, and say so in the log.

- GET, HEAD, OPTIONS and DELETE (and requests marked with ``RETRY_ANY_METHOD``,
  such as the IMS token request) are resent on 429, 500, 502, 503, 504 and on
  connection errors.
- Any other request, a create included, is resent only when it was certainly
  not processed: on ``429`` (the gateway throttled it) or when no connection
  could be made. A create that failed otherwise (a 5xx, a timeout after it was
  sent) may already have started an export, so it is never sent twice.

``Retry-After`` is honoured (capped at ``max_wait``); otherwise the pause
grows exponentially with jitter. A request whose extensions carry
``RETRY_ATTEMPTS`` gets that many attempts instead of the transport's.
Pauses go through ``timing``, so a test kit can make them virtual.

Each attempt is logged at DEBUG, each resend at INFO (reason and pause), a
give-up at WARNING, on ``aep_export_jobs_client.http`` (see ``logs``).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

import httpx
import tenacity

from . import timing
from .auth import RETRY_ANY_METHOD
from .logs import http_log, loggable_url, request_id

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Statuses that say the request was not processed: safe to resend whatever it was.
NOT_PROCESSED_STATUSES = frozenset({429})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})
#: A request extension: how many attempts this request gets (1: no resend).
RETRY_ATTEMPTS = "aep_export_jobs.retry_attempts"
#: A response extension: how many attempts it took.
ATTEMPTS = "aep_export_jobs.attempts"


def may_resend(request: httpx.Request) -> bool:
    """Whether ``request`` may be resent after a failure that may have processed it."""
    return request.method in IDEMPOTENT_METHODS or bool(request.extensions.get(RETRY_ANY_METHOD))


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    return float(value) if value.isdigit() else None


def _reason(outcome: tenacity.Future | None) -> str:
    """Why an attempt is resent (or given up on), in a few words."""
    if outcome is None:
        return "unknown"
    if outcome.failed:
        return f"connection error ({type(outcome.exception()).__name__})"
    status = outcome.result().status_code
    return f"throttled ({status})" if status == 429 else f"server error ({status})"


class _Policy:
    def __init__(self, attempts: int, max_wait: float) -> None:
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        self.attempts = attempts
        self.max_wait = max_wait
        self._backoff = tenacity.wait_random_exponential(multiplier=0.5, max=max_wait)

    def wait(self, state: tenacity.RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            hinted = _retry_after(outcome.result())
            if hinted is not None:
                return min(hinted, self.max_wait)
        return float(self._backoff(state))

    def attempts_for(self, request: httpx.Request) -> int:
        budget = request.extensions.get(RETRY_ATTEMPTS)
        return budget if isinstance(budget, int) and budget >= 1 else self.attempts

    def arguments(self, request: httpx.Request) -> dict[str, object]:
        if may_resend(request):
            errors: type[Exception] = httpx.TransportError
            statuses = RETRY_STATUSES
        else:
            errors, statuses = httpx.ConnectError, NOT_PROCESSED_STATUSES
        attempts = self.attempts_for(request)
        shown = f"{request.method} {loggable_url(request.url)}"

        def resending(state: tenacity.RetryCallState) -> None:
            pause = state.next_action.sleep if state.next_action is not None else 0.0
            http_log.info(
                "resending %s in %.2f s (attempt %d of %d): %s",
                shown,
                pause,
                state.attempt_number + 1,
                attempts,
                _reason(state.outcome),
            )

        def giving_up(state: tenacity.RetryCallState) -> httpx.Response:
            http_log.warning(
                "giving up on %s after %d attempts: %s",
                shown,
                state.attempt_number,
                _reason(state.outcome),
            )
            # Out of attempts: hand back the last response (or raise the last error).
            assert state.outcome is not None
            result: httpx.Response = state.outcome.result()
            return result

        return {
            "stop": tenacity.stop_after_attempt(attempts),
            "wait": self.wait,
            "retry": tenacity.retry_if_exception_type(errors)
            | tenacity.retry_if_result(lambda r: r.status_code in statuses),
            "before_sleep": resending,
            "retry_error_callback": giving_up,
        }


def _logged(
    request: httpx.Request,
    attempt: int,
    attempts: int,
    started: float,
    response: httpx.Response | None,
    error: BaseException | None,
) -> None:
    if not http_log.isEnabledFor(10):  # DEBUG; checked first, this runs on every request
        return
    elapsed_ms = (time.perf_counter() - started) * 1000
    shown = f"{request.method} {loggable_url(request.url)}"
    if response is None:
        http_log.debug(
            "%s failed after %.0f ms (attempt %d of %d): %s",
            shown,
            elapsed_ms,
            attempt,
            attempts,
            type(error).__name__,
        )
        return
    http_log.debug(
        "%s -> %d in %.0f ms (attempt %d of %d, request id %s)",
        shown,
        response.status_code,
        elapsed_ms,
        attempt,
        attempts,
        request_id(response, request) or "none",
    )


class RetryingTransport(httpx.BaseTransport):
    """Wraps a transport so that what is safe to resend is retried (see the module)."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        attempts: int = 4,
        max_wait: float = 30.0,
        sleep: Callable[[float], None] = timing.sleep,
    ) -> None:
        self._inner = inner or httpx.HTTPTransport()
        self._policy = _Policy(attempts, max_wait)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._policy.attempts_for(request)
        count = 0

        def attempt() -> httpx.Response:
            nonlocal count
            count += 1
            started = time.perf_counter()
            try:
                response = self._inner.handle_request(request)
            except Exception as error:
                _logged(request, count, attempts, started, None, error)
                raise
            if response.status_code in RETRY_STATUSES:
                response.read()  # free the connection before a possible retry
            _logged(request, count, attempts, started, response, None)
            return response

        arguments = self._policy.arguments(request)
        retrying = tenacity.Retrying(sleep=self._sleep, **arguments)  # type: ignore[arg-type]
        result: httpx.Response = retrying(attempt)
        result.extensions[ATTEMPTS] = count
        return result

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of ``RetryingTransport``."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        attempts: int = 4,
        max_wait: float = 30.0,
        sleep: Callable[[float], Awaitable[None]] = timing.asleep,
    ) -> None:
        self._inner = inner or httpx.AsyncHTTPTransport()
        self._policy = _Policy(attempts, max_wait)
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._policy.attempts_for(request)
        count = 0

        async def attempt() -> httpx.Response:
            nonlocal count
            count += 1
            started = time.perf_counter()
            try:
                response = await self._inner.handle_async_request(request)
            except Exception as error:
                _logged(request, count, attempts, started, None, error)
                raise
            if response.status_code in RETRY_STATUSES:
                await response.aread()
            _logged(request, count, attempts, started, response, None)
            return response

        arguments = self._policy.arguments(request)
        retrying = tenacity.AsyncRetrying(sleep=self._sleep, **arguments)  # type: ignore[arg-type]
        result: httpx.Response = await retrying(attempt)
        result.extensions[ATTEMPTS] = count
        return result

    async def aclose(self) -> None:
        await self._inner.aclose()
