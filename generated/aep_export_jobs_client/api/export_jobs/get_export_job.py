from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import UnreadableResponseError
from ...models.export_job import ExportJob
from ...models.gateway_error import GatewayError
from ...models.problem import Problem
from ...runtime import as_http_status, json_body
from ...types import Response


def _get_kwargs(
    export_job_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export/jobs/{export_job_id}".format(
            export_job_id=quote(str(export_job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExportJob | GatewayError | Problem | None:
    if response.status_code == 200:
        response_200 = ExportJob.from_dict(json_body(response))

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(json_body(response))

        return response_404

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
) -> Response[ExportJob | GatewayError | Problem]:
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
    export_job_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ExportJob | GatewayError | Problem]:
    """Retrieve an export job

     Returns one export job of the caller's organisation and sandbox.

    Args:
        export_job_id (int): The integer id of an export job. Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportJob | GatewayError | Problem]
    """

    kwargs = _get_kwargs(
        export_job_id=export_job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    export_job_id: int,
    *,
    client: AuthenticatedClient,
) -> ExportJob | GatewayError | Problem | None:
    """Retrieve an export job

     Returns one export job of the caller's organisation and sandbox.

    Args:
        export_job_id (int): The integer id of an export job. Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportJob | GatewayError | Problem
    """

    return sync_detailed(
        export_job_id=export_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    export_job_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ExportJob | GatewayError | Problem]:
    """Retrieve an export job

     Returns one export job of the caller's organisation and sandbox.

    Args:
        export_job_id (int): The integer id of an export job. Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportJob | GatewayError | Problem]
    """

    kwargs = _get_kwargs(
        export_job_id=export_job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    export_job_id: int,
    *,
    client: AuthenticatedClient,
) -> ExportJob | GatewayError | Problem | None:
    """Retrieve an export job

     Returns one export job of the caller's organisation and sandbox.

    Args:
        export_job_id (int): The integer id of an export job. Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportJob | GatewayError | Problem
    """

    return (
        await asyncio_detailed(
            export_job_id=export_job_id,
            client=client,
        )
    ).parsed
