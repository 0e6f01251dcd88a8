"""Typed errors raised by the ``ExportJobs`` facade."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .logs import request_id as _request_id

if TYPE_CHECKING:  # the models import runtime, which raises UnreadableResponseError
    import httpx

    from .models.export_job import ExportJob

#: How much of an unreadable body an error keeps (a proxy's page can be megabytes).
KEPT_BODY_BYTES = 4096


def _reason(cause: BaseException) -> str:
    detail = str(cause)[:200]
    return f"{type(cause).__name__}: {detail}" if detail else type(cause).__name__


class ExportJobsError(Exception):
    """Base class of every error this package raises on purpose."""


class ConfigurationError(ExportJobsError, ValueError):
    """A setting the client cannot work with: a missing or empty credential, a bad URL."""


class AuthenticationError(ExportJobsError):
    """IMS did not issue a token; the message carries IMS's ``error`` and ``error_description``.

    ``status_code`` is IMS's HTTP status (``None`` when its answer was unusable).
    """

    def __init__(
        self, message: str, *, status_code: int | None = None, error: str | None = None
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error = error


class NetworkError(ExportJobsError):
    """The API could not be reached, or stopped answering, after the retries.

    The ``httpx`` error is the ``__cause__``.
    """


class ApiError(ExportJobsError):
    """The API answered with an error status.

    >>> error = ApiError.from_response(404, b'{"title": "Not found.", "status": 404}')
    >>> (error.status_code, error.message)
    (404, 'Not found.')
    """

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        error_code: str | None = None,
        request_id: str | None = None,
        content: bytes = b"",
    ) -> None:
        super().__init__(f"{status_code} {error_code or ''} {message}".replace("  ", " "))
        self.status_code = status_code
        self.message = message
        self.error_code = error_code
        self.request_id = request_id
        self.content = content

    @classmethod
    def from_response(
        cls, status_code: int, content: bytes, *, request_id: str | None = None
    ) -> ApiError:
        """Read a gateway error (``error_code``/``message``) or a service problem body.

        ``request_id`` (from the answer's headers) is used when the body names none.
        """
        try:
            body = json.loads(content)
        except ValueError:
            body = None
        if not isinstance(body, dict):
            text = content.decode(errors="replace")[:500]
            return cls(status_code, text or "no body", content=content, request_id=request_id)
        error_code = body.get("error_code")
        message = body.get("message") or body.get("detail") or body.get("title") or ""
        grouped = body.get("errors")
        if error_code is None and isinstance(grouped, dict):
            for items in grouped.values():
                if isinstance(items, list) and items and isinstance(items[0], dict):
                    error_code = items[0].get("code")
                    break
        problem_type = body.get("type")
        if not isinstance(error_code, str) and isinstance(problem_type, str):
            # Some items carry the HTTP status as an integer code; the problem's type
            # names the service's own (…/UPAPI-113740-403).
            named = problem_type.rsplit("/", 1)[-1]
            error_code = named if named.startswith("UPAPI-") else error_code
        request_id = body.get("requestId") or request_id
        return cls(
            status_code,
            str(message),
            error_code=None if error_code is None else str(error_code),
            request_id=None if request_id is None else str(request_id),
            content=content,
        )


class UnreadableResponseError(ExportJobsError, ValueError):
    """A successful answer the client cannot read: not JSON, cut short, or not in the spec's shape.

    Raised for an answer as a whole (``status_code``, ``content_type``, the first
    ``KEPT_BODY_BYTES`` of the body in ``content``, ``request_id`` when the answer
    carried one), and on the first read of a nested object or a page's record
    that lacks what its model cannot be built without (then ``where`` names it,
    ``content`` holds its JSON, and the status and content type are ``None``).
    The parse failure is the ``__cause__``. Values the tolerance rules keep
    (unknown properties, unexpected types in optional places) never raise it.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        content_type: str | None = None,
        content: bytes = b"",
        request_id: str | None = None,
        where: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.content_type = content_type
        self.content = content[:KEPT_BODY_BYTES]
        self.request_id = request_id
        self.where = where

    @classmethod
    def from_response(
        cls, response: httpx.Response, cause: BaseException
    ) -> UnreadableResponseError:
        """The error for ``response``, whose body could not be read into its model."""
        content_type = response.headers.get("content-type")
        try:
            request: httpx.Request | None = response.request
        except RuntimeError:  # a response made by hand, not received
            request = None
        request_id = _request_id(response, request)
        reason = _reason(cause)
        return cls(
            f"HTTP {response.status_code} answer ({content_type or 'no content type'}, "
            f"{len(response.content)} bytes) could not be read: {reason}",
            status_code=response.status_code,
            content_type=content_type,
            content=response.content,
            request_id=request_id,
        )

    @classmethod
    def from_value(cls, where: str, value: object, cause: BaseException) -> UnreadableResponseError:
        """The error for the JSON ``value`` of ``where`` (``Model.field``), read lazily."""
        try:
            content = json.dumps(value, default=repr).encode()
        except (TypeError, ValueError):
            content = repr(value).encode()
        reason = _reason(cause)
        return cls(f"{where} could not be read: {reason}", content=content, where=where)


class ExportJobFailedError(ExportJobsError):
    """A waited-for job ended ``FAILED``; ``job`` holds it, with its ``errors``."""

    def __init__(self, job: ExportJob) -> None:
        super().__init__(f"export job {job.id} failed")
        self.job = job


class WaitTimeoutError(ExportJobsError, TimeoutError):
    """A waited-for job did not finish in time; ``job`` is the last state seen."""

    def __init__(self, job: ExportJob, timeout: float) -> None:
        super().__init__(f"export job {job.id} is still {job.status} after {timeout:g} s")
        self.job = job
