# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_product_previews_body_audio import CreateProductPreviewsBodyAudio
    from ..models.create_product_previews_body_avatar import (
        CreateProductPreviewsBodyAvatar,
    )
    from ..models.create_product_previews_body_script import (
        CreateProductPreviewsBodyScript,
    )
    from ..models.create_product_previews_body_video_spec import (
        CreateProductPreviewsBodyVideoSpec,
    )
    from ..models.create_product_previews_body_voice import CreateProductPreviewsBodyVoice


T = TypeVar("T", bound="CreateProductPreviewsBody")


@_attrs_define
class CreateProductPreviewsBody:
    """
    Attributes:
        product_id (str):  Example: NTIzMzc0NjI5.
        visual_styles (list[str]):  Example: ['Simple Product Switch', 'Dynamic Showcase'].
        video_spec (CreateProductPreviewsBodyVideoSpec):
        avatar (CreateProductPreviewsBodyAvatar):
        voice (CreateProductPreviewsBodyVoice):
        audio (CreateProductPreviewsBodyAudio):
        script (CreateProductPreviewsBodyScript):
        override_script (str | Unset):
        webhook_url (str | Unset):  Example: https://example.com/webhook.
    """

    product_id: str
    visual_styles: list[str]
    video_spec: CreateProductPreviewsBodyVideoSpec
    avatar: CreateProductPreviewsBodyAvatar
    voice: CreateProductPreviewsBodyVoice
    audio: CreateProductPreviewsBodyAudio
    script: CreateProductPreviewsBodyScript
    override_script: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        visual_styles = self.visual_styles

        video_spec = self.video_spec.to_dict()

        avatar = self.avatar.to_dict()

        voice = self.voice.to_dict()

        audio = self.audio.to_dict()

        script = self.script.to_dict()

        override_script = self.override_script

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "visual_styles": visual_styles,
                "video_spec": video_spec,
                "avatar": avatar,
                "voice": voice,
                "audio": audio,
                "script": script,
            }
        )
        if override_script is not UNSET:
            field_dict["override_script"] = override_script
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_product_previews_body_audio import (
            CreateProductPreviewsBodyAudio,  # noqa: PLC0415
        )
        from ..models.create_product_previews_body_avatar import (
            CreateProductPreviewsBodyAvatar,  # noqa: PLC0415
        )
        from ..models.create_product_previews_body_script import (
            CreateProductPreviewsBodyScript,  # noqa: PLC0415
        )
        from ..models.create_product_previews_body_video_spec import (
            CreateProductPreviewsBodyVideoSpec,  # noqa: PLC0415
        )
        from ..models.create_product_previews_body_voice import (
            CreateProductPreviewsBodyVoice,  # noqa: PLC0415
        )

        d = dict(src_dict)
        product_id = d.pop("product_id")

        visual_styles = cast(list[str], d.pop("visual_styles"))

        video_spec = CreateProductPreviewsBodyVideoSpec.from_dict(d.pop("video_spec"))

        avatar = CreateProductPreviewsBodyAvatar.from_dict(d.pop("avatar"))

        voice = CreateProductPreviewsBodyVoice.from_dict(d.pop("voice"))

        audio = CreateProductPreviewsBodyAudio.from_dict(d.pop("audio"))

        script = CreateProductPreviewsBodyScript.from_dict(d.pop("script"))

        override_script = d.pop("override_script", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        create_product_previews_body = cls(
            product_id=product_id,
            visual_styles=visual_styles,
            video_spec=video_spec,
            avatar=avatar,
            voice=voice,
            audio=audio,
            script=script,
            override_script=override_script,
            webhook_url=webhook_url,
        )

        create_product_previews_body.additional_properties = d
        return create_product_previews_body

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
