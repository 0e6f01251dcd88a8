"""One call of the facade: per-call options, the raw answer, and every failure typed.

The facade builds each request with the generated endpoint module's own
``_get_kwargs``, sends it through the client's ``httpx`` client with the call's
options (timeout, attempts, extra headers), and reads the answer with the
module's ``_build_response``. What can go wrong on the way ends in one of the
package's errors: ``NetworkError`` (the answer never came, or came broken),
``UnreadableResponseError`` (a success that cannot be read), ``ApiError`` (an
error status).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Generic, Protocol, TypeVar

import attrs
import httpx

from .exceptions import ApiError, ConfigurationError, NetworkError, UnreadableResponseError
from .gateway import AUTHORIZATION
from .logs import request_id as _request_id
from .models.cancel_result import CancelResult
from .retrying import ATTEMPTS, RETRY_ATTEMPTS
from .runtime import json_body

T = TypeVar("T")


def _headers(value: Mapping[str, str]) -> Mapping[str, str]:
    headers = dict(value)
    for name, text in headers.items():
        if name.lower() == AUTHORIZATION.lower():
            raise ConfigurationError("the Authorization header comes from the client's credentials")
        if not isinstance(text, str) or any(c in text for c in "\r\n\0"):
            raise ConfigurationError(f"header {name!r} must be a string on one line")
    return headers


def _positive(name: str) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
        if value is not None and (isinstance(value, bool) or value <= 0):
            raise ConfigurationError(f"{name} must be positive, not {value!r}")

    return check


@attrs.frozen
class CallOptions:
    """What one call may change: its timeout, its attempts, extra headers.

    ``timeout``: seconds for each of connecting, sending, waiting and reading
    (``None``: the client's). ``retry_attempts``: attempts in all, resends
    included (1 never resends; ``None``: the client's); the rules of what may be
    resent stay those of ``retrying``. ``headers``: sent with the call (an
    ``x-request-id`` of the caller's, say); never ``Authorization``.
    """

    timeout: float | None = attrs.field(default=None, validator=_positive("timeout"))
    retry_attempts: int | None = attrs.field(default=None, validator=_positive("retry_attempts"))
    headers: Mapping[str, str] = attrs.field(factory=dict, converter=_headers)

    def merged(
        self,
        *,
        timeout: float | None = None,
        retry_attempts: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> CallOptions:
        """These options with the given ones on top (headers are added to)."""
        return CallOptions(
            timeout=self.timeout if timeout is None else timeout,
            retry_attempts=self.retry_attempts if retry_attempts is None else retry_attempts,
            headers={**self.headers, **(headers or {})},
        )

    def request_arguments(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """A generated ``_get_kwargs`` result with these options applied, for ``httpx.request``."""
        arguments = dict(kwargs)
        if self.headers:
            arguments["headers"] = {**self.headers, **kwargs.get("headers", {})}
        if self.timeout is not None:
            arguments["timeout"] = httpx.Timeout(self.timeout)
        if self.retry_attempts is not None:
            arguments["extensions"] = {RETRY_ATTEMPTS: self.retry_attempts}
        return arguments


@attrs.frozen
class RawResponse(Generic[T]):
    """A call's typed result beside the answer it was read from."""

    #: The model the call returns.
    parsed: T
    status_code: int
    headers: httpx.Headers
    #: The gateway's ``x-request-id`` (or the caller's, when the answer had none).
    request_id: str | None
    #: Attempts the call took (1 when it was not resent).
    attempts: int
    content: bytes = attrs.field(repr=False)


class _Built(Protocol):
    """What a generated ``_build_response`` returns (``types.Response``)."""

    @property
    def parsed(self) -> object: ...


class _Builder(Protocol):
    def __call__(self, *, client: Any, response: httpx.Response) -> _Built: ...


@contextmanager
def network_errors() -> Iterator[None]:
    """httpx's failures, once the retries are spent, as the package's own errors."""
    try:
        yield
    except httpx.DecodingError as error:  # a Content-Encoding that does not decode
        raise UnreadableResponseError(f"the answer could not be decoded: {error}") from error
    except httpx.RequestError as error:
        raise NetworkError(f"{type(error).__name__}: {error or 'no detail'}") from error


def read(
    response: httpx.Response, build: _Builder, client: Any, expected: type[T]
) -> RawResponse[T]:
    """The answer as ``expected``, or the package's error for it."""
    built = build(client=client, response=response)  # raises UnreadableResponseError
    parsed = built.parsed
    if not isinstance(parsed, expected):
        raise ApiError.from_response(
            response.status_code, response.content, request_id=_request_id(response, None)
        )
    return _raw(response, parsed)


def read_cancel(
    response: httpx.Response, build: _Builder, client: Any
) -> RawResponse[CancelResult]:
    """A cancel's answer: ``200`` with a body, or ``204`` with or without one."""
    if response.status_code == 204:
        try:
            return _raw(response, CancelResult.from_dict(json_body(response)))
        except (ValueError, TypeError, KeyError, AttributeError):  # no body, as a 204 should be
            return _raw(response, CancelResult(status=True, message=""))
    return read(response, build, client, CancelResult)


def _raw(response: httpx.Response, parsed: T) -> RawResponse[T]:
    attempts = response.extensions.get(ATTEMPTS, 1)
    return RawResponse(
        parsed=parsed,
        status_code=response.status_code,
        headers=response.headers,
        request_id=_request_id(response, response.request),
        attempts=attempts if isinstance(attempts, int) else 1,
        content=response.content,
    )
