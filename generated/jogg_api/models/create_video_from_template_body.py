# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_video_from_template_body_avatar_type import (
    CreateVideoFromTemplateBodyAvatarType,
    check_create_video_from_template_body_avatar_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_video_from_template_body_variables_item import (
        CreateVideoFromTemplateBodyVariablesItem,
    )


T = TypeVar("T", bound="CreateVideoFromTemplateBody")


@_attrs_define
class CreateVideoFromTemplateBody:
    """
    Attributes:
        template_id (int):  Example: 1234.
        voice_language (str):  Example: english.
        variables (list[CreateVideoFromTemplateBodyVariablesItem]):
        video_name (str | Unset):  Example: My Template Video.
        avatar_id (int | Unset):  Example: 1.
        avatar_type (CreateVideoFromTemplateBodyAvatarType | Unset):  Example: 0.
        voice_id (str | Unset):  Example: en-US-ChristopherNeural.
        captions_enabled (bool | Unset):  Example: True.
        background_music_id (int | Unset):  Example: 1.
        disable_random_trans (bool | Unset):  Example: False.
        disable_random_moving (bool | Unset):  Example: False.
        disable_trans (bool | Unset):  Example: False.
        disable_moving (bool | Unset):  Example: False.
        webhook_url (str | Unset):  Example: https://example.com/webhook.
    """

    template_id: int
    voice_language: str
    variables: list[CreateVideoFromTemplateBodyVariablesItem]
    video_name: str | Unset = UNSET
    avatar_id: int | Unset = UNSET
    avatar_type: CreateVideoFromTemplateBodyAvatarType | Unset = UNSET
    voice_id: str | Unset = UNSET
    captions_enabled: bool | Unset = UNSET
    background_music_id: int | Unset = UNSET
    disable_random_trans: bool | Unset = UNSET
    disable_random_moving: bool | Unset = UNSET
    disable_trans: bool | Unset = UNSET
    disable_moving: bool | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        voice_language = self.voice_language

        variables = []
        for variables_item_data in self.variables:
            variables_item = variables_item_data.to_dict()
            variables.append(variables_item)

        video_name = self.video_name

        avatar_id = self.avatar_id

        avatar_type: int | Unset = UNSET
        if not isinstance(self.avatar_type, Unset):
            avatar_type = self.avatar_type

        voice_id = self.voice_id

        captions_enabled = self.captions_enabled

        background_music_id = self.background_music_id

        disable_random_trans = self.disable_random_trans

        disable_random_moving = self.disable_random_moving

        disable_trans = self.disable_trans

        disable_moving = self.disable_moving

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "voice_language": voice_language,
                "variables": variables,
            }
        )
        if video_name is not UNSET:
            field_dict["video_name"] = video_name
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if avatar_type is not UNSET:
            field_dict["avatar_type"] = avatar_type
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if captions_enabled is not UNSET:
            field_dict["captions_enabled"] = captions_enabled
        if background_music_id is not UNSET:
            field_dict["background_music_id"] = background_music_id
        if disable_random_trans is not UNSET:
            field_dict["disable_random_trans"] = disable_random_trans
        if disable_random_moving is not UNSET:
            field_dict["disable_random_moving"] = disable_random_moving
        if disable_trans is not UNSET:
            field_dict["disable_trans"] = disable_trans
        if disable_moving is not UNSET:
            field_dict["disable_moving"] = disable_moving
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_video_from_template_body_variables_item import (
            CreateVideoFromTemplateBodyVariablesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        template_id = d.pop("template_id")

        voice_language = d.pop("voice_language")

        variables = []
        _variables = d.pop("variables")
        for variables_item_data in _variables:
            variables_item = CreateVideoFromTemplateBodyVariablesItem.from_dict(variables_item_data)

            variables.append(variables_item)

        video_name = d.pop("video_name", UNSET)

        avatar_id = d.pop("avatar_id", UNSET)

        _avatar_type = d.pop("avatar_type", UNSET)
        avatar_type: CreateVideoFromTemplateBodyAvatarType | Unset
        if isinstance(_avatar_type, Unset):
            avatar_type = UNSET
        else:
            avatar_type = check_create_video_from_template_body_avatar_type(_avatar_type)

        voice_id = d.pop("voice_id", UNSET)

        captions_enabled = d.pop("captions_enabled", UNSET)

        background_music_id = d.pop("background_music_id", UNSET)

        disable_random_trans = d.pop("disable_random_trans", UNSET)

        disable_random_moving = d.pop("disable_random_moving", UNSET)

        disable_trans = d.pop("disable_trans", UNSET)

        disable_moving = d.pop("disable_moving", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        create_video_from_template_body = cls(
            template_id=template_id,
            voice_language=voice_language,
            variables=variables,
            video_name=video_name,
            avatar_id=avatar_id,
            avatar_type=avatar_type,
            voice_id=voice_id,
            captions_enabled=captions_enabled,
            background_music_id=background_music_id,
            disable_random_trans=disable_random_trans,
            disable_random_moving=disable_random_moving,
            disable_trans=disable_trans,
            disable_moving=disable_moving,
            webhook_url=webhook_url,
        )

        create_video_from_template_body.additional_properties = d
        return create_video_from_template_body

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
