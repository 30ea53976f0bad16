# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_product_video_response_200 import GetProductVideoResponse200
from ...types import Response


def _get_kwargs(
    product_video_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/product_video/{product_video_id}".format(
            product_video_id=quote(str(product_video_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetProductVideoResponse200 | None:
    if response.status_code == 200:
        response_200 = GetProductVideoResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetProductVideoResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    product_video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetProductVideoResponse200]:
    """Check Product Video Status

    Args:
        product_video_id (str):  Example: pv_123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProductVideoResponse200]
    """

    kwargs = _get_kwargs(
        product_video_id=product_video_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    product_video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetProductVideoResponse200 | None:
    """Check Product Video Status

    Args:
        product_video_id (str):  Example: pv_123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProductVideoResponse200
    """

    return sync_detailed(
        product_video_id=product_video_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    product_video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetProductVideoResponse200]:
    """Check Product Video Status

    Args:
        product_video_id (str):  Example: pv_123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProductVideoResponse200]
    """

    kwargs = _get_kwargs(
        product_video_id=product_video_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    product_video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetProductVideoResponse200 | None:
    """Check Product Video Status

    Args:
        product_video_id (str):  Example: pv_123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProductVideoResponse200
    """

    return (
        await asyncio_detailed(
            product_video_id=product_video_id,
            client=client,
        )
    ).parsed
