"""An IMS-like token endpoint: OAuth Server-to-Server (client credentials) for the mock's gateway.

``POST /ims/token/v3`` takes the same form fields as Adobe IMS
(``grant_type=client_credentials``, ``client_id``, ``client_secret``, ``scope``)
and answers as IMS does: ``{"access_token", "token_type": "bearer", "expires_in"}``
with ``expires_in`` in seconds, or a 4xx with ``{"error", "error_description"}``.
The gateway accepts an issued token until it expires by the mock's clock.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from export_jobs_mock.clock import Clock

TOKEN_PATH = "/ims/token/v3"  # noqa: S105  (a path, not a secret)
_FORM = "application/x-www-form-urlencoded"
_MAX_FORM_BYTES = 8192
#: Issued tokens remembered (expired ones too, so that they answer 401, not "unknown").
_MAX_REMEMBERED_TOKENS = 10_000


@dataclass(frozen=True)
class IssuedToken:
    client_id: str
    expires_ms: int


class TokenIssuer:
    """Issues tokens to known clients and tells the gateway whether a token is one of its own.

    ``clients`` maps client ids to secrets; ``None`` accepts any non-empty pair.
    """

    def __init__(
        self, clock: Clock, lifetime_seconds: int, clients: Mapping[str, str] | None
    ) -> None:
        self._clock = clock
        self._lifetime_seconds = lifetime_seconds
        self._clients = clients
        self._lock = threading.Lock()
        self._tokens: OrderedDict[str, IssuedToken] = OrderedDict()
        #: Tokens issued so far, for tests and /_mock/health.
        self.issued = 0

    def lookup(self, token: str) -> IssuedToken | None:
        """The issued token ``token``, expired or not; None when the mock never issued it."""
        with self._lock:
            return self._tokens.get(token)

    def set_lifetime(self, seconds: int) -> None:
        """How long tokens issued from now on stay valid."""
        if seconds < 1:
            raise ValueError("a token lives at least 1 s")
        self._lifetime_seconds = seconds

    def issued_tokens(self) -> list[str]:
        """The tokens it still remembers (the newest few thousand), for tests' secret checks."""
        with self._lock:
            return list(self._tokens)

    def is_valid(self, issued: IssuedToken) -> bool:
        return self._clock.now_ms() < issued.expires_ms

    def knows_client(self, client_id: str) -> bool:
        return self._clients is None or client_id in self._clients

    def issue(self, form: Mapping[str, str]) -> tuple[int, dict[str, object]]:
        """IMS's answer to a token request: a status and its JSON body."""
        if form.get("grant_type") != "client_credentials":
            return 400, _error("unsupported_grant_type", "only client_credentials is supported")
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        if not client_id or not self.knows_client(client_id):
            return 400, _error("invalid_client", "invalid client_id parameter")
        expected = None if self._clients is None else self._clients[client_id]
        if not secret or (expected is not None and not secrets.compare_digest(secret, expected)):
            return 401, _error("invalid_client", "invalid client_secret parameter")
        if not form.get("scope", "").strip():
            return 400, _error("invalid_scope", "scope parameter is required")
        token = secrets.token_urlsafe(32)
        expires_ms = self._clock.now_ms() + self._lifetime_seconds * 1000
        with self._lock:
            self._tokens[token] = IssuedToken(client_id, expires_ms)
            while len(self._tokens) > _MAX_REMEMBERED_TOKENS:
                self._tokens.popitem(last=False)
            self.issued += 1
        body = {"access_token": token, "token_type": "bearer", "expires_in": self._lifetime_seconds}
        return 200, body


def _error(error: str, description: str) -> dict[str, object]:
    return {"error": error, "error_description": description}


def _json(status: int, body: object) -> Response:
    return Response(orjson.dumps(body), status, media_type="application/json")


def routes(issuer: TokenIssuer) -> list[Route]:
    async def token(request: Request) -> Response:
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != _FORM:
            return _json(400, _error("invalid_request", f"Content-Type must be {_FORM}"))
        if request.query_params:
            # IMS takes the credentials in the body: a query string gets logged.
            return _json(400, _error("invalid_request", "send the fields in the body"))
        raw = await request.body()
        if len(raw) > _MAX_FORM_BYTES:
            return _json(413, _error("invalid_request", "the form is too large"))
        try:
            fields = parse_qs(raw.decode("utf-8"), strict_parsing=False)
        except UnicodeDecodeError:
            return _json(400, _error("invalid_request", "the form is not UTF-8"))
        form = {name: values[-1] for name, values in fields.items()}
        status, body = issuer.issue(form)
        return _json(status, body)

    return [Route(TOKEN_PATH, token, methods=["POST"])]
