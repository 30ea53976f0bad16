# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_photo_avatars_response_200 import ListPhotoAvatarsResponse200
from ...models.list_photo_avatars_status import (
    ListPhotoAvatarsStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    name: str | Unset = UNSET,
    status: ListPhotoAvatarsStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["name"] = name

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/avatars/photo_avatars",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPhotoAvatarsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListPhotoAvatarsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPhotoAvatarsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    name: str | Unset = UNSET,
    status: ListPhotoAvatarsStatus | Unset = UNSET,
) -> Response[ListPhotoAvatarsResponse200]:
    """Get Photo Avatar List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        name (str | Unset):
        status (ListPhotoAvatarsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPhotoAvatarsResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        name=name,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    name: str | Unset = UNSET,
    status: ListPhotoAvatarsStatus | Unset = UNSET,
) -> ListPhotoAvatarsResponse200 | None:
    """Get Photo Avatar List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        name (str | Unset):
        status (ListPhotoAvatarsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPhotoAvatarsResponse200
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        name=name,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    name: str | Unset = UNSET,
    status: ListPhotoAvatarsStatus | Unset = UNSET,
) -> Response[ListPhotoAvatarsResponse200]:
    """Get Photo Avatar List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        name (str | Unset):
        status (ListPhotoAvatarsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPhotoAvatarsResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        name=name,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    name: str | Unset = UNSET,
    status: ListPhotoAvatarsStatus | Unset = UNSET,
) -> ListPhotoAvatarsResponse200 | None:
    """Get Photo Avatar List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        name (str | Unset):
        status (ListPhotoAvatarsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPhotoAvatarsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            name=name,
            status=status,
        )
    ).parsed
