"""A client library for accessing Adobe Experience Platform Segmentation Service – Export Jobs"""

from .auth import DEFAULT_IMS_URL, DEFAULT_SCOPES, ClientCredentials, ImsTokenAuth, StaticTokenAuth
from .client import AuthenticatedClient, Client
from .exceptions import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    ExportJobFailedError,
    ExportJobsError,
    NetworkError,
    WaitTimeoutError,
)
from .jobs import (
    DEFAULT_BASE_URL,
    AsyncExportJobs,
    ExportJobs,
    build_client,
    build_client_from_env,
    connect,
    connect_from_env,
)
from .retrying import AsyncRetryingTransport, RetryingTransport

__all__ = (
    "DEFAULT_BASE_URL",
    "DEFAULT_IMS_URL",
    "DEFAULT_SCOPES",
    "ApiError",
    "AsyncExportJobs",
    "AsyncRetryingTransport",
    "AuthenticatedClient",
    "AuthenticationError",
    "Client",
    "ClientCredentials",
    "ConfigurationError",
    "ExportJobFailedError",
    "ExportJobs",
    "ExportJobsError",
    "ImsTokenAuth",
    "NetworkError",
    "RetryingTransport",
    "StaticTokenAuth",
    "WaitTimeoutError",
    "build_client",
    "build_client_from_env",
    "connect",
    "connect_from_env",
)
