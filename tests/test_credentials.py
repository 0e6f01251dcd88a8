"""Credentials keep the token and the key out of reprs and out of reports."""

from __future__ import annotations

from contract_tests.credentials import MASK, Credentials, mask_secrets


def test_repr_hides_secrets() -> None:
    credentials = Credentials("tok-123456", "key-456789", "ORG@AdobeOrg", "prod")
    shown = repr(credentials)
    assert "tok-123456" not in shown
    assert "key-456789" not in shown
    assert "ORG@AdobeOrg" in shown


def test_every_known_secret_is_masked() -> None:
    Credentials("tok-abcdef", "key-ghijkl", "ORG@AdobeOrg", "prod")
    text = "Authorization: Bearer tok-abcdef\nx-api-key: key-ghijkl\nx-sandbox-name: prod"
    assert (
        mask_secrets(text)
        == f"Authorization: Bearer {MASK}\nx-api-key: {MASK}\nx-sandbox-name: prod"
    )


def test_short_values_are_not_treated_as_secrets() -> None:
    Credentials("abc", "k", "ORG@AdobeOrg", "prod")
    assert mask_secrets("abc k") == "abc k"
