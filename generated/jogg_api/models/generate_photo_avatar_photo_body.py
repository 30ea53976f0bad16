# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_photo_avatar_photo_body_age import (
    GeneratePhotoAvatarPhotoBodyAge,
)
from ..models.generate_photo_avatar_photo_body_aspect_ratio import (
    GeneratePhotoAvatarPhotoBodyAspectRatio,
)
from ..models.generate_photo_avatar_photo_body_avatar_style import (
    GeneratePhotoAvatarPhotoBodyAvatarStyle,
)
from ..models.generate_photo_avatar_photo_body_ethnicity import (
    GeneratePhotoAvatarPhotoBodyEthnicity,
)
from ..models.generate_photo_avatar_photo_body_gender import (
    GeneratePhotoAvatarPhotoBodyGender,
)
from ..models.generate_photo_avatar_photo_body_model import (
    GeneratePhotoAvatarPhotoBodyModel,
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
        age = self.age.value

        avatar_style = self.avatar_style.value

        gender = self.gender.value

        model = self.model.value

        aspect_ratio = self.aspect_ratio.value

        ethnicity: str | Unset = UNSET
        if not isinstance(self.ethnicity, Unset):
            ethnicity = self.ethnicity.value

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
        age = GeneratePhotoAvatarPhotoBodyAge(d.pop("age"))

        avatar_style = GeneratePhotoAvatarPhotoBodyAvatarStyle(d.pop("avatar_style"))

        gender = GeneratePhotoAvatarPhotoBodyGender(d.pop("gender"))

        model = GeneratePhotoAvatarPhotoBodyModel(d.pop("model"))

        aspect_ratio = GeneratePhotoAvatarPhotoBodyAspectRatio(d.pop("aspect_ratio"))

        _ethnicity = d.pop("ethnicity", UNSET)
        ethnicity: GeneratePhotoAvatarPhotoBodyEthnicity | Unset
        if isinstance(_ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = GeneratePhotoAvatarPhotoBodyEthnicity(_ethnicity)

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
