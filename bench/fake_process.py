"""A served jogg.testing.FakeJogg in its own process, for the concurrency and upload runs.

Protocol on stdin/stdout (one JSON line each way):
  start:   prints {"url", "ids"} once ``jobs`` product videos exist (created in-process,
           with the fake's rate limit and the client's throttle off);
  "go":    from now on, completes job i ``delays[i]`` seconds later (a scheduler thread;
           the jobs themselves never finish on their own);
  "report": prints {"completed_at": {id: t}, "polls": {id: [t, ...]}} — monotonic times,
           as the fake saw each GET of a product video arrive;
  EOF:     stops.

    python -m bench.fake_process JOBS MIN_DELAY MAX_DELAY
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time

from jogg.testing import FakeJogg


def main() -> None:
    jobs, low, high = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
    # Jobs never finish by themselves; the scheduler below finishes each at its own time.
    fake = FakeJogg(rate_limit=None, job_seconds=24 * 3600)
    fake.remaining_quota = 1e12
    ids: list[str] = []
    if jobs:
        with fake.client(post_rate_limit=None) as setup:
            product = setup.products.create("https://shop.example.com/products/sneaker")
            for _ in range(jobs):
                video = setup.product_videos.create(
                    product.id, avatar=127, voice="en-US-ChristopherNeural", length=30
                )
                ids.append(video.id)
    rng = random.Random(7)
    delays = [low + (high - low) * i / max(1, jobs - 1) for i in range(jobs)]
    rng.shuffle(delays)
    completed_at: dict[str, float] = {}

    def finish_on_schedule(start: float) -> None:
        for due, job in sorted(zip(delays, ids, strict=True)):
            pause = start + due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            fake.complete_job(job)
            completed_at[job] = time.monotonic()

    with fake.serve(tick_interval=1.0) as url:
        print(json.dumps({"url": url, "ids": ids, "api_key": fake.api_key}), flush=True)
        for line in sys.stdin:
            command = line.strip()
            if command == "go":
                threading.Thread(
                    target=finish_on_schedule, args=(time.monotonic(),), daemon=True
                ).start()
            elif command == "report":
                polls: dict[str, list[float]] = {job: [] for job in ids}
                for record in fake.requests:
                    if record.method == "GET" and record.path.startswith("/v2/product_video/"):
                        job = record.path.rsplit("/", 1)[1]
                        if job in polls:
                            polls[job].append(record.at)
                report = {"completed_at": completed_at, "polls": polls}
                print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
