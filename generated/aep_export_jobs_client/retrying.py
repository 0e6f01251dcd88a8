# Copied from codegen/extras/retrying.py by `make generate`: edit it there.
"""httpx transports that resend what is safe to resend.

- GET, HEAD, OPTIONS and DELETE (and requests marked with ``RETRY_ANY_METHOD``,
  such as the IMS token request) are resent on 429, 500, 502, 503, 504 and on
  connection errors.
- Any other request, a create included, is resent only when it was certainly
  not processed: on ``429`` (the gateway throttled it) or when no connection
  could be made. A create that failed otherwise (a 5xx, a timeout after it was
  sent) may already have started an export, so it is never sent twice.

``Retry-After`` is honoured (capped at ``max_wait``); otherwise the pause
grows exponentially with jitter.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

import httpx
import tenacity

from .auth import RETRY_ANY_METHOD

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Statuses that say the request was not processed: safe to resend whatever it was.
NOT_PROCESSED_STATUSES = frozenset({429})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})


def may_resend(request: httpx.Request) -> bool:
    """Whether ``request`` may be resent after a failure that may have processed it."""
    return request.method in IDEMPOTENT_METHODS or bool(request.extensions.get(RETRY_ANY_METHOD))


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.isdigit() else None


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

    def arguments(self, request: httpx.Request) -> dict[str, object]:
        if may_resend(request):
            errors: type[Exception] = httpx.TransportError
            statuses = RETRY_STATUSES
        else:
            errors, statuses = httpx.ConnectError, NOT_PROCESSED_STATUSES
        return {
            "stop": tenacity.stop_after_attempt(self.attempts),
            "wait": self.wait,
            "retry": tenacity.retry_if_exception_type(errors)
            | tenacity.retry_if_result(lambda r: r.status_code in statuses),
            # Out of attempts: hand back the last response (or raise the last error).
            "retry_error_callback": lambda state: state.outcome.result(),
        }


class RetryingTransport(httpx.BaseTransport):
    """Wraps a transport so that what is safe to resend is retried (see the module)."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        attempts: int = 4,
        max_wait: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._inner = inner or httpx.HTTPTransport()
        self._policy = _Policy(attempts, max_wait)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        def attempt() -> httpx.Response:
            response = self._inner.handle_request(request)
            if response.status_code in RETRY_STATUSES:
                response.read()  # free the connection before a possible retry
            return response

        arguments = self._policy.arguments(request)
        retrying = tenacity.Retrying(sleep=self._sleep, **arguments)  # type: ignore[arg-type]
        result: httpx.Response = retrying(attempt)
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
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._inner = inner or httpx.AsyncHTTPTransport()
        self._policy = _Policy(attempts, max_wait)
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        async def attempt() -> httpx.Response:
            response = await self._inner.handle_async_request(request)
            if response.status_code in RETRY_STATUSES:
                await response.aread()
            return response

        extra = {} if self._sleep is None else {"sleep": self._sleep}
        arguments = self._policy.arguments(request)
        retrying = tenacity.AsyncRetrying(**arguments, **extra)  # type: ignore[arg-type]
        result: httpx.Response = await retrying(attempt)
        return result

    async def aclose(self) -> None:
        await self._inner.aclose()
