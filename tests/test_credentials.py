"""Credentials keep the token and the key out of reprs and of any text they mask."""

from __future__ import annotations

from contract_tests.credentials import MASK, Credentials


def test_repr_hides_secrets() -> None:
    credentials = Credentials("tok-123", "key-456", "ORG@AdobeOrg", "prod")
    shown = repr(credentials)
    assert "tok-123" not in shown
    assert "key-456" not in shown
    assert "ORG@AdobeOrg" in shown


def test_mask_replaces_every_secret() -> None:
    credentials = Credentials("tok-123", "key-456", "ORG@AdobeOrg", "prod")
    text = "Authorization: Bearer tok-123\nx-api-key: key-456"
    assert credentials.mask(text) == f"Authorization: Bearer {MASK}\nx-api-key: {MASK}"
