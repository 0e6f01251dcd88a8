"""A client library for accessing Adobe Experience Platform Segmentation Service – Export Jobs"""

from .client import AuthenticatedClient, Client
from .exceptions import ApiError, ExportJobFailedError, ExportJobsError, WaitTimeoutError
from .jobs import DEFAULT_BASE_URL, AsyncExportJobs, ExportJobs, connect, connect_from_env
from .retrying import AsyncRetryingTransport, RetryingTransport

__all__ = (
    "DEFAULT_BASE_URL",
    "ApiError",
    "AsyncExportJobs",
    "AsyncRetryingTransport",
    "AuthenticatedClient",
    "Client",
    "ExportJobFailedError",
    "ExportJobs",
    "ExportJobsError",
    "RetryingTransport",
    "WaitTimeoutError",
    "connect",
    "connect_from_env",
)
