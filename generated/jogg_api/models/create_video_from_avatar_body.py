# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_video_from_avatar_body_aspect_ratio import (
    CreateVideoFromAvatarBodyAspectRatio,
    check_create_video_from_avatar_body_aspect_ratio,
)
from ..models.create_video_from_avatar_body_screen_style import (
    CreateVideoFromAvatarBodyScreenStyle,
    check_create_video_from_avatar_body_screen_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_video_from_avatar_body_avatar import (
        CreateVideoFromAvatarBodyAvatar,
    )
    from ..models.create_video_from_avatar_body_voice import (
        CreateVideoFromAvatarBodyVoice,
    )


T = TypeVar("T", bound="CreateVideoFromAvatarBody")


@_attrs_define
class CreateVideoFromAvatarBody:
    """
    Attributes:
        avatar (CreateVideoFromAvatarBodyAvatar):
        voice (CreateVideoFromAvatarBodyVoice):
        aspect_ratio (CreateVideoFromAvatarBodyAspectRatio):  Example: portrait.
        screen_style (CreateVideoFromAvatarBodyScreenStyle):  Example: 1.
        caption (bool | Unset):  Example: True.
        webhook_url (str | Unset):  Example: https://example.com/webhook.
        video_name (str | Unset):  Example: My Talking Avatar Video.
    """

    avatar: CreateVideoFromAvatarBodyAvatar
    voice: CreateVideoFromAvatarBodyVoice
    aspect_ratio: CreateVideoFromAvatarBodyAspectRatio
    screen_style: CreateVideoFromAvatarBodyScreenStyle
    caption: bool | Unset = UNSET
    webhook_url: str | Unset = UNSET
    video_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar = self.avatar.to_dict()

        voice = self.voice.to_dict()

        aspect_ratio: str = self.aspect_ratio

        screen_style: int = self.screen_style

        caption = self.caption

        webhook_url = self.webhook_url

        video_name = self.video_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatar": avatar,
                "voice": voice,
                "aspect_ratio": aspect_ratio,
                "screen_style": screen_style,
            }
        )
        if caption is not UNSET:
            field_dict["caption"] = caption
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if video_name is not UNSET:
            field_dict["video_name"] = video_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_video_from_avatar_body_avatar import (
            CreateVideoFromAvatarBodyAvatar,  # noqa: PLC0415
        )
        from ..models.create_video_from_avatar_body_voice import (
            CreateVideoFromAvatarBodyVoice,  # noqa: PLC0415
        )

        d = dict(src_dict)
        avatar = CreateVideoFromAvatarBodyAvatar.from_dict(d.pop("avatar"))

        voice = CreateVideoFromAvatarBodyVoice.from_dict(d.pop("voice"))

        aspect_ratio = check_create_video_from_avatar_body_aspect_ratio(d.pop("aspect_ratio"))

        screen_style = check_create_video_from_avatar_body_screen_style(d.pop("screen_style"))

        caption = d.pop("caption", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        video_name = d.pop("video_name", UNSET)

        create_video_from_avatar_body = cls(
            avatar=avatar,
            voice=voice,
            aspect_ratio=aspect_ratio,
            screen_style=screen_style,
            caption=caption,
            webhook_url=webhook_url,
            video_name=video_name,
        )

        create_video_from_avatar_body.additional_properties = d
        return create_video_from_avatar_body

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
