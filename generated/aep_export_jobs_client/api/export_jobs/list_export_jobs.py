from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import UnreadableResponseError
from ...models.export_job_list import ExportJobList
from ...models.gateway_error import GatewayError
from ...models.list_export_jobs_status import ListExportJobsStatus
from ...models.problem import Problem
from ...runtime import as_http_status, json_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    offset: str | Unset = UNSET,
    start: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: ListExportJobsStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["start"] = start

    params["page"] = page

    params["sort"] = sort

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExportJobList | GatewayError | Problem | None:
    if response.status_code == 200:
        response_200 = ExportJobList.from_dict(json_body(response))

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> GatewayError | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = GatewayError.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = Problem.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(json_body(response))

        return response_400

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> GatewayError | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = GatewayError.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_1 = Problem.from_dict(data)

            return response_403_type_1

        response_403 = _parse_response_403(json_body(response))

        return response_403

    if response.status_code == 429:

        def _parse_response_429(data: object) -> GatewayError | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = GatewayError.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = Problem.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(json_body(response))

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(json_body(response))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExportJobList | GatewayError | Problem]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        if response.status_code < 400 and not (response.status_code == 204 and not response.content.strip()):
            raise UnreadableResponseError.from_response(response, error) from error
        parsed = None
    return Response(
        status_code=as_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: str | Unset = UNSET,
    start: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: ListExportJobsStatus | Unset = UNSET,
) -> Response[ExportJobList | GatewayError | Problem]:
    """List export jobs

     Lists the export jobs of the caller's organisation and sandbox, newest
    first. The guides document two ways to page: a cursor (pass the
    `offset` taken from `link.next` of the previous page,
    `{creationTimeMs}_{id}`) and numbers (`offset=2`; `start`, `page` and
    `sort` in the Profile API guide). `link.next` is the empty string on
    the last page.

    Args:
        limit (int | Unset):  Default: 100.
        offset (str | Unset):
        start (int | Unset):
        page (int | Unset):
        sort (str | Unset):
        status (ListExportJobsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportJobList | GatewayError | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        start=start,
        page=page,
        sort=sort,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: str | Unset = UNSET,
    start: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: ListExportJobsStatus | Unset = UNSET,
) -> ExportJobList | GatewayError | Problem | None:
    """List export jobs

     Lists the export jobs of the caller's organisation and sandbox, newest
    first. The guides document two ways to page: a cursor (pass the
    `offset` taken from `link.next` of the previous page,
    `{creationTimeMs}_{id}`) and numbers (`offset=2`; `start`, `page` and
    `sort` in the Profile API guide). `link.next` is the empty string on
    the last page.

    Args:
        limit (int | Unset):  Default: 100.
        offset (str | Unset):
        start (int | Unset):
        page (int | Unset):
        sort (str | Unset):
        status (ListExportJobsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportJobList | GatewayError | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        start=start,
        page=page,
        sort=sort,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: str | Unset = UNSET,
    start: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: ListExportJobsStatus | Unset = UNSET,
) -> Response[ExportJobList | GatewayError | Problem]:
    """List export jobs

     Lists the export jobs of the caller's organisation and sandbox, newest
    first. The guides document two ways to page: a cursor (pass the
    `offset` taken from `link.next` of the previous page,
    `{creationTimeMs}_{id}`) and numbers (`offset=2`; `start`, `page` and
    `sort` in the Profile API guide). `link.next` is the empty string on
    the last page.

    Args:
        limit (int | Unset):  Default: 100.
        offset (str | Unset):
        start (int | Unset):
        page (int | Unset):
        sort (str | Unset):
        status (ListExportJobsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportJobList | GatewayError | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        start=start,
        page=page,
        sort=sort,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: str | Unset = UNSET,
    start: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: ListExportJobsStatus | Unset = UNSET,
) -> ExportJobList | GatewayError | Problem | None:
    """List export jobs

     Lists the export jobs of the caller's organisation and sandbox, newest
    first. The guides document two ways to page: a cursor (pass the
    `offset` taken from `link.next` of the previous page,
    `{creationTimeMs}_{id}`) and numbers (`offset=2`; `start`, `page` and
    `sort` in the Profile API guide). `link.next` is the empty string on
    the last page.

    Args:
        limit (int | Unset):  Default: 100.
        offset (str | Unset):
        start (int | Unset):
        page (int | Unset):
        sort (str | Unset):
        status (ListExportJobsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportJobList | GatewayError | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            start=start,
            page=page,
            sort=sort,
            status=status,
        )
    ).parsed
