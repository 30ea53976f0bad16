"""``jogg product-video``: the main job, from a product page to a saved video."""

from __future__ import annotations

from pathlib import Path

from .. import Avatar, Jogg, ProductVideoSpec, Voice
from .._args import AspectRatio
from ._context import Context, Failure, SaveTo, UsageError, raw_of, save_to
from ._output import mask_urls, print_json, sanitize


def cmd_product_video(ctx: Context) -> int:
    a = ctx.args
    # Every option is checked before the first request, so a typo costs nothing. Options left
    # out take the library's defaults.
    given = {
        "length": a.length,
        "aspect_ratio": a.aspect_ratio,
        "script_style": a.style,
        "language": a.language,
        "music_id": a.music,
        "visual_style": a.visual_style,
        "caption": a.caption,
        "name": a.name,
        "avatar": a.avatar,
        "voice": a.voice,
    }
    spec = ProductVideoSpec(**{field: value for field, value in given.items() if value is not None})
    download: SaveTo | None = None
    if a.download is not None:
        # The folder is checked now, before the video is paid for and waited on.
        download = save_to(a.download)
        if download.to_stdout and ctx.json:
            raise UsageError("--download - and --json both want stdout: choose one")
        ctx.stdout_is_data = download.to_stdout
    client = ctx.client()
    ctx.say(f"product page: {mask_urls(a.url)}")
    product = client.products.create(a.url)
    ctx.say(f"product:      {product.id}  {product.name or ''}".rstrip())

    avatar: int | Avatar | None = spec.avatar
    if avatar is None:
        avatar = _first_avatar(client, spec.aspect_ratio)
        ctx.say(
            f"avatar:       {avatar.id}  {avatar.name or ''}  "
            "(first public avatar; choose with --avatar, see `jogg avatars`)"
        )
    else:
        ctx.say(f"avatar:       {avatar if isinstance(avatar, int) else avatar.id}")
    voice = spec.voice
    if voice is None:
        found = _first_voice(client, spec.language)
        voice = found.id
        ctx.say(
            f"voice:        {found.id}  {found.name or ''}  "
            f"(first {spec.language} voice; choose with --voice, see `jogg voices`)"
        )
    else:
        ctx.say(f"voice:        {voice}")
    look = f", visual style {spec.visual_style}" if spec.visual_style else ""
    ctx.say(f"style:        {spec.script_style}, {spec.length} s, {spec.aspect_ratio}{look}")

    video = client.product_videos.create(str(product.id), spec.replace(avatar=avatar, voice=voice))
    ctx.say(f"video:        {video.id} created ({video.status})")
    path: Path | None = None
    if a.wait or download is not None:
        video = ctx.wait(
            "product-video",
            video.id,
            lambda display: client.product_videos.wait(
                video.id,
                timeout=a.wait_timeout,
                poll_interval=a.poll_interval,
                on_progress=display,
            ),
        )
        ctx.say(f"finished:     {video.id} {video.status}")
        if download is not None:
            path = ctx.download(video, download.path("product-video", video.id))
    else:
        ctx.say(f"follow it:    jogg wait product-video {video.id}")
    if ctx.json:
        print_json(
            {
                "product": sanitize(raw_of(product)),
                "video": sanitize(raw_of(video)),
                "file": str(path) if path else None,
            }
        )
    return 0


def _first_avatar(client: Jogg, aspect_ratio: AspectRatio) -> Avatar:
    for found in client.avatars.list_public(aspect_ratio=aspect_ratio, page_size=1):
        return found
    for found in client.avatars.list_public(page_size=1):
        return found
    raise Failure("the API listed no public avatar: pass --avatar ID")


def _first_voice(client: Jogg, language: str) -> Voice:
    for found in client.voices.list(language=language, page_size=1):
        return found
    raise Failure(f"the API listed no {language} voice: pass --voice ID (see `jogg voices`)")
