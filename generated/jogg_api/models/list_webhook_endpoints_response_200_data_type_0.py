# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_endpoint import WebhookEndpoint


T = TypeVar("T", bound="ListWebhookEndpointsResponse200DataType0")


@_attrs_define
class ListWebhookEndpointsResponse200DataType0:
    """
    Attributes:
        endpoints (list[WebhookEndpoint] | None | Unset):
    """

    endpoints: list[WebhookEndpoint] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoints: list[dict[str, Any]] | None | Unset
        if isinstance(self.endpoints, Unset):
            endpoints = UNSET
        elif isinstance(self.endpoints, list):
            endpoints = []
            for endpoints_type_0_item_data in self.endpoints:
                endpoints_type_0_item = endpoints_type_0_item_data.to_dict()
                endpoints.append(endpoints_type_0_item)

        else:
            endpoints = self.endpoints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_endpoint import WebhookEndpoint  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_endpoints(data: object) -> list[WebhookEndpoint] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                endpoints_type_0 = []
                _endpoints_type_0 = data
                for endpoints_type_0_item_data in _endpoints_type_0:
                    endpoints_type_0_item = WebhookEndpoint.from_dict(endpoints_type_0_item_data)

                    endpoints_type_0.append(endpoints_type_0_item)

                return endpoints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WebhookEndpoint] | None | Unset, data)

        endpoints = _parse_endpoints(d.pop("endpoints", UNSET))

        list_webhook_endpoints_response_200_data_type_0 = cls(
            endpoints=endpoints,
        )

        list_webhook_endpoints_response_200_data_type_0.additional_properties = d
        return list_webhook_endpoints_response_200_data_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
