"""``python -m jogg.batch [FOLDER]``: the batch demo. Serves the embedded fake API on a loopback
port, writes a 10-row catalogue in FOLDER (default ``./out/batch-demo``) and runs the real
``jogg batch`` command on it, then runs it again to show that a finished batch sends
nothing."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

PRODUCTS = (
    "steel-bottle",
    "blue-mug",
    "desk-lamp",
    "walnut-tray",
    "linen-apron",
    "wool-throw",
    "oak-stool",
    "glass-carafe",
    "canvas-tote",
    "cork-board",
)


def main(argv: list[str]) -> int:
    from jogg.cli import main as jogg_main
    from jogg.testing import FakeJogg

    folder = Path(argv[0] if argv else "out/batch-demo")
    videos = folder / "videos"
    videos.mkdir(parents=True, exist_ok=True)
    catalogue = folder / "products.csv"
    lines = ["url,length,aspect_ratio"]
    lines += [
        f"https://shop.example.com/products/{slug},{15 if n % 2 else 30},"
        + ("portrait" if n % 3 == 0 else "")
        for n, slug in enumerate(PRODUCTS)
    ]
    catalogue.write_text("\n".join(lines) + "\n")
    # Renders of 3 s instead of minutes, polled every half second; the POST limit is real.
    fake = FakeJogg(job_seconds=3.0)
    with fake.serve() as url:
        os.environ.update(JOGG_BASE_URL=url, JOGG_API_KEY=fake.api_key)
        command = ["batch", str(catalogue), "--out", str(videos), "--poll-interval", "0.5"]
        print(f"fake API at {url}; running: jogg {shlex.join(command)}\n", flush=True)
        code = jogg_main(command)
        print("\nthe same command again (a finished batch sends nothing):", flush=True)
        code = code or jogg_main(command)
    posts = sum(1 for r in fake.requests if r.method == "POST")
    print(f"\nthe fake saw {posts} POSTs for {len(PRODUCTS)} rows; videos in {videos}/")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
