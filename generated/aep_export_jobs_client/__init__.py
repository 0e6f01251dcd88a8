"""A client library for accessing Adobe Experience Platform Segmentation Service – Export Jobs"""

from .auth import DEFAULT_IMS_URL, DEFAULT_SCOPES, ClientCredentials, ImsTokenAuth, StaticTokenAuth
from .calls import CallOptions, RawResponse
from .client import AuthenticatedClient, Client
from .exceptions import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    ExportJobFailedError,
    ExportJobsError,
    NetworkError,
    UnreadableResponseError,
    WaitTimeoutError,
)
from .jobs import (
    DEFAULT_BASE_URL,
    AsyncExportJobs,
    AsyncRawExportJobs,
    ExportJobs,
    PagePosition,
    RawExportJobs,
    build_client,
    build_client_from_env,
    connect,
    connect_from_env,
)
from .retrying import AsyncRetryingTransport, RetryingTransport
from .waiting import WaitProgress

__all__ = (
    "DEFAULT_BASE_URL",
    "DEFAULT_IMS_URL",
    "DEFAULT_SCOPES",
    "ApiError",
    "AsyncExportJobs",
    "AsyncRawExportJobs",
    "AsyncRetryingTransport",
    "AuthenticatedClient",
    "AuthenticationError",
    "CallOptions",
    "Client",
    "ClientCredentials",
    "ConfigurationError",
    "ExportJobFailedError",
    "ExportJobs",
    "ExportJobsError",
    "ImsTokenAuth",
    "NetworkError",
    "PagePosition",
    "RawExportJobs",
    "RawResponse",
    "RetryingTransport",
    "StaticTokenAuth",
    "UnreadableResponseError",
    "WaitProgress",
    "WaitTimeoutError",
    "build_client",
    "build_client_from_env",
    "connect",
    "connect_from_env",
)
