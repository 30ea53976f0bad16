"""Reusable, validated request builders.

Each is a frozen value object checked when it is made, so a mistake shows at the line that
made it, before any request: ``ProductVideoSpec(length=45)`` raises ValidationError naming
``length`` and the allowed values.
"""

from __future__ import annotations

import functools
from typing import Any, TypedDict

import attrs
from jogg_api.body_keywords import CreateProductPreviewsKeywords, CreateVideoFromProductKeywords
from jogg_api.models.create_product_body_media_item import CreateProductBodyMediaItem
from jogg_api.models.create_product_body_media_item_type import CreateProductBodyMediaItemType
from jogg_api.models.create_product_previews_body import CreateProductPreviewsBody
from jogg_api.models.create_product_previews_body_audio import CreateProductPreviewsBodyAudio
from jogg_api.models.create_product_previews_body_avatar import CreateProductPreviewsBodyAvatar
from jogg_api.models.create_product_previews_body_script import CreateProductPreviewsBodyScript
from jogg_api.models.create_product_previews_body_video_spec import (
    CreateProductPreviewsBodyVideoSpec,
)
from jogg_api.models.create_product_previews_body_voice import CreateProductPreviewsBodyVoice
from jogg_api.models.create_video_from_product_body import CreateVideoFromProductBody
from jogg_api.models.create_video_from_product_body_audio import CreateVideoFromProductBodyAudio
from jogg_api.models.create_video_from_product_body_avatar import CreateVideoFromProductBodyAvatar
from jogg_api.models.create_video_from_product_body_avatar_type import (
    CreateVideoFromProductBodyAvatarType,
)
from jogg_api.models.create_video_from_product_body_script import CreateVideoFromProductBodyScript
from jogg_api.models.create_video_from_product_body_script_style import (
    CREATE_VIDEO_FROM_PRODUCT_BODY_SCRIPT_STYLE_VALUES,
    CreateVideoFromProductBodyScriptStyle,
)
from jogg_api.models.create_video_from_product_body_video_spec import (
    CreateVideoFromProductBodyVideoSpec,
)
from jogg_api.models.create_video_from_product_body_voice import CreateVideoFromProductBodyVoice
from jogg_api.models.create_video_from_template_body_variables_item import (
    CreateVideoFromTemplateBodyVariablesItem,
)
from jogg_api.models.create_video_from_template_body_variables_item_properties import (
    CreateVideoFromTemplateBodyVariablesItemProperties,
)
from jogg_api.models.create_video_from_template_body_variables_item_type import (
    CREATE_VIDEO_FROM_TEMPLATE_BODY_VARIABLES_ITEM_TYPE_VALUES,
    CreateVideoFromTemplateBodyVariablesItemType,
)

from . import _validation as v
from . import _wire as w
from ._args import (
    ASPECT_RATIOS,
    AVATAR_TYPE_NAMES,
    VIDEO_LENGTHS,
    AspectRatio,
    AvatarTypeName,
    VideoLength,
    avatar_ref,
    length_seconds,
    optional_voice_id,
)
from ._errors import ValidationError
from ._options import RequestOptions
from ._results.avatars import Avatar, Voice
from ._results.products import MEDIA_KINDS

__all__ = [
    "ASPECT_RATIOS",
    "SCRIPT_STYLES",
    "VIDEO_LENGTHS",
    "ProductMediaItem",
    "ProductVideoSpec",
    "TemplateVariable",
]

ScriptStyle = CreateVideoFromProductBodyScriptStyle
SCRIPT_STYLES: tuple[ScriptStyle, ...] = w.allowed(
    CREATE_VIDEO_FROM_PRODUCT_BODY_SCRIPT_STYLE_VALUES
)


def _length(value: Any) -> VideoLength:
    return length_seconds("length", value)


def _avatar(value: Any) -> int | Avatar | None:
    if value is None or isinstance(value, Avatar):
        return value
    return v.integer("avatar", value, minimum=0)


def _voice(value: Any) -> str | None:
    return optional_voice_id("voice", value)


def _aspect_ratio(value: Any) -> AspectRatio:
    return w.choice("aspect_ratio", value, ASPECT_RATIOS)


def _script_style(value: Any) -> ScriptStyle:
    return w.choice("script_style", value, SCRIPT_STYLES)


def _language(value: Any) -> str:
    return v.text("language", value)


def _avatar_type(value: Any) -> AvatarTypeName | None:
    return w.optional_choice("avatar_type", value, AVATAR_TYPE_NAMES)


def _music_id(value: Any) -> int | None:
    return v.optional_integer("music_id", value, minimum=0)


def _visual_style(value: Any) -> str | None:
    return v.optional_text("visual_style", value)


def _caption(value: Any) -> bool | None:
    return v.optional_boolean("caption", value)


def _name(value: Any) -> str | None:
    return v.optional_text("name", value)


def _override_script(value: Any) -> str | None:
    return v.optional_text("override_script", value)


def _webhook_url(value: Any) -> str | None:
    return v.optional_url("webhook_url", value)


@attrs.frozen(kw_only=True)
class ProductVideoSpec:
    """Everything about a product video except the product: reuse one spec for many products.

    ``avatar`` is an avatar id (public unless ``avatar_type="custom"``) or an ``Avatar`` from
    a list call, which knows its own type. ``voice`` is a voice id or a ``Voice``.
    ``script_style`` matches the six styles case-insensitively ("top 3 reasons" works).
    Defaults: 30 s, landscape, Storytime, English.
    """

    avatar: int | Avatar | None = attrs.field(default=None, converter=_avatar)
    voice: str | None = attrs.field(default=None, converter=_voice)
    length: VideoLength = attrs.field(default="30", converter=_length)
    aspect_ratio: AspectRatio = attrs.field(default="landscape", converter=_aspect_ratio)
    script_style: ScriptStyle = attrs.field(default="Storytime", converter=_script_style)
    language: str = attrs.field(default="english", converter=_language)
    avatar_type: AvatarTypeName | None = attrs.field(default=None, converter=_avatar_type)
    music_id: int | None = attrs.field(default=None, converter=_music_id)
    visual_style: str | None = attrs.field(default=None, converter=_visual_style)
    caption: bool | None = attrs.field(default=None, converter=_caption)
    name: str | None = attrs.field(default=None, converter=_name)
    override_script: str | None = attrs.field(default=None, converter=_override_script)
    webhook_url: str | None = attrs.field(default=None, converter=_webhook_url)

    def replace(self, **fields: Any) -> ProductVideoSpec:
        """A copy with some fields changed (validated again)."""
        _refuse_unknown_fields(fields)
        return attrs.evolve(self, **fields)

    def __attrs_post_init__(self) -> None:
        # An id is checked by its converter; an Avatar's kind only here: refuse a photo or
        # product Avatar now, not when the body is built.
        if isinstance(self.avatar, Avatar):
            avatar_ref(self.avatar, self.avatar_type)

    def _presenter(self) -> tuple[int, CreateVideoFromProductBodyAvatarType, str]:
        """(avatar id, avatar type code, voice id): required to make any video."""
        if self.voice is None:
            raise ValidationError("voice", None, "a voice id or a Voice from voices.list()")
        return (*avatar_ref(self.avatar, self.avatar_type), self.voice)

    def _to_wire(self, product_id: str) -> CreateVideoFromProductBody:
        """The body of create_video_from_product for ``product_id``, as the generated model."""
        avatar_id, avatar_type, voice = self._presenter()
        return CreateVideoFromProductBody(
            product_id=v.text("product_id", product_id),
            visual_style=w.given(self.visual_style),
            video_spec=CreateVideoFromProductBodyVideoSpec(
                aspect_ratio=self.aspect_ratio,
                length=self.length,
                caption=w.given(self.caption),
                name=w.given(self.name),
            ),
            avatar=CreateVideoFromProductBodyAvatar(id=avatar_id, type_=avatar_type),
            voice=CreateVideoFromProductBodyVoice(id=voice),
            audio=CreateVideoFromProductBodyAudio(music_id=w.given(self.music_id)),
            script=CreateVideoFromProductBodyScript(
                style=self.script_style,
                language=self.language,
            ),
            override_script=w.given(self.override_script),
            webhook_url=w.given(self.webhook_url),
        )

    def _to_previews_wire(
        self, product_id: str, visual_styles: list[str]
    ) -> CreateProductPreviewsBody:
        """The body of create_product_previews: this spec in several visual styles."""
        avatar_id, avatar_type, voice = self._presenter()
        return CreateProductPreviewsBody(
            product_id=v.text("product_id", product_id),
            visual_styles=visual_styles,
            video_spec=CreateProductPreviewsBodyVideoSpec(
                aspect_ratio=self.aspect_ratio,
                length=self.length,
                caption=w.given(self.caption),
                name=w.given(self.name),
            ),
            avatar=CreateProductPreviewsBodyAvatar(id=avatar_id, type_=avatar_type),
            voice=CreateProductPreviewsBodyVoice(id=voice),
            audio=CreateProductPreviewsBodyAudio(music_id=w.given(self.music_id)),
            script=CreateProductPreviewsBodyScript(style=self.script_style, language=self.language),
            override_script=w.given(self.override_script),
            webhook_url=w.given(self.webhook_url),
        )

    def to_body(self, product_id: str) -> dict[str, Any]:
        """The JSON body of create_video_from_product for ``product_id``."""
        return self._to_wire(product_id).to_dict()


class ProductVideoSpecFields(TypedDict, total=False):
    """The keyword fields of ``product_videos.create`` and ``previews.create``: each
    overrides the same field of the spec given (see ProductVideoSpec)."""

    avatar: int | Avatar
    voice: str | Voice
    length: VideoLength | int
    aspect_ratio: AspectRatio
    script_style: ScriptStyle
    language: str
    avatar_type: AvatarTypeName
    music_id: int
    visual_style: str
    caption: bool
    name: str
    override_script: str
    webhook_url: str


class ProductVideoCallFields(
    ProductVideoSpecFields, RequestOptions, CreateVideoFromProductKeywords, total=False
):
    """Spec fields, per-call options, and the body fields the spec added that no spec
    field names yet, as one set of keyword arguments (``product_videos.create``)."""


class ProductVideoWaitFields(ProductVideoSpecFields, CreateVideoFromProductKeywords, total=False):
    """Spec fields, and the body fields the spec added that no spec field names yet
    (``product_videos.create_and_wait``)."""


class PreviewCallFields(
    ProductVideoSpecFields, RequestOptions, CreateProductPreviewsKeywords, total=False
):
    """Spec fields, per-call options, and the body fields the spec added that no spec
    field names yet (``previews.create``)."""


def resolve_spec(spec: ProductVideoSpec | None, fields: dict[str, Any]) -> ProductVideoSpec:
    """A spec with keyword overrides applied; unknown keywords are refused by name."""
    if spec is not None and not isinstance(spec, ProductVideoSpec):
        raise ValidationError("spec", spec, "a ProductVideoSpec or None")
    if spec is None:
        # Validated once, from the keywords: a default spec then replace() did it twice.
        # A catalogue sends the same settings for every product, and a spec is immutable:
        # its checks run once per set of keywords. The key holds the values' types too
        # (True and 1 are equal, but only one is a caption).
        values = tuple(fields.values())
        key = (tuple(fields), values, tuple(map(type, values)))
        try:
            hash(key)
        except TypeError:  # a value that cannot be a key: checked as usual, not kept
            return _checked_spec(*key)
        return _kept_spec(*key)
    return spec.replace(**fields) if fields else spec


def _checked_spec(
    names: tuple[str, ...], values: tuple[Any, ...], _types: tuple[type, ...]
) -> ProductVideoSpec:
    fields = dict(zip(names, values, strict=True))
    _refuse_unknown_fields(fields)
    return ProductVideoSpec(**fields)


_kept_spec = functools.lru_cache(maxsize=64)(_checked_spec)


_SPEC_FIELDS = attrs.fields_dict(ProductVideoSpec)


def _refuse_unknown_fields(fields: dict[str, Any]) -> None:
    if fields.keys() <= _SPEC_FIELDS.keys():
        return
    unknown = sorted(fields.keys() - _SPEC_FIELDS.keys())
    raise ValidationError(
        unknown[0], fields[unknown[0]], f"a field among {', '.join(_SPEC_FIELDS)}"
    )


def _media_url(value: Any) -> str:
    return v.url("media.url", value)


def _media_kind(value: Any) -> str:
    return v.choice("media.kind", value, tuple(MEDIA_KINDS))


def _media_name(value: Any) -> str | None:
    return v.optional_text("media.name", value)


def _media_description(value: Any) -> str | None:
    return v.optional_text("media.description", value)


@attrs.frozen
class ProductMediaItem:
    """An image or video of a product, for ``products.create(media=[...])``."""

    url: str = attrs.field(converter=_media_url)
    kind: str = attrs.field(default="image", converter=_media_kind)
    name: str | None = attrs.field(default=None, converter=_media_name)
    description: str | None = attrs.field(default=None, converter=_media_description)

    def to_body(self) -> dict[str, Any]:
        """The item as the API's JSON (the generated media item model's ``to_dict``)."""
        return CreateProductBodyMediaItem(
            type_=self.type_code,
            name=w.given(self.name),
            url=self.url,
            description=w.given(self.description),
        ).to_dict()

    @property
    def type_code(self) -> CreateProductBodyMediaItemType:
        """The spec's media type code of ``kind``."""
        return MEDIA_KINDS[self.kind]


TemplateVariableType = CreateVideoFromTemplateBodyVariablesItemType
TEMPLATE_VARIABLE_TYPES: tuple[TemplateVariableType, ...] = w.allowed(
    CREATE_VIDEO_FROM_TEMPLATE_BODY_VARIABLES_ITEM_TYPE_VALUES
)


def _variable_type(value: Any) -> TemplateVariableType:
    return w.choice("variable.type", value, TEMPLATE_VARIABLE_TYPES)


def _variable_name(value: Any) -> str:
    return v.text("variable.name", value)


def _variable_url(value: Any) -> str | None:
    return v.optional_url("variable.url", value)


def _variable_asset_id(value: Any) -> int | None:
    return v.optional_integer("variable.asset_id", value, minimum=0)


@attrs.frozen
class TemplateVariable:
    """A value for one variable of a template. Use the constructors:
    ``TemplateVariable.text("headline", "Summer sale")``,
    ``TemplateVariable.image("logo", url=...)`` or ``(..., asset_id=...)``,
    ``TemplateVariable.video("clip", url=...)``, ``TemplateVariable.script("voiceover", "...")``.
    """

    type: TemplateVariableType = attrs.field(converter=_variable_type)
    name: str = attrs.field(converter=_variable_name)
    content: str | None = None
    url: str | None = attrs.field(default=None, converter=_variable_url)
    asset_id: int | None = attrs.field(default=None, converter=_variable_asset_id)

    def __attrs_post_init__(self) -> None:
        if self.type in ("text", "script"):
            v.text(f"variables[{self.name}].content", self.content)
            if self.url is not None or self.asset_id is not None:
                raise ValidationError(
                    f"variables[{self.name}]", self.url or self.asset_id, "content only for text"
                )
        elif (self.url is None) == (self.asset_id is None):
            raise ValidationError(
                f"variables[{self.name}]",
                {"url": self.url, "asset_id": self.asset_id},
                f"exactly one of url or asset_id for a {self.type} variable",
            )

    @classmethod
    def text(cls, name: str, content: str) -> TemplateVariable:
        return cls("text", name, content=content)

    @classmethod
    def script(cls, name: str, content: str) -> TemplateVariable:
        return cls("script", name, content=content)

    @classmethod
    def image(
        cls, name: str, *, url: str | None = None, asset_id: int | None = None
    ) -> TemplateVariable:
        return cls("image", name, url=url, asset_id=asset_id)

    @classmethod
    def video(
        cls, name: str, *, url: str | None = None, asset_id: int | None = None
    ) -> TemplateVariable:
        return cls("video", name, url=url, asset_id=asset_id)

    def _to_wire(self) -> CreateVideoFromTemplateBodyVariablesItem:
        """The variable as the generated item model of create_video_from_template's body."""
        return CreateVideoFromTemplateBodyVariablesItem(
            type_=self.type,
            name=self.name,
            properties=CreateVideoFromTemplateBodyVariablesItemProperties(
                content=w.given(self.content),
                url=w.given(self.url),
                asset_id=w.given(self.asset_id),
            ),
        )

    def to_body(self) -> dict[str, Any]:
        """The variable as the JSON item of create_video_from_template's ``variables``."""
        return self._to_wire().to_dict()
