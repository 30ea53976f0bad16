# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_product_avatar_motion_response_200 import (
    GetProductAvatarMotionResponse200,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    motion_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["motion_id"] = motion_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/product_avatar",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetProductAvatarMotionResponse200 | None:
    if response.status_code == 200:
        response_200 = GetProductAvatarMotionResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetProductAvatarMotionResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    motion_id: str,
) -> Response[GetProductAvatarMotionResponse200]:
    """Check image to product avatar status

    Args:
        motion_id (str):  Example: motion_123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProductAvatarMotionResponse200]
    """

    kwargs = _get_kwargs(
        motion_id=motion_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    motion_id: str,
) -> GetProductAvatarMotionResponse200 | None:
    """Check image to product avatar status

    Args:
        motion_id (str):  Example: motion_123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProductAvatarMotionResponse200
    """

    return sync_detailed(
        client=client,
        motion_id=motion_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    motion_id: str,
) -> Response[GetProductAvatarMotionResponse200]:
    """Check image to product avatar status

    Args:
        motion_id (str):  Example: motion_123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProductAvatarMotionResponse200]
    """

    kwargs = _get_kwargs(
        motion_id=motion_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    motion_id: str,
) -> GetProductAvatarMotionResponse200 | None:
    """Check image to product avatar status

    Args:
        motion_id (str):  Example: motion_123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProductAvatarMotionResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            motion_id=motion_id,
        )
    ).parsed
