# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_photo_avatar_photo_body_age import (
    GeneratePhotoAvatarPhotoBodyAge,
    check_generate_photo_avatar_photo_body_age,
)
from ..models.generate_photo_avatar_photo_body_aspect_ratio import (
    GeneratePhotoAvatarPhotoBodyAspectRatio,
    check_generate_photo_avatar_photo_body_aspect_ratio,
)
from ..models.generate_photo_avatar_photo_body_avatar_style import (
    GeneratePhotoAvatarPhotoBodyAvatarStyle,
    check_generate_photo_avatar_photo_body_avatar_style,
)
from ..models.generate_photo_avatar_photo_body_ethnicity import (
    GeneratePhotoAvatarPhotoBodyEthnicity,
    check_generate_photo_avatar_photo_body_ethnicity,
)
from ..models.generate_photo_avatar_photo_body_gender import (
    GeneratePhotoAvatarPhotoBodyGender,
    check_generate_photo_avatar_photo_body_gender,
)
from ..models.generate_photo_avatar_photo_body_model import (
    GeneratePhotoAvatarPhotoBodyModel,
    check_generate_photo_avatar_photo_body_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratePhotoAvatarPhotoBody")


@_attrs_define
class GeneratePhotoAvatarPhotoBody:
    """
    Attributes:
        age (GeneratePhotoAvatarPhotoBodyAge):  Example: Adult.
        avatar_style (GeneratePhotoAvatarPhotoBodyAvatarStyle):  Example: Professional.
        gender (GeneratePhotoAvatarPhotoBodyGender):  Example: Female.
        model (GeneratePhotoAvatarPhotoBodyModel):  Example: modern.
        aspect_ratio (GeneratePhotoAvatarPhotoBodyAspectRatio):  Example: portrait.
        ethnicity (GeneratePhotoAvatarPhotoBodyEthnicity | Unset):
        background (str | Unset):
        appearance (str | Unset):
        image_url (str | Unset):
    """

    age: GeneratePhotoAvatarPhotoBodyAge
    avatar_style: GeneratePhotoAvatarPhotoBodyAvatarStyle
    gender: GeneratePhotoAvatarPhotoBodyGender
    model: GeneratePhotoAvatarPhotoBodyModel
    aspect_ratio: GeneratePhotoAvatarPhotoBodyAspectRatio
    ethnicity: GeneratePhotoAvatarPhotoBodyEthnicity | Unset = UNSET
    background: str | Unset = UNSET
    appearance: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age: str = self.age

        avatar_style: str = self.avatar_style

        gender: str = self.gender

        model: str = self.model

        aspect_ratio: str = self.aspect_ratio

        ethnicity: str | Unset = UNSET
        if not isinstance(self.ethnicity, Unset):
            ethnicity = self.ethnicity

        background = self.background

        appearance = self.appearance

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "age": age,
                "avatar_style": avatar_style,
                "gender": gender,
                "model": model,
                "aspect_ratio": aspect_ratio,
            }
        )
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if background is not UNSET:
            field_dict["background"] = background
        if appearance is not UNSET:
            field_dict["appearance"] = appearance
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        age = check_generate_photo_avatar_photo_body_age(d.pop("age"))

        avatar_style = check_generate_photo_avatar_photo_body_avatar_style(d.pop("avatar_style"))

        gender = check_generate_photo_avatar_photo_body_gender(d.pop("gender"))

        model = check_generate_photo_avatar_photo_body_model(d.pop("model"))

        aspect_ratio = check_generate_photo_avatar_photo_body_aspect_ratio(d.pop("aspect_ratio"))

        _ethnicity = d.pop("ethnicity", UNSET)
        ethnicity: GeneratePhotoAvatarPhotoBodyEthnicity | Unset
        if isinstance(_ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = check_generate_photo_avatar_photo_body_ethnicity(_ethnicity)

        background = d.pop("background", UNSET)

        appearance = d.pop("appearance", UNSET)

        image_url = d.pop("image_url", UNSET)

        generate_photo_avatar_photo_body = cls(
            age=age,
            avatar_style=avatar_style,
            gender=gender,
            model=model,
            aspect_ratio=aspect_ratio,
            ethnicity=ethnicity,
            background=background,
            appearance=appearance,
            image_url=image_url,
        )

        generate_photo_avatar_photo_body.additional_properties = d
        return generate_photo_avatar_photo_body

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
