# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_voices_age import ListVoicesAge
from ...models.list_voices_gender import ListVoicesGender
from ...models.list_voices_response_200 import ListVoicesResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    gender: ListVoicesGender | Unset = UNSET,
    language: str | Unset = UNSET,
    age: ListVoicesAge | Unset = UNSET,
    use_case: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_gender: str | Unset = UNSET
    if not isinstance(gender, Unset):
        json_gender = gender

    params["gender"] = json_gender

    params["language"] = language

    json_age: str | Unset = UNSET
    if not isinstance(age, Unset):
        json_age = age

    params["age"] = json_age

    params["use_case"] = use_case

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/voices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListVoicesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListVoicesResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListVoicesResponse200]:
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
    gender: ListVoicesGender | Unset = UNSET,
    language: str | Unset = UNSET,
    age: ListVoicesAge | Unset = UNSET,
    use_case: str | Unset = UNSET,
) -> Response[ListVoicesResponse200]:
    """Get Timbre List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        gender (ListVoicesGender | Unset):
        language (str | Unset):  Example: english.
        age (ListVoicesAge | Unset):
        use_case (str | Unset):  Example: narrative_story.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVoicesResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        gender=gender,
        language=language,
        age=age,
        use_case=use_case,
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
    gender: ListVoicesGender | Unset = UNSET,
    language: str | Unset = UNSET,
    age: ListVoicesAge | Unset = UNSET,
    use_case: str | Unset = UNSET,
) -> ListVoicesResponse200 | None:
    """Get Timbre List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        gender (ListVoicesGender | Unset):
        language (str | Unset):  Example: english.
        age (ListVoicesAge | Unset):
        use_case (str | Unset):  Example: narrative_story.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVoicesResponse200
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        gender=gender,
        language=language,
        age=age,
        use_case=use_case,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    gender: ListVoicesGender | Unset = UNSET,
    language: str | Unset = UNSET,
    age: ListVoicesAge | Unset = UNSET,
    use_case: str | Unset = UNSET,
) -> Response[ListVoicesResponse200]:
    """Get Timbre List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        gender (ListVoicesGender | Unset):
        language (str | Unset):  Example: english.
        age (ListVoicesAge | Unset):
        use_case (str | Unset):  Example: narrative_story.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVoicesResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        gender=gender,
        language=language,
        age=age,
        use_case=use_case,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    gender: ListVoicesGender | Unset = UNSET,
    language: str | Unset = UNSET,
    age: ListVoicesAge | Unset = UNSET,
    use_case: str | Unset = UNSET,
) -> ListVoicesResponse200 | None:
    """Get Timbre List

    Args:
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 10. Example: 10.
        gender (ListVoicesGender | Unset):
        language (str | Unset):  Example: english.
        age (ListVoicesAge | Unset):
        use_case (str | Unset):  Example: narrative_story.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVoicesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            gender=gender,
            language=language,
            age=age,
            use_case=use_case,
        )
    ).parsed
