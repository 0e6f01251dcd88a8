"""The headers Adobe's gateway wants on every call, named once for all hand-written code.

The spec declares them as security schemes; ``tests/client/test_gateway_headers.py``
checks these names against it.

>>> gateway_headers(api_key="k", ims_org="O@AdobeOrg", sandbox="prod")
{'x-api-key': 'k', 'x-gw-ims-org-id': 'O@AdobeOrg', 'x-sandbox-name': 'prod'}
"""

from __future__ import annotations

AUTHORIZATION = "Authorization"
API_KEY = "x-api-key"
IMS_ORG = "x-gw-ims-org-id"
SANDBOX = "x-sandbox-name"
#: The id of one request, in the gateway's answers (and in the caller's request, when set).
REQUEST_ID = "x-request-id"


def gateway_headers(
    *, api_key: str, ims_org: str, sandbox: str, access_token: str | None = None
) -> dict[str, str]:
    """The four headers (three without a token, when an ``httpx.Auth`` sends it)."""
    headers = {API_KEY: api_key, IMS_ORG: ims_org, SANDBOX: sandbox}
    if access_token is not None:
        headers = {AUTHORIZATION: f"Bearer {access_token}", **headers}
    return headers
