"""The gateway's checks, in the order it makes them, before the service sees a request."""

from __future__ import annotations

from collections.abc import Mapping

from export_jobs_mock.config import MockConfig
from export_jobs_mock.ims import TokenIssuer
from export_jobs_mock.replies import Reply, gateway_error
from export_jobs_mock.store import Tenant
from export_jobs_spec import Spec

_BEARER = "bearer "


def authenticate(
    headers: Mapping[str, str], config: MockConfig, spec: Spec, issuer: TokenIssuer
) -> Tenant | Reply:
    """The caller's tenant, or the gateway's error reply (``headers`` keyed in lower case).

    The header names come from the spec's security schemes. Order: token,
    API key, organisation, sandbox, entitlement. A token the mock's IMS issued is
    valid until it expires, whatever ``config.tokens`` says.
    """
    names = spec.security_headers
    authorization = headers.get(names["bearerAuth"], "").strip()
    if not authorization:
        return gateway_error(spec, 403, "Forbidden", "missingToken")
    # The scheme alone in lower case: a real IMS token is over a kilobyte long.
    if authorization[: len(_BEARER)].lower() != _BEARER:
        return gateway_error(spec, 401, "Unauthorized", "invalidToken")
    token = authorization[len(_BEARER) :].strip()
    issued = issuer.lookup(token)
    if issued is not None:
        if not issuer.is_valid(issued):
            return gateway_error(spec, 401, "Unauthorized", "invalidToken")
    elif not token or (config.tokens is not None and token not in config.tokens):
        return gateway_error(spec, 401, "Unauthorized", "invalidToken")
    api_key = headers.get(names["apiKey"], "").strip()
    if not api_key:
        return gateway_error(spec, 403, "Forbidden", "missingApiKey")
    known_keys = config.api_keys
    if known_keys is not None and api_key not in known_keys:
        client_ids = config.ims_clients or {}
        if api_key not in client_ids:
            return gateway_error(spec, 403, "Forbidden", "invalidApiKey")
    org = headers.get(names["imsOrg"], "").strip()
    sandbox = headers.get(names["sandboxName"], "").strip()
    if not org or not sandbox:
        return gateway_error(spec, 400, "BadRequest", "missingOrg")
    if config.entitlements is not None:
        # An issued token carries its client's entitlements.
        holder = token if issued is None else issued.client_id
        if org not in config.entitlements.get(holder, frozenset()):
            return gateway_error(spec, 403, "Forbidden", "notEntitled")
    return Tenant(org, sandbox)
