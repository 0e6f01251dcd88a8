"""The gateway credentials of one tenant, and how they are kept out of every log and report."""

from __future__ import annotations

from dataclasses import dataclass, field

MASK = "[masked]"


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

    def headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.token}",
            "x-api-key": self.api_key,
            "x-gw-ims-org-id": self.ims_org,
            "x-sandbox-name": self.sandbox,
        }

    def mask(self, text: str) -> str:
        """``text`` with the token and the key replaced by ``[masked]``."""
        for secret in (self.token, self.api_key):
            if secret:
                text = text.replace(secret, MASK)
        return text
