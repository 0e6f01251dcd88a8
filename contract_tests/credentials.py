"""The gateway credentials of one tenant, and how they are kept out of every log and report."""

from __future__ import annotations

from dataclasses import dataclass, field

from aep_export_jobs_client.gateway import gateway_headers

MASK = "[masked]"
#: Every token and key a Credentials was made with in this process: reports mask them all.
_SECRETS: set[str] = set()
# Shorter values would mask innocent text (and are no real secrets).
_MIN_SECRET_LENGTH = 6


def remember_secret(secret: str) -> None:
    """Mask ``secret`` (a client secret, say) in every report from now on."""
    if len(secret) >= _MIN_SECRET_LENGTH:
        _SECRETS.add(secret)


def mask_secrets(text: str) -> str:
    """``text`` with every known token and key replaced by ``[masked]``."""
    for secret in sorted(_SECRETS, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


@dataclass(frozen=True)
class Credentials:
    """Token, API key, organisation and sandbox of one caller.

    The token and the key never appear in ``repr``, so a failing assertion or a
    pytest report that prints a ``Credentials`` shows ``[masked]`` instead.
    """

    token: str = field(repr=False)
    api_key: str = field(repr=False)
    ims_org: str
    sandbox: str

    def __post_init__(self) -> None:
        _SECRETS.update(s for s in (self.token, self.api_key) if len(s) >= _MIN_SECRET_LENGTH)

    def headers(self) -> dict[str, str]:
        return gateway_headers(
            access_token=self.token,
            api_key=self.api_key,
            ims_org=self.ims_org,
            sandbox=self.sandbox,
        )
