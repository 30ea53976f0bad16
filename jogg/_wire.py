"""The one place that speaks the generated client's conventions (``jogg_api``).

The spec's facts live in ``jogg_api``: each operation is an endpoint module named by its
operationId, whose ``_get_kwargs`` builds the method, path, query and JSON body; request
bodies are attrs models with ``to_dict()``; closed sets are Enum classes; answers are read
by lenient models whose unknown keys land in ``additional_properties``. This module turns
those into what the facade needs:

- ``request_parts``: an endpoint and its arguments as (method, path, query, body), built by
  the endpoint's own request builder, never by a path written here;
- ``given`` / ``present``: the only conversions between the facade's ``None`` and the
  generated ``UNSET``; readers of results never see ``Unset``;
- ``new_fields`` / ``extended``: body fields the spec added that no facade parameter names
  yet, taken as typed keywords (``jogg_api.body_keywords``) and set into the body model;
- ``allowed`` / ``choice``: allowed values and checks taken from generated Enum classes;
- ``data`` / ``items`` and the value readers: the lenient reading of answer models;
- ``stray``: keys the live API sends that the spec lacks, named in ``STRAYS``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Collection, Mapping
from types import ModuleType
from typing import Any, NamedTuple, ParamSpec, Protocol, TypeVar

from jogg_api.body_keywords import FIELDS as BODY_KEYWORDS
from jogg_api.types import UNSET, Unset

from . import _parse as p
from . import _validation as v

T = TypeVar("T")
L = TypeVar("L")
P = ParamSpec("P")


class WireModel(Protocol):
    """What every generated model has: its unknown keys, and a way back to JSON."""

    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=WireModel)

__all__ = [
    "STRAYS",
    "RequestParts",
    "allowed",
    "body_keywords",
    "choice",
    "data",
    "extended",
    "given",
    "items",
    "new_fields",
    "operation_id",
    "present",
    "request_parts",
    "strays",
]


# --- requests ----------------------------------------------------------------------------


class RequestParts(NamedTuple):
    method: str
    path: str
    params: Mapping[str, Any] | None
    json: Any


def arguments(builder: Callable[P, Any], *_: P.args, **given: P.kwargs) -> dict[str, Any]:
    """The keyword arguments of a generated request builder (``endpoint._get_kwargs``),
    checked by mypy against its signature: a path id, query name or ``body`` the spec
    renames fails the type check at the line that passes it. Nothing is built here; the
    core calls the builder when it sends. UNSET (and None) values are left out."""
    return {k: v for k, v in given.items() if v is not None and not isinstance(v, Unset)}


@functools.cache
def operation_id(endpoint: ModuleType) -> str:
    """The operationId of a generated endpoint module (its module name)."""
    return endpoint.__name__.rpartition(".")[2]


def request_parts(endpoint: ModuleType, arguments: Mapping[str, Any]) -> RequestParts:
    """(method, path, query, body) as the endpoint's generated request builder makes them.

    Every parameter the facade does not give is passed as UNSET, so the builder's defaults
    (``page_size=10``, ``sort_order=desc``) are never sent on the user's behalf.
    """
    builder: Callable[..., dict[str, Any]] = endpoint._get_kwargs
    names = _parameter_names(builder)
    if not names.keys() >= arguments.keys():  # a facade bug: the spec has no such parameter
        unknown = sorted(set(arguments) - set(names))
        raise TypeError(f"{operation_id(endpoint)} takes no {', '.join(unknown)}")
    kwargs = builder(**{name: arguments.get(name, UNSET) for name in names})
    params = kwargs.get("params")
    return RequestParts(
        str(kwargs["method"]).upper(), str(kwargs["url"]), dict(params) if params else None,
        kwargs.get("json"),
    )  # fmt: skip


_PARAMETERS: dict[Callable[..., Any], dict[str, None]] = {}


def _parameter_names(builder: Callable[..., Any]) -> dict[str, None]:
    """The builder's parameter names, in order (a dict: ordered, and a set for lookups)."""
    names = _PARAMETERS.get(builder)
    if names is None:
        names = dict.fromkeys(inspect.signature(builder).parameters)
        _PARAMETERS[builder] = names
    return names


# --- body fields the facade does not name yet ------------------------------------------

# The check of a new field's value, by its JSON type in the spec (the argument checks).
_CHECKS: dict[str, Callable[[str, Any], Any]] = {
    "string": v.text,
    "integer": v.integer,
    "number": v.number,
    "boolean": v.boolean,
    "array": v.json_list,
    "object": v.json_object,
}

NewFields = dict[tuple[str, ...], Any]


@functools.cache
def body_keywords(endpoint: ModuleType) -> frozenset[str]:
    """The keywords of the body fields the spec added that no facade parameter names yet."""
    return frozenset(BODY_KEYWORDS.get(operation_id(endpoint), ()))


def new_fields(endpoint: ModuleType, given: Mapping[str, Any]) -> tuple[NewFields, dict[str, Any]]:
    """Splits a method's keyword arguments into the body fields the spec added that no facade
    parameter names yet (``jogg_api.body_keywords``, generated), checked and keyed by their
    path in the body, and the rest (per-call options, or the facade's own fields)."""
    table = BODY_KEYWORDS.get(operation_id(endpoint))
    if not table or not given.keys() & table.keys():
        return {}, dict(given)
    found: NewFields = {}
    rest: dict[str, Any] = {}
    for name, value in given.items():
        if name not in table:
            rest[name] = value
            continue
        path, kind, values = table[name]
        if values:
            found[path] = v.choice(name, value, values)
        else:
            found[path] = _CHECKS[kind](name, value) if kind in _CHECKS else value
    return found, rest


class BodyModel(WireModel, Protocol):
    @classmethod
    def from_dict(cls: type[B], src_dict: Mapping[str, Any]) -> B: ...


B = TypeVar("B", bound=BodyModel)


def extended(body: B, new: NewFields) -> B:
    """``body`` with the ``new_fields`` set, read back through its generated model, so that
    the model (not this code) shapes what is sent."""
    if not new:
        return body
    wire = body.to_dict()
    for path, value in new.items():
        node = wire
        for key in path[:-1]:
            node = node.setdefault(key, {})
        node[path[-1]] = value
    return type(body).from_dict(wire)


def given(value: T | None) -> T | Unset:
    """A facade value for a generated model or builder: None (not given) becomes UNSET."""
    return UNSET if value is None else value


def allowed(values: Collection[L]) -> tuple[L, ...]:
    """A closed set of the spec (a generated ``*_VALUES`` set), in a stable order."""
    return tuple(sorted(values))  # type: ignore[type-var]


def choice(field: str, value: Any, values: Collection[L]) -> L:
    """``value`` as one of a closed set of the spec (a generated ``*_VALUES`` set), by the
    one matching rule of ``_validation.choice``; the error names the allowed values."""
    if type(value) is str and value in values:  # already in its canonical spelling
        return value  # type: ignore[return-value]
    return v.choice(field, value, allowed(values))


def optional_choice(field: str, value: Any, values: Collection[L]) -> L | None:
    return None if value is None else choice(field, value, values)


def given_choice(field: str, value: Any, values: Collection[L]) -> L | Unset:
    """An optional value of a closed set, checked, for a generated model or builder: None
    (not given) becomes UNSET."""
    return UNSET if value is None else choice(field, value, values)


# --- answers ------------------------------------------------------------------------------


def data(kind: Callable[[Mapping[str, Any]], M], value: Any, what: str) -> tuple[M, p.Json]:
    """An answer's ``data`` read through the generated model ``kind``, with the JSON itself
    (kept as the result's ``raw``). Data that is not an object cannot be read at all."""
    obj = p.as_object(value, what)
    return kind(obj), obj


def items(value: Any, kind: type[M]) -> list[tuple[M, p.Json]]:
    """The items of a list attribute of a model, each with its JSON. The generated parser
    keeps the raw list when an item has the wrong shape; such items are skipped here."""
    if not isinstance(value, list):
        return []
    found: list[tuple[M, p.Json]] = []
    for item in value:
        if isinstance(item, kind):
            found.append((item, item.to_dict()))
        elif isinstance(item, Mapping):
            from_dict: Callable[[Mapping[str, Any]], M] = kind.from_dict  # type: ignore[attr-defined]
            found.append((from_dict(item), item))
    return found


def model(value: Any, kind: type[M]) -> M | None:
    """A nested object attribute as its model, or None when absent or of another shape."""
    if isinstance(value, kind):
        return value
    if isinstance(value, Mapping):
        from_dict: Callable[[Mapping[str, Any]], M] = kind.from_dict  # type: ignore[attr-defined]
        return from_dict(value)
    return None


def present(value: Any) -> Any:
    """A model attribute with UNSET read as None."""
    return None if isinstance(value, Unset) else value


# Lenient value readers: a generated attribute may hold a value of another type than its
# annotation (the lenient models fall back to the raw value), so every reader checks; UNSET
# and None read as None. They are the grammars of jogg/_parse.py (R-PARSE-*), value by value.
text = p.text_value
integer = p.integer_value
number = p.number_value
timestamp = p.time_value
strings = p.strings_value


def flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


# --- strays -------------------------------------------------------------------------------

# Keys the live API sends that the spec lacks (docs/facade.md, "Strays"), by the result
# field they feed ("Type.field"), in the order they are tried. They are read from a model's
# additional_properties, so they never shadow a field the spec gives: a key that is a spec
# field of one answer's model can be a stray of another's. Only a field that the spec's own
# attribute leaves absent falls back to them.
STRAYS: dict[str, tuple[str, ...]] = {
    # products.py
    "Product.id": ("product_id", "id"),
    "ProductVideo.id": ("video_id", "product_video_id", "id"),
    "ProductVideo.error": ("error", "err_msg", "error_msg"),
    "ProductVideo.title": ("title", "name"),
    "ProductVideo.video_url": ("video_url", "url"),
    "ProductVideo.cover_url": ("cover_url",),
    "ProductVideo.duration": ("duration", "video_duration", "duration_seconds"),
    "ProductVideo.created_at": ("created_at",),
    "ProductVideo.deducted_credit": ("deducted_credit",),
    "Preview.id": ("preview_id", "id"),
    "Preview.error": ("error", "err_msg"),
    "Preview.duration": ("video_duration", "duration"),
    # avatars.py: a key a list item's or answer's own model lacks (each avatar list, and
    # each photo/product avatar answer, has its own model with a part of the fields)
    "Avatar.id": ("id", "avatar_id"),
    "Avatar.video_url": ("video_url", "avatar_url", "preview_url"),
    "Avatar.status": ("avatar_status", "status"),
    "Avatar.aspect_ratio": ("aspect_ratio",),
    "Avatar.style": ("style",),
    "Avatar.gender": ("gender",),
    "Avatar.age": ("age",),
    "Voice.id": ("voice_id", "id"),
    "Voice.sample_url": ("audio_url", "audition_url"),
    "Voice.gender": ("gender",),
    "Voice.age": ("age",),
    "Voice.accent": ("accent",),
    "Voice.use_case": ("use_case",),
    "Music.id": ("id", "music_id"),
    "Music.url": ("music_url", "url"),
    "AvatarPhoto.id": ("photo_id", "id"),
    "AvatarPhoto.error": ("error", "error_msg"),
    "AvatarPhoto.message": ("msg",),
    "AvatarPhoto.image_urls": ("image_url_list",),
    "AvatarPhoto.image_keys": ("image_key_list",),
    "AvatarMotion.id": ("motion_id", "id"),
    "AvatarMotion.error": ("error", "error_msg"),
    "AvatarMotion.name": ("name",),
    "AvatarMotion.image_url": ("image_url",),
    "AvatarMotion.preview_url": ("motion_preview_url",),
    "AvatarMotion.voice_id": ("voice_id",),
    "ProductAvatarImage.id": ("generation_id", "id"),
    "ProductAvatarImage.url": ("url", "image_url"),
    "ProductAvatarImage.image_id": ("image_id",),
    "ProductAvatarImage.completed_at": ("completed_at",),
    "ProductAvatarBatch.id": ("batch_id", "id"),
    # videos.py
    "AvatarVideo.id": ("video_id", "id"),
    "AvatarVideo.error": ("error", "err_msg"),
    "AvatarVideo.video_url": ("video_url", "url"),
    "AvatarVideo.duration": ("duration", "duration_seconds"),
    "Template.id": ("id", "template_id"),
    "Template.variables": ("variables",),
    "TemplateVariableInfo.required": ("required",),
    "TemplateVideo.id": ("video_id", "id"),
    "TemplateVideo.error": ("error", "err_msg"),
    "TemplateVideo.name": ("video_name", "name"),
    "TemplateVideo.video_url": ("url", "video_url"),
    "TemplateVideo.cover_url": ("cover_url",),
    "TemplateVideo.duration": ("duration_seconds", "duration"),
    "TemplateVideo.deducted_credit": ("deducted_credit",),
    "TemplateVideo.completed_at": ("completed_at",),
    "LipSyncVideo.id": ("task_id", "id"),
    "LipSyncVideo.error": ("error", "err_msg"),
    "LipSyncVideo.video_url": ("result_url", "video_url"),
    "LipSyncVideo.cover_url": ("cover_url",),
    "LipSyncVideo.duration": ("duration",),
    "Translation.id": ("video_translate_id", "id"),
    "Translation.error": ("error", "err_msg"),
    "Translation.video_url": ("url", "video_url"),
    "AIScript.id": ("task_id", "id"),
    "AIScript.error": ("error", "err_msg"),
    # account.py
    "Quota.remaining": ("remaining_quota", "remaining"),
    "Asset.id": ("asset_id",),
    "WebhookEndpoint.id": ("endpoint_id", "id"),
}


def strays(obj: WireModel, field: str) -> tuple[Any, ...]:
    """The values ``obj``'s unknown keys hold for ``field`` ("Type.field", a key of STRAYS),
    in the table's order."""
    extra = obj.additional_properties
    return tuple(extra[key] for key in STRAYS[field] if extra.get(key) is not None)


def pick(reader: Callable[[Any], T | None], *values: Any) -> T | None:
    """The first of ``values`` that ``reader`` makes something of: a value of the wrong type
    does not hide a usable one after it."""
    for value in values:
        found = reader(value)
        if found is not None:
            return found
    return None


def first(*values: Any) -> Any:
    """The first value that is present (neither None nor UNSET), as it is: for values that
    are read further (a nested list, a status), where ``pick`` needs a reader."""
    for value in values:
        if value is not None and not isinstance(value, Unset):
            return value
    return None


def field(reader: Callable[[Any], T | None], obj: WireModel, name: str, *values: Any) -> T | None:
    """A result field: the spec's own attributes (``values``, in order), then the strays of
    ``name`` ("Type.field") in ``obj``'s unknown keys, read by ``reader``."""
    for value in values:
        # Every reader reads None and UNSET as nothing: skip them without a call.
        if value is not None and value is not UNSET:
            found = reader(value)
            if found is not None:
                return found
    extra = obj.additional_properties
    if extra:  # most answers carry no key the spec lacks: skip the table then
        for key in STRAYS[name]:
            value = extra.get(key)
            if value is not None:
                found = reader(value)
                if found is not None:
                    return found
    return None


def status(obj: WireModel, value: Any = UNSET) -> Any:
    """A job's status value: the model's own field, else a status key the spec did not
    promise; UNSET when the answer has none at all (which the status rules tell apart)."""
    if not isinstance(value, Unset):
        return value
    return obj.additional_properties.get("status", UNSET)
