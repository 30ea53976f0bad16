"""The discovery commands: avatars, voices, visual styles, music and templates."""

from __future__ import annotations

from collections.abc import Iterable

from .. import Avatar, Voice
from ._context import Context, UsageError

PUBLIC_ONLY_FILTERS = ("style", "gender", "age", "scene", "ethnicity")


def cmd_avatars(ctx: Context) -> int:
    a = ctx.args
    avatars = ctx.client().avatars
    if a.kind != "public":
        given = [name for name in PUBLIC_ONLY_FILTERS if getattr(a, name) is not None]
        if given:
            raise UsageError(f"--{given[0]} only filters public avatars (--kind public)")
        if a.kind in ("custom", "photo") and a.aspect_ratio is not None:
            raise UsageError("--aspect-ratio filters public and product avatars only")
    if a.kind == "public":
        items: Iterable[Avatar] = avatars.list_public(
            aspect_ratio=a.aspect_ratio,
            style=a.style,
            gender=a.gender,
            age=a.age,
            scene=a.scene,
            ethnicity=a.ethnicity,
            page_size=ctx.page_size(),
        )
    elif a.kind == "custom":
        items = avatars.list_custom(page_size=ctx.page_size())
    elif a.kind == "photo":
        items = avatars.list_photo(page_size=ctx.page_size())
    else:
        items = avatars.list_product(aspect_ratio=a.aspect_ratio)
    return ctx.show_list(
        ctx.take(items),
        ["ID", "NAME", "ASPECT", "STYLE", "GENDER", "AGE", "SCENE", "STATUS"],
        lambda av: [
            av.id,
            av.name,
            av.aspect_ratio,
            av.style,
            av.gender,
            av.age,
            av.raw.get("scene"),
            av.status,
        ],
    )


def cmd_voices(ctx: Context) -> int:
    a = ctx.args
    voices = ctx.client().voices
    if a.custom:
        given = [flag for flag in ("gender", "age", "use_case") if getattr(a, flag) is not None]
        if given:
            raise UsageError(f"--{given[0].replace('_', '-')} does not filter custom voices")
        items: Iterable[Voice] = voices.list_custom(a.language)
    else:
        items = voices.list(
            gender=a.gender,
            language=a.language,
            age=a.age,
            use_case=a.use_case,
            page_size=ctx.page_size(),
        )
    return ctx.show_list(
        ctx.take(items),
        ["ID", "NAME", "LANGUAGE", "GENDER", "AGE", "ACCENT", "USE CASE"],
        lambda v: [v.id, v.name, v.language, v.gender, v.age, v.accent, v.use_case],
    )


def cmd_visual_styles(ctx: Context) -> int:
    items = ctx.client().visual_styles.list(aspect_ratio=ctx.args.aspect_ratio)
    return ctx.show_list(ctx.take(items), ["NAME", "ID"], lambda s: [s.name, s.id], keep=1)


def cmd_musics(ctx: Context) -> int:
    items = ctx.client().musics.list(page_size=ctx.page_size())
    return ctx.show_list(
        ctx.take(items),
        ["ID", "NAME", "SECONDS"],
        lambda m: [m.id, m.name, m.duration],
    )


def cmd_templates(ctx: Context) -> int:
    a = ctx.args
    templates = ctx.client().templates
    if a.custom:
        items = templates.list_custom(aspect_ratio=a.aspect_ratio)
    else:
        items = templates.list(aspect_ratio=a.aspect_ratio)
    return ctx.show_list(
        ctx.take(items),
        ["ID", "NAME", "ASPECT", "VARIABLES"],
        lambda t: [t.id, t.name, t.aspect_ratio, [var.name for var in t.variables]],
    )
