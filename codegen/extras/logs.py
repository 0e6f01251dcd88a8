"""The package's loggers, and ``EXPORT_JOBS_LOG`` for people who do not configure logging.

Everything logs through the standard library under ``aep_export_jobs_client``:

- ``aep_export_jobs_client.http``: each request at DEBUG (method, path, status,
  duration, attempt, request id); each resend at INFO with its reason and pause;
  a give-up at WARNING.
- ``aep_export_jobs_client.auth``: each token fetched from IMS at INFO (why, and
  how long it lives), a refusal at WARNING.
- ``aep_export_jobs_client.jobs``: ``wait()``'s polls at DEBUG.

No record ever holds a token, a client secret, an API key or a body. The
package adds no handler of its own unless ``EXPORT_JOBS_LOG`` is ``debug``,
``info`` or ``warning``: then ``configure_from_env()`` (called when a client is
built) sends that level and above to standard error.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import TextIO
from urllib.parse import parse_qsl, urlencode

import httpx

from .gateway import REQUEST_ID

ROOT = "aep_export_jobs_client"
# A library's loggers stay silent until the application configures logging
# (without this, Python's last-resort handler would print warnings).
logging.getLogger(ROOT).addHandler(logging.NullHandler())
http_log = logging.getLogger(f"{ROOT}.http")
auth_log = logging.getLogger(f"{ROOT}.auth")
jobs_log = logging.getLogger(f"{ROOT}.jobs")

ENVIRONMENT_VARIABLE = "EXPORT_JOBS_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
#: Query parameters whose values never reach a log (none of the API's own are secret,
#: but a proxy or a caller's extra parameters might be).
SECRET_PARAMETERS = frozenset(
    {"access_token", "api_key", "client_secret", "code", "key", "password", "secret", "token"}
)
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _EnvironmentHandler(logging.StreamHandler[TextIO]):
    """The handler ``EXPORT_JOBS_LOG`` adds (marked, so it is added once)."""


def configure_from_env(environ: Mapping[str, str] | None = None) -> int | None:
    """Add a standard-error handler at the level ``EXPORT_JOBS_LOG`` names; returns that level.

    Does nothing when the variable is unset or unknown, and adds the handler once.
    """
    environ = os.environ if environ is None else environ
    level = LEVELS.get(environ.get(ENVIRONMENT_VARIABLE, "").strip().lower())
    if level is None:
        return None
    enable(level)
    return level


def enable(level: int, stream: TextIO | None = None) -> None:
    """Send the package's records of ``level`` and above to ``stream`` (standard error)."""
    logger = logging.getLogger(ROOT)
    logger.setLevel(min(level, logger.level or logging.WARNING))
    for handler in logger.handlers:
        if isinstance(handler, _EnvironmentHandler):
            handler.setLevel(min(level, handler.level))
            return
    handler = _EnvironmentHandler(stream or sys.stderr)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)


def loggable_url(url: httpx.URL) -> str:
    """``url``'s path and query, with the values of secret-looking parameters hidden."""
    if not url.query:
        return url.path
    pairs = parse_qsl(url.query.decode("ascii", "replace"), keep_blank_values=True)
    shown = [
        (key, "[hidden]" if key.lower() in SECRET_PARAMETERS else value) for key, value in pairs
    ]
    return f"{url.path}?{urlencode(shown, safe='/:_,')}"


def request_id(response: httpx.Response | None, request: httpx.Request | None) -> str | None:
    """The gateway's id for this request: the answer's ``x-request-id``, else the caller's."""
    if response is not None:
        found = response.headers.get(REQUEST_ID)
        if found:
            return str(found)
    if request is not None:
        sent = request.headers.get(REQUEST_ID)
        return None if sent is None else str(sent)
    return None
