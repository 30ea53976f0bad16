"""From a product page to a video file: the SDK's main job, step by step.

    python examples/product_video.py [PRODUCT_URL]

With JOGG_API_KEY set it talks to the real JoggAI API (and spends credit). Without it, it
starts jogg.testing.FakeJogg on a loopback port and runs the very same code against that,
so you can watch the whole flow without an account.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from jogg import Jogg, JoggError, ProductVideoSpec

DEFAULT_PRODUCT_URL = "https://shop.example.com/products/insulated-steel-water-bottle"
OUT_DIR = Path("out")


@contextlib.contextmanager
def api() -> Iterator[tuple[Jogg, bool]]:
    """A client for the real API when JOGG_API_KEY is set, else for a fake served locally."""
    if os.environ.get("JOGG_API_KEY"):
        with Jogg() as client:  # JOGG_API_KEY, and JOGG_BASE_URL if set
            yield client, False
        return
    from jogg.testing import FakeJogg

    fake = FakeJogg(job_seconds=4)  # the real API takes 5-10 minutes
    with fake.serve() as base_url, Jogg(fake.api_key, base_url=base_url) as client:
        print(f"JOGG_API_KEY is not set: using the embedded fake API at {base_url}")
        print("(set JOGG_API_KEY to run this against the real JoggAI API)\n")
        yield client, True


def main() -> int:
    product_url = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PRODUCT_URL
    with api() as (client, fake):
        print(f"1. product page   {product_url}")
        product = client.products.create(product_url)
        print(f"2. product        {product.id}: {product.name}")

        spec = ProductVideoSpec(length=15, aspect_ratio="portrait", script_style="Top 3 reasons")
        avatar = next(iter(client.avatars.list_public(aspect_ratio=spec.aspect_ratio)))
        voice = next(iter(client.voices.list(language=spec.language, gender=avatar.gender)))
        style = next(iter(client.visual_styles.list(aspect_ratio=spec.aspect_ratio)))
        spec = spec.replace(avatar=avatar, voice=voice, visual_style=style.name)
        print(f"3. avatar         {avatar.id}: {avatar.name}")
        print(f"   voice          {voice.id}: {voice.name}")
        print(f"   style          {style.name}; {spec.script_style} script, {spec.length} s")

        video = client.product_videos.create(product.id, spec)
        print(f"4. video          {video.id} created")

        def show(job: object, elapsed: float) -> None:
            print(f"5. waiting        {elapsed:5.1f} s  {getattr(job, 'status', '?')}")

        # On the fake, look every second; the real API advises 10 s rising to 60 s (None).
        video = client.product_videos.wait(
            video, poll_interval=1.0 if fake else None, on_progress=show
        )

        OUT_DIR.mkdir(exist_ok=True)
        path = OUT_DIR / f"product-video-{video.id}.mp4"
        video.download(path)
        print(f"6. downloaded     {path.resolve()} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    started = time.monotonic()
    try:
        code = main()
    except JoggError as error:  # APIError carries the business code and the rid
        print(f"failed: {error}", file=sys.stderr)
        code = 1
    except KeyboardInterrupt:
        print("\ninterrupted; a created video goes on running on the API's side", file=sys.stderr)
        code = 130
    if code == 0:
        print(f"\ndone in {time.monotonic() - started:.1f} s")
    raise SystemExit(code)
