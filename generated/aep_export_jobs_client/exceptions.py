# Copied from codegen/extras/exceptions.py by `make generate`: edit it there.
"""Typed errors raised by the ``ExportJobs`` facade."""

from __future__ import annotations

import json

from .models.export_job import ExportJob


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
    def from_response(cls, status_code: int, content: bytes) -> ApiError:
        """Read a gateway error (``error_code``/``message``) or a service problem body."""
        try:
            body = json.loads(content)
        except ValueError:
            body = None
        if not isinstance(body, dict):
            text = content.decode(errors="replace")[:500]
            return cls(status_code, text or "no body", content=content)
        error_code = body.get("error_code")
        message = body.get("message") or body.get("detail") or body.get("title") or ""
        grouped = body.get("errors")
        if error_code is None and isinstance(grouped, dict):
            for items in grouped.values():
                if isinstance(items, list) and items and isinstance(items[0], dict):
                    error_code = items[0].get("code")
                    break
        request_id = body.get("requestId")
        return cls(
            status_code,
            str(message),
            error_code=None if error_code is None else str(error_code),
            request_id=None if request_id is None else str(request_id),
            content=content,
        )


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
