# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_product_avatar_images_body_aspect_ratio import (
    GenerateProductAvatarImagesBodyAspectRatio,
    check_generate_product_avatar_images_body_aspect_ratio,
)
from ..models.generate_product_avatar_images_body_quality import (
    GenerateProductAvatarImagesBodyQuality,
    check_generate_product_avatar_images_body_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_product_avatar_images_body_avatar_source import (
        GenerateProductAvatarImagesBodyAvatarSource,
    )


T = TypeVar("T", bound="GenerateProductAvatarImagesBody")


@_attrs_define
class GenerateProductAvatarImagesBody:
    """
    Attributes:
        product_image_url (str):  Example: https://res.jogg.ai/product.jpg.
        avatar_source (GenerateProductAvatarImagesBodyAvatarSource):
        quality (GenerateProductAvatarImagesBodyQuality):  Example: high.
        aspect_ratio (GenerateProductAvatarImagesBodyAspectRatio):  Example: 3:2.
        num_images (int):  Default: 1. Example: 4.
        prompt (str | Unset):  Example: Professional product presenter in business attire.
        webhook_url (str | Unset):  Example: https://example.com/webhook.
    """

    product_image_url: str
    avatar_source: GenerateProductAvatarImagesBodyAvatarSource
    quality: GenerateProductAvatarImagesBodyQuality
    aspect_ratio: GenerateProductAvatarImagesBodyAspectRatio
    num_images: int = 1
    prompt: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_image_url = self.product_image_url

        avatar_source = self.avatar_source.to_dict()

        quality: str = self.quality

        aspect_ratio: str = self.aspect_ratio

        num_images = self.num_images

        prompt = self.prompt

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_image_url": product_image_url,
                "avatar_source": avatar_source,
                "quality": quality,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generate_product_avatar_images_body_avatar_source import (
            GenerateProductAvatarImagesBodyAvatarSource,  # noqa: PLC0415
        )

        d = dict(src_dict)
        product_image_url = d.pop("product_image_url")

        avatar_source = GenerateProductAvatarImagesBodyAvatarSource.from_dict(
            d.pop("avatar_source")
        )

        quality = check_generate_product_avatar_images_body_quality(d.pop("quality"))

        aspect_ratio = check_generate_product_avatar_images_body_aspect_ratio(d.pop("aspect_ratio"))

        num_images = d.pop("num_images")

        prompt = d.pop("prompt", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        generate_product_avatar_images_body = cls(
            product_image_url=product_image_url,
            avatar_source=avatar_source,
            quality=quality,
            aspect_ratio=aspect_ratio,
            num_images=num_images,
            prompt=prompt,
            webhook_url=webhook_url,
        )

        generate_product_avatar_images_body.additional_properties = d
        return generate_product_avatar_images_body

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
