# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_photo_avatar_photo_response_200 import GetPhotoAvatarPhotoResponse200
from ...types import UNSET, Response


def _get_kwargs(
    *,
    photo_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["photo_id"] = photo_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/photo_avatar/photo",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPhotoAvatarPhotoResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPhotoAvatarPhotoResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPhotoAvatarPhotoResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    photo_id: str,
) -> Response[GetPhotoAvatarPhotoResponse200]:
    """Check Photo Generation Status

    Args:
        photo_id (str):  Example: photo_123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPhotoAvatarPhotoResponse200]
    """

    kwargs = _get_kwargs(
        photo_id=photo_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    photo_id: str,
) -> GetPhotoAvatarPhotoResponse200 | None:
    """Check Photo Generation Status

    Args:
        photo_id (str):  Example: photo_123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPhotoAvatarPhotoResponse200
    """

    return sync_detailed(
        client=client,
        photo_id=photo_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    photo_id: str,
) -> Response[GetPhotoAvatarPhotoResponse200]:
    """Check Photo Generation Status

    Args:
        photo_id (str):  Example: photo_123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPhotoAvatarPhotoResponse200]
    """

    kwargs = _get_kwargs(
        photo_id=photo_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    photo_id: str,
) -> GetPhotoAvatarPhotoResponse200 | None:
    """Check Photo Generation Status

    Args:
        photo_id (str):  Example: photo_123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPhotoAvatarPhotoResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            photo_id=photo_id,
        )
    ).parsed
