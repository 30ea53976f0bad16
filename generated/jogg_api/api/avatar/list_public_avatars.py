# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_public_avatars_age import (
    ListPublicAvatarsAge,
)
from ...models.list_public_avatars_aspect_ratio import (
    ListPublicAvatarsAspectRatio,
)
from ...models.list_public_avatars_ethnicity import (
    ListPublicAvatarsEthnicity,
)
from ...models.list_public_avatars_gender import (
    ListPublicAvatarsGender,
)
from ...models.list_public_avatars_response_200 import ListPublicAvatarsResponse200
from ...models.list_public_avatars_scene import (
    ListPublicAvatarsScene,
)
from ...models.list_public_avatars_style import (
    ListPublicAvatarsStyle,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    aspect_ratio: ListPublicAvatarsAspectRatio | Unset = UNSET,
    style: ListPublicAvatarsStyle | Unset = UNSET,
    gender: ListPublicAvatarsGender | Unset = UNSET,
    age: ListPublicAvatarsAge | Unset = UNSET,
    scene: ListPublicAvatarsScene | Unset = UNSET,
    ethnicity: ListPublicAvatarsEthnicity | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_aspect_ratio: str | Unset = UNSET
    if not isinstance(aspect_ratio, Unset):
        json_aspect_ratio = aspect_ratio

    params["aspect_ratio"] = json_aspect_ratio

    json_style: str | Unset = UNSET
    if not isinstance(style, Unset):
        json_style = style

    params["style"] = json_style

    json_gender: str | Unset = UNSET
    if not isinstance(gender, Unset):
        json_gender = gender

    params["gender"] = json_gender

    json_age: str | Unset = UNSET
    if not isinstance(age, Unset):
        json_age = age

    params["age"] = json_age

    json_scene: str | Unset = UNSET
    if not isinstance(scene, Unset):
        json_scene = scene

    params["scene"] = json_scene

    json_ethnicity: str | Unset = UNSET
    if not isinstance(ethnicity, Unset):
        json_ethnicity = ethnicity

    params["ethnicity"] = json_ethnicity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/avatars/public",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPublicAvatarsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListPublicAvatarsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPublicAvatarsResponse200]:
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
    aspect_ratio: ListPublicAvatarsAspectRatio | Unset = UNSET,
    style: ListPublicAvatarsStyle | Unset = UNSET,
    gender: ListPublicAvatarsGender | Unset = UNSET,
    age: ListPublicAvatarsAge | Unset = UNSET,
    scene: ListPublicAvatarsScene | Unset = UNSET,
    ethnicity: ListPublicAvatarsEthnicity | Unset = UNSET,
) -> Response[ListPublicAvatarsResponse200]:
    """Get Public Avatar List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        aspect_ratio (ListPublicAvatarsAspectRatio | Unset):  Example: portrait.
        style (ListPublicAvatarsStyle | Unset):
        gender (ListPublicAvatarsGender | Unset):
        age (ListPublicAvatarsAge | Unset):
        scene (ListPublicAvatarsScene | Unset):
        ethnicity (ListPublicAvatarsEthnicity | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPublicAvatarsResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        aspect_ratio=aspect_ratio,
        style=style,
        gender=gender,
        age=age,
        scene=scene,
        ethnicity=ethnicity,
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
    aspect_ratio: ListPublicAvatarsAspectRatio | Unset = UNSET,
    style: ListPublicAvatarsStyle | Unset = UNSET,
    gender: ListPublicAvatarsGender | Unset = UNSET,
    age: ListPublicAvatarsAge | Unset = UNSET,
    scene: ListPublicAvatarsScene | Unset = UNSET,
    ethnicity: ListPublicAvatarsEthnicity | Unset = UNSET,
) -> ListPublicAvatarsResponse200 | None:
    """Get Public Avatar List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        aspect_ratio (ListPublicAvatarsAspectRatio | Unset):  Example: portrait.
        style (ListPublicAvatarsStyle | Unset):
        gender (ListPublicAvatarsGender | Unset):
        age (ListPublicAvatarsAge | Unset):
        scene (ListPublicAvatarsScene | Unset):
        ethnicity (ListPublicAvatarsEthnicity | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPublicAvatarsResponse200
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        aspect_ratio=aspect_ratio,
        style=style,
        gender=gender,
        age=age,
        scene=scene,
        ethnicity=ethnicity,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    aspect_ratio: ListPublicAvatarsAspectRatio | Unset = UNSET,
    style: ListPublicAvatarsStyle | Unset = UNSET,
    gender: ListPublicAvatarsGender | Unset = UNSET,
    age: ListPublicAvatarsAge | Unset = UNSET,
    scene: ListPublicAvatarsScene | Unset = UNSET,
    ethnicity: ListPublicAvatarsEthnicity | Unset = UNSET,
) -> Response[ListPublicAvatarsResponse200]:
    """Get Public Avatar List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        aspect_ratio (ListPublicAvatarsAspectRatio | Unset):  Example: portrait.
        style (ListPublicAvatarsStyle | Unset):
        gender (ListPublicAvatarsGender | Unset):
        age (ListPublicAvatarsAge | Unset):
        scene (ListPublicAvatarsScene | Unset):
        ethnicity (ListPublicAvatarsEthnicity | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPublicAvatarsResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        aspect_ratio=aspect_ratio,
        style=style,
        gender=gender,
        age=age,
        scene=scene,
        ethnicity=ethnicity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    aspect_ratio: ListPublicAvatarsAspectRatio | Unset = UNSET,
    style: ListPublicAvatarsStyle | Unset = UNSET,
    gender: ListPublicAvatarsGender | Unset = UNSET,
    age: ListPublicAvatarsAge | Unset = UNSET,
    scene: ListPublicAvatarsScene | Unset = UNSET,
    ethnicity: ListPublicAvatarsEthnicity | Unset = UNSET,
) -> ListPublicAvatarsResponse200 | None:
    """Get Public Avatar List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        aspect_ratio (ListPublicAvatarsAspectRatio | Unset):  Example: portrait.
        style (ListPublicAvatarsStyle | Unset):
        gender (ListPublicAvatarsGender | Unset):
        age (ListPublicAvatarsAge | Unset):
        scene (ListPublicAvatarsScene | Unset):
        ethnicity (ListPublicAvatarsEthnicity | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPublicAvatarsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            aspect_ratio=aspect_ratio,
            style=style,
            gender=gender,
            age=age,
            scene=scene,
            ethnicity=ethnicity,
        )
    ).parsed
