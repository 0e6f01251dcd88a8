"""The gateway's header names, written once in the client package, match the spec's."""

from __future__ import annotations

from aep_export_jobs_client import gateway

from export_jobs_spec import load_spec


def test_the_names_are_the_specs() -> None:
    declared = set(load_spec().security_headers.values())
    written = {gateway.AUTHORIZATION, gateway.API_KEY, gateway.IMS_ORG, gateway.SANDBOX}
    assert {name.lower() for name in written} == declared


def test_without_a_token_an_auth_flow_sends_it() -> None:
    headers = gateway.gateway_headers(api_key="k", ims_org="O@AdobeOrg", sandbox="prod")
    assert gateway.AUTHORIZATION not in headers
    assert len(headers) == 3
