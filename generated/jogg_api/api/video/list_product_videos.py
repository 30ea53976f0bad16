# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_product_videos_response_200 import ListProductVideosResponse200
from ...models.list_product_videos_sort_order import (
    ListProductVideosSortOrder,
)
from ...models.list_product_videos_status import (
    ListProductVideosStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: ListProductVideosStatus | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: ListProductVideosSortOrder | Unset = "desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["sort_by"] = sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/product_videos",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListProductVideosResponse200 | None:
    if response.status_code == 200:
        response_200 = ListProductVideosResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListProductVideosResponse200]:
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
    status: ListProductVideosStatus | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: ListProductVideosSortOrder | Unset = "desc",
) -> Response[ListProductVideosResponse200]:
    """Get Product Video List

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (ListProductVideosStatus | Unset):
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (ListProductVideosSortOrder | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListProductVideosResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        status=status,
        sort_by=sort_by,
        sort_order=sort_order,
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
    status: ListProductVideosStatus | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: ListProductVideosSortOrder | Unset = "desc",
) -> ListProductVideosResponse200 | None:
    """Get Product Video List

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (ListProductVideosStatus | Unset):
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (ListProductVideosSortOrder | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListProductVideosResponse200
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        status=status,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: ListProductVideosStatus | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: ListProductVideosSortOrder | Unset = "desc",
) -> Response[ListProductVideosResponse200]:
    """Get Product Video List

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (ListProductVideosStatus | Unset):
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (ListProductVideosSortOrder | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListProductVideosResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        status=status,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: ListProductVideosStatus | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: ListProductVideosSortOrder | Unset = "desc",
) -> ListProductVideosResponse200 | None:
    """Get Product Video List

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (ListProductVideosStatus | Unset):
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (ListProductVideosSortOrder | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListProductVideosResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            status=status,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
