"""Avatars, voices, music and visual styles, and the photo and product avatar jobs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

import attrs
from jogg_api.models.get_photo_avatar_motion_response_200_data_type_0 import (
    GetPhotoAvatarMotionResponse200DataType0,
)
from jogg_api.models.get_photo_avatar_photo_response_200_data_type_0 import (
    GetPhotoAvatarPhotoResponse200DataType0,
)
from jogg_api.models.get_product_avatar_generation_response_200_data_type_0 import (
    GetProductAvatarGenerationResponse200DataType0,
)
from jogg_api.models.get_product_avatar_generation_response_200_data_type_0_generations_type_0_item import (  # noqa: E501
    GetProductAvatarGenerationResponse200DataType0GenerationsType0Item as GenerationItem,
)
from jogg_api.models.list_custom_avatars_response_200_data_type_0_avatars_type_0_item import (
    ListCustomAvatarsResponse200DataType0AvatarsType0Item as CustomAvatarItem,
)
from jogg_api.models.list_photo_avatars_response_200_data_type_0_avatars_type_0_item import (
    ListPhotoAvatarsResponse200DataType0AvatarsType0Item as PhotoAvatarItem,
)
from jogg_api.models.list_product_avatars_response_200_data_type_0_product_avatars_type_0_item import (  # noqa: E501
    ListProductAvatarsResponse200DataType0ProductAvatarsType0Item as ProductAvatarItem,
)
from jogg_api.models.list_public_avatars_response_200_data_type_0_avatars_type_0_item import (
    ListPublicAvatarsResponse200DataType0AvatarsType0Item as PublicAvatarItem,
)
from jogg_api.models.list_visual_styles_response_200_data_type_0_visual_styles_type_0_item import (
    ListVisualStylesResponse200DataType0VisualStylesType0Item as VisualStyleItem,
)
from jogg_api.models.list_voices_response_200_data_type_0_voices_type_0_item import (
    ListVoicesResponse200DataType0VoicesType0Item as VoiceItem,
)
from jogg_api.models.music_info import MusicInfo
from jogg_api.types import UNSET

from .. import _wire as w
from .._status import JobState, JobStatus
from ._common import (
    ASPECT_NAMES,
    JobError,
    _Job,
    job_error,
    job_status,
    raw_field,
)

T = TypeVar("T")


def _string_list(value: Any) -> tuple[str, ...] | None:
    return w.strings(value) or None


def _aspect_name(value: Any) -> str | None:
    """An avatar's aspect ratio: the API's code (0, 1, 2) by name, or the text it sent."""
    code = w.integer(value)
    return ASPECT_NAMES.get(code) if code is not None else w.text(value)


@attrs.frozen
class Avatar:
    """An avatar from one of the avatar lists. ``kind`` is public, custom, photo or product;
    pass the object itself as ``avatar=`` and the SDK sends the right avatar type."""

    id: int
    kind: str
    name: str | None = None
    cover_url: str | None = None
    video_url: str | None = None
    aspect_ratio: str | None = None
    style: str | None = None
    gender: str | None = None
    age: str | None = None
    status: JobStatus | None = None
    failure: str | None = None  # why making a custom, photo or product avatar failed
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        *,
        kind: str,
        id: Any,
        name: Any,
        cover_url: Any,
        video_urls: tuple[Any, ...] = (),
        aspect_ratio: Any = None,
        style: Any = None,
        gender: Any = None,
        age: Any = None,
        status: Any = None,
        failure: Any = None,
    ) -> Avatar:
        """An avatar from the wire values a list item's model gave (``video_urls`` in the
        order they are tried), with the live API's strays as fallbacks."""
        status_value = w.first(status, *w.strays(m, "Avatar.status"))
        return cls(
            id=w.field(w.integer, m, "Avatar.id", id) or 0,
            kind=kind,
            name=w.text(name),
            cover_url=w.text(cover_url),
            video_url=w.field(w.text, m, "Avatar.video_url", *video_urls),
            aspect_ratio=_aspect_name(w.first(aspect_ratio, *w.strays(m, "Avatar.aspect_ratio"))),
            style=w.field(w.text, m, "Avatar.style", style),
            gender=w.field(w.text, m, "Avatar.gender", gender),
            age=w.field(w.text, m, "Avatar.age", age),
            status=JobStatus.parse(status_value) if status_value is not None else None,
            failure=w.text(failure),
            raw=raw,
        )

    @classmethod
    def from_data(cls, data: Any, *, kind: str) -> Avatar:
        """An avatar from one item of the avatar list of its ``kind``."""
        model, reader = _AVATAR_ITEMS.get(kind, _AVATAR_ITEMS["public"])
        m, raw = w.data(model.from_dict, data, "an avatar")
        return reader(m, raw, kind)

    @classmethod
    def _from_wire_public(cls, m: PublicAvatarItem, raw: Mapping[str, Any], kind: str) -> Avatar:
        """An item of list_public_avatars."""
        return cls._from_wire(
            m,
            raw,
            kind=kind,
            id=m.id,
            name=m.name,
            cover_url=m.cover_url,
            video_urls=(m.video_url,),
            aspect_ratio=m.aspect_ratio,
            style=m.style,
            gender=m.gender,
            age=m.age,
        )

    @classmethod
    def _from_wire_custom(cls, m: CustomAvatarItem, raw: Mapping[str, Any], kind: str) -> Avatar:
        """An item of list_custom_avatars."""
        return cls._from_wire(
            m,
            raw,
            kind=kind,
            id=m.id,
            name=m.name,
            cover_url=m.cover_url,
            video_urls=(m.video_url, m.avatar_url),
            status=m.avatar_status,
            failure=m.fail_msg,
        )

    @classmethod
    def _from_wire_photo(cls, m: PhotoAvatarItem, raw: Mapping[str, Any], kind: str) -> Avatar:
        """An item of list_photo_avatars."""
        return cls._from_wire(
            m,
            raw,
            kind=kind,
            id=m.id,
            name=m.name,
            cover_url=m.cover_url,
            status=m.status,
            failure=m.fail_msg,
        )

    @classmethod
    def _from_wire_product(cls, m: ProductAvatarItem, raw: Mapping[str, Any], kind: str) -> Avatar:
        """An item of list_product_avatars."""
        return cls._from_wire(
            m,
            raw,
            kind=kind,
            id=m.avatar_id,
            name=m.name,
            cover_url=m.cover_url,
            video_urls=(m.avatar_url,),
            aspect_ratio=m.aspect_ratio,
            gender=m.gender,
            status=m.status,
            failure=m.fail_msg,
        )


# Each avatar list has its own item model; the facade's kind names which one an item is.
_AVATAR_ITEMS: dict[str, tuple[Any, Callable[[Any, Mapping[str, Any], str], Avatar]]] = {
    "public": (PublicAvatarItem, Avatar._from_wire_public),
    "custom": (CustomAvatarItem, Avatar._from_wire_custom),
    "photo": (PhotoAvatarItem, Avatar._from_wire_photo),
    "product": (ProductAvatarItem, Avatar._from_wire_product),
}


@attrs.frozen
class Voice:
    """A voice for text to speech; pass the object itself as ``voice=`` to a create call.
    ``custom`` is True for the account's own voices."""

    id: str
    name: str | None = None
    language: str | None = None
    gender: str | None = None
    age: str | None = None
    accent: str | None = None
    use_case: str | None = None
    sample_url: str | None = None
    custom: bool = False
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        *,
        id: Any,
        name: Any,
        language: Any,
        sample_url: Any,
        gender: Any = None,
        age: Any = None,
        accent: Any = None,
        use_case: Any = None,
        custom: bool = False,
    ) -> Voice:
        """A voice from the wire values a list item's model gave, strays as fallbacks."""
        return cls(
            id=w.field(w.text, m, "Voice.id", id) or "",
            name=w.text(name),
            language=w.text(language),
            gender=w.field(w.text, m, "Voice.gender", gender),
            age=w.field(w.text, m, "Voice.age", age),
            accent=w.field(w.text, m, "Voice.accent", accent),
            use_case=w.field(w.text, m, "Voice.use_case", use_case),
            sample_url=w.field(w.text, m, "Voice.sample_url", sample_url),
            custom=custom,
            raw=raw,
        )

    @classmethod
    def from_data(cls, data: Any, *, custom: bool = False) -> Voice:
        """A voice from one item of ``voices.list`` (the fullest voice the spec describes)."""
        m, raw = w.data(VoiceItem.from_dict, data, "a voice")
        return cls.read_listed(m, raw, custom=custom)

    @classmethod
    def read_listed(cls, m: VoiceItem, raw: Mapping[str, Any], *, custom: bool = False) -> Voice:
        return cls._from_wire(
            m,
            raw,
            id=m.voice_id,
            name=m.name,
            language=m.language,
            sample_url=m.audio_url,
            gender=m.gender,
            age=m.age,
            accent=m.accent,
            use_case=m.use_case,
            custom=custom,
        )


@attrs.frozen
class Music:
    """A background music track; its ``id`` is a create call's ``music_id``."""

    id: int
    name: str | None = None
    url: str | None = None
    duration: float | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def _from_wire(cls, m: MusicInfo, raw: Mapping[str, Any]) -> Music:
        return cls(
            id=w.field(w.integer, m, "Music.id", m.id) or 0,
            name=w.text(m.name),
            url=w.field(w.text, m, "Music.url", m.music_url),
            duration=w.number(m.duration),
            raw=raw,
        )

    @classmethod
    def from_data(cls, data: Any) -> Music:
        m, raw = w.data(MusicInfo.from_dict, data, "a music track")
        return cls._from_wire(m, raw)


@attrs.frozen
class VisualStyle:
    """A visual style of product videos; its ``name`` is what ``visual_style`` takes."""

    name: str
    id: int | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def _from_wire(cls, m: VisualStyleItem, raw: Mapping[str, Any]) -> VisualStyle:
        return cls(name=w.text(m.name) or "", id=w.integer(m.id), raw=raw)

    @classmethod
    def from_data(cls, data: Any) -> VisualStyle:
        m, raw = w.data(VisualStyleItem.from_dict, data, "a visual style")
        return cls._from_wire(m, raw)


@attrs.frozen
class AvatarPhoto(_Job):
    """Generated photos for a photo avatar (the first step before adding motion)."""

    id: str
    status: JobStatus
    image_urls: tuple[str, ...] = ()
    image_keys: tuple[str, ...] = ()
    error: JobError | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        *,
        id: Any,
        status: Any = UNSET,
        image_urls: Any = None,
        image_keys: Any = None,
        message: Any = None,
        known_id: str | None = None,
    ) -> AvatarPhoto:
        """A photo job from the wire values an answer's model gave, strays as fallbacks.
        ``known_id`` is the id asked for, used when the answer names none."""
        reported = job_error(*w.strays(m, "AvatarPhoto.error"))
        state = job_status(w.status(m, status), reported)
        # `msg` is the API's message for any answer; it is the error only of a failed job.
        error = reported or (
            job_error(message, *w.strays(m, "AvatarPhoto.message")) if state.is_failed else None
        )
        return cls(
            id=w.field(w.text, m, "AvatarPhoto.id", id) or known_id or "",
            status=state,
            image_urls=w.field(_string_list, m, "AvatarPhoto.image_urls", image_urls) or (),
            image_keys=w.field(_string_list, m, "AvatarPhoto.image_keys", image_keys) or (),
            error=error,
            raw=raw,
        )

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> AvatarPhoto:
        """A photo job from the `data` of get_photo_avatar_photo."""
        m, raw = w.data(GetPhotoAvatarPhotoResponse200DataType0.from_dict, data, "a photo job")
        return cls._from_wire(
            m,
            raw,
            id=m.photo_id,
            status=m.status,
            image_urls=m.image_url_list,
            image_keys=m.image_key_list,
            message=m.msg,
            known_id=id,
        )


@attrs.frozen
class AvatarMotion(_Job):
    """A photo or product avatar being animated; ``avatar_id`` is usable once completed."""

    id: str
    status: JobStatus
    avatar_id: int | None = None
    name: str | None = None
    image_url: str | None = None
    preview_url: str | None = None
    voice_id: str | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        *,
        id: Any,
        avatar_id: Any,
        status: Any = UNSET,
        name: Any = None,
        image_url: Any = None,
        preview_url: Any = None,
        voice_id: Any = None,
        error: Any = None,
        known_id: str | None = None,
    ) -> AvatarMotion:
        """A motion job from the wire values an answer's model gave, strays as fallbacks.
        ``known_id`` is the id asked for, used when the answer names none."""
        # The stray `error` is tried before the spec's `error_msg`, as the live API sends it.
        error_value = job_error(*w.strays(m, "AvatarMotion.error"), error)
        return cls(
            id=w.field(w.text, m, "AvatarMotion.id", id) or known_id or "",
            # No status at all is a motion just started, even beside an error text.
            status=job_status(w.status(m, status), error_value),
            avatar_id=w.integer(avatar_id),
            name=w.field(w.text, m, "AvatarMotion.name", name),
            image_url=w.field(w.text, m, "AvatarMotion.image_url", image_url),
            preview_url=w.field(w.text, m, "AvatarMotion.preview_url", preview_url),
            voice_id=w.field(w.text, m, "AvatarMotion.voice_id", voice_id),
            error=error_value,
            raw=raw,
        )

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> AvatarMotion:
        """A motion job from the `data` of get_photo_avatar_motion (the product avatar's
        motion answer has the same fields)."""
        m, raw = w.data(GetPhotoAvatarMotionResponse200DataType0.from_dict, data, "a motion")
        return cls._from_wire(
            m,
            raw,
            id=m.motion_id,
            avatar_id=m.avatar_id,
            status=m.status,
            name=m.name,
            image_url=m.image_url,
            preview_url=m.motion_preview_url,
            voice_id=m.voice_id,
            error=m.error_msg,
            known_id=id,
        )


@attrs.frozen
class ProductAvatarImage:
    """One image of a product avatar batch; animate it with ``product_avatars.add_motion``."""

    id: str
    status: JobStatus
    image_id: str | None = None
    url: str | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        *,
        id: Any,
        status: Any,
        created_at: Any,
        image_id: Any = None,
        url: Any = None,
        completed_at: Any = None,
    ) -> ProductAvatarImage:
        """One image of a batch from the wire values its model gave, strays as fallbacks."""
        return cls(
            id=w.field(w.text, m, "ProductAvatarImage.id", id) or "",
            status=JobStatus.parse(w.present(w.status(m, status))),
            image_id=w.field(w.text, m, "ProductAvatarImage.image_id", image_id),
            url=w.field(w.text, m, "ProductAvatarImage.url", url),
            created_at=w.timestamp(created_at),
            completed_at=w.field(w.timestamp, m, "ProductAvatarImage.completed_at", completed_at),
        )

    @classmethod
    def from_data(cls, obj: Any) -> ProductAvatarImage:
        """One image from the `generations` of get_product_avatar_generation."""
        m, _ = w.data(GenerationItem.from_dict, obj, "a product avatar image")
        return cls.read_generation(m)

    @classmethod
    def read_generation(cls, m: GenerationItem) -> ProductAvatarImage:
        return cls._from_wire(
            m,
            id=m.generation_id,
            status=m.status,
            created_at=m.created_at,
            image_id=m.image_id,
            url=m.url,
            completed_at=m.completed_at,
        )


@attrs.frozen
class ProductAvatarBatch:
    """A batch of product-avatar images. Its status sums up the images': processing while
    any is, failed when all failed, completed otherwise."""

    id: str
    status: JobStatus
    images: tuple[ProductAvatarImage, ...] = ()
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        *,
        id: Any,
        images: tuple[ProductAvatarImage, ...],
        known_id: str | None = None,
    ) -> ProductAvatarBatch:
        """A batch from its id's wire value and its images (read from the answer's model).
        ``known_id`` is the id asked for, used when the answer names none."""
        return cls(
            id=w.field(w.text, m, "ProductAvatarBatch.id", id) or known_id or "",
            status=_batch_status(images),
            images=images,
            raw=raw,
        )

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> ProductAvatarBatch:
        """A batch from the `data` of get_product_avatar_generation."""
        m, raw = w.data(
            GetProductAvatarGenerationResponse200DataType0.from_dict, data, "a product avatar batch"
        )
        images = tuple(
            ProductAvatarImage.read_generation(i) for i, _ in w.items(m.generations, GenerationItem)
        )
        return cls._from_wire(m, raw, id=m.batch_id, images=images, known_id=id)

    @property
    def failure_detail(self) -> str | None:
        return "every image of the batch failed" if self.status.is_failed else None


def _batch_status(images: tuple[ProductAvatarImage, ...]) -> JobStatus:
    states = {image.status.state for image in images}
    if not states or states & {JobState.PENDING, JobState.PROCESSING, JobState.UNKNOWN}:
        return JobStatus(JobState.PROCESSING, "batch")
    if states == {JobState.FAILED}:
        return JobStatus(JobState.FAILED, "batch")
    return JobStatus(JobState.COMPLETED, "batch")
