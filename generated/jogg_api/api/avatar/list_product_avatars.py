# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_product_avatars_aspect_ratio import (
    ListProductAvatarsAspectRatio,
)
from ...models.list_product_avatars_response_200 import ListProductAvatarsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    aspect_ratio: ListProductAvatarsAspectRatio | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_aspect_ratio: str | Unset = UNSET
    if not isinstance(aspect_ratio, Unset):
        json_aspect_ratio = aspect_ratio

    params["aspect_ratio"] = json_aspect_ratio

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/avatars/product_avatars",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListProductAvatarsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListProductAvatarsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListProductAvatarsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    aspect_ratio: ListProductAvatarsAspectRatio | Unset = UNSET,
) -> Response[ListProductAvatarsResponse200]:
    """List product avatars

    Args:
        aspect_ratio (ListProductAvatarsAspectRatio | Unset):  Example: portrait.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListProductAvatarsResponse200]
    """

    kwargs = _get_kwargs(
        aspect_ratio=aspect_ratio,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    aspect_ratio: ListProductAvatarsAspectRatio | Unset = UNSET,
) -> ListProductAvatarsResponse200 | None:
    """List product avatars

    Args:
        aspect_ratio (ListProductAvatarsAspectRatio | Unset):  Example: portrait.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListProductAvatarsResponse200
    """

    return sync_detailed(
        client=client,
        aspect_ratio=aspect_ratio,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    aspect_ratio: ListProductAvatarsAspectRatio | Unset = UNSET,
) -> Response[ListProductAvatarsResponse200]:
    """List product avatars

    Args:
        aspect_ratio (ListProductAvatarsAspectRatio | Unset):  Example: portrait.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListProductAvatarsResponse200]
    """

    kwargs = _get_kwargs(
        aspect_ratio=aspect_ratio,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    aspect_ratio: ListProductAvatarsAspectRatio | Unset = UNSET,
) -> ListProductAvatarsResponse200 | None:
    """List product avatars

    Args:
        aspect_ratio (ListProductAvatarsAspectRatio | Unset):  Example: portrait.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListProductAvatarsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            aspect_ratio=aspect_ratio,
        )
    ).parsed
