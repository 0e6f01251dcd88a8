"""A client library for accessing Adobe Experience Platform Segmentation Service – Export Jobs"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
