"""The measured scenarios. Each runs in a fresh child process (so memory figures are its
own) and prints one JSON object on its last line:

    python -m bench.scenarios NAME '{"arg": ...}'
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench._measure import (
    API_KEY,
    REPO,
    loopback_server,
    peak_rss_mb,
    reset_peak_rss,
    rss_mb,
    timed,
)

VIDEO_ID = "NTQ0MTkzNjgw"
PRODUCT_ID = "NTQ0MTkzNjgy"
HEADERS = {"x-api-key": API_KEY, "Accept": "application/json"}
CREATE_FIELDS: dict[str, Any] = {
    "avatar": 127,
    "voice": "en-US-ChristopherNeural",
    "length": 30,
    "aspect_ratio": "portrait",
    "caption": True,
}
# What a hand-written request for the same video sends.
CREATE_BODY: dict[str, Any] = {
    "product_id": PRODUCT_ID,
    "avatar_id": 127,
    "avatar_type": 0,
    "voice_id": "en-US-ChristopherNeural",
    "length": "30",
    "aspect_ratio": "portrait",
    "script_style": "Storytime",
    "language": "english",
    "caption": True,
}


def _rounds(
    pairs: dict[str, tuple[Callable[[], object], Callable[[], object]]], repeats: int
) -> dict[str, dict[str, list[float]]]:
    """Time each (sdk, baseline) pair ``repeats`` times, alternating which goes first: wall
    seconds under sdk/raw, this process's CPU seconds under sdk_cpu/raw_cpu."""
    out: dict[str, dict[str, list[float]]] = {
        n: {"sdk": [], "raw": [], "sdk_cpu": [], "raw_cpu": []} for n in pairs
    }
    for r in range(repeats):
        for name, (sdk, raw) in pairs.items():
            order = [("sdk", sdk), ("raw", raw)] if r % 2 else [("raw", raw), ("sdk", sdk)]
            for kind, action in order:
                cpu = time.process_time()
                out[name][kind].append(timed(action))
                out[name][kind + "_cpu"].append(time.process_time() - cpu)
    return out


def per_call(args: dict[str, Any]) -> dict[str, Any]:
    """Sequential calls through the facade versus bare httpx + json.loads, same server."""
    import httpx

    import jogg

    calls, repeats = int(args["calls"]), int(args["repeats"])
    with loopback_server() as url:
        client = jogg.Jogg(api_key=API_KEY, base_url=url, post_rate_limit=None)
        http = httpx.Client()
        get_url = f"{url}/v2/product_video/{VIDEO_ID}"
        post_url = f"{url}/v2/create_video_from_product"

        def sdk_get() -> None:
            for _ in range(calls):
                client.product_videos.retrieve(VIDEO_ID)

        def raw_get() -> None:
            for _ in range(calls):
                json.loads(http.get(get_url, headers=HEADERS).content)

        def sdk_post() -> None:
            for _ in range(calls):
                client.product_videos.create(PRODUCT_ID, **CREATE_FIELDS)

        def raw_post() -> None:
            for _ in range(calls):
                json.loads(http.post(post_url, json=CREATE_BODY, headers=HEADERS).content)

        async def async_rounds() -> dict[str, dict[str, list[float]]]:
            aclient = jogg.AsyncJogg(api_key=API_KEY, base_url=url, post_rate_limit=None)
            ahttp = httpx.AsyncClient()

            async def sdk() -> None:
                for _ in range(calls):
                    await aclient.product_videos.retrieve(VIDEO_ID)

            async def raw() -> None:
                for _ in range(calls):
                    json.loads((await ahttp.get(get_url, headers=HEADERS)).content)

            async def atimed(action: Callable[[], Any]) -> tuple[float, float]:
                started, cpu = time.perf_counter(), time.process_time()
                await action()
                return time.perf_counter() - started, time.process_time() - cpu

            result: dict[str, list[float]] = {"sdk": [], "raw": [], "sdk_cpu": [], "raw_cpu": []}
            await atimed(sdk)  # warm-up: connections, first-use imports
            await atimed(raw)
            for r in range(repeats):
                order = [("sdk", sdk), ("raw", raw)] if r % 2 else [("raw", raw), ("sdk", sdk)]
                for kind, action in order:
                    wall, cpu = await atimed(action)
                    result[kind].append(wall)
                    result[kind + "_cpu"].append(cpu)
            await aclient.close()
            await ahttp.aclose()
            return {"async retrieve": result}

        pairs = {"sync retrieve": (sdk_get, raw_get), "sync create": (sdk_post, raw_post)}
        _rounds(pairs, 1)  # warm-up
        results = _rounds(pairs, repeats)
        results.update(asyncio.run(async_rounds()))
        client.close()
        http.close()
    return {"calls": calls, "rounds": results}


def import_check(args: dict[str, Any]) -> dict[str, Any]:
    """How many generated modules ``import jogg`` loads (none), and a first facade call (only
    its resource's endpoints and models)."""
    import httpx

    import jogg

    after_import = sum(name.split(".")[0] == "jogg_api" for name in sys.modules)
    body = (REPO / "bench" / "fixtures" / "product_video.json").read_bytes()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = jogg.Jogg(
        api_key=API_KEY, base_url="http://127.0.0.1", http_client=httpx.Client(transport=transport)
    )
    client.product_videos.retrieve(VIDEO_ID)
    loaded = sorted(name for name in sys.modules if name.split(".")[0] == "jogg_api")
    generated = len(list((REPO / "generated" / "jogg_api").rglob("*.py")))
    return {
        "after_import": after_import,
        "after_call": len(loaded),
        "generated": generated,
        "modules": loaded[:5],
    }


FakeProcess = tuple[subprocess.Popen[str], dict[str, Any]]


@contextlib.contextmanager
def _fake_process(jobs: int, low: float, high: float) -> Iterator[FakeProcess]:
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.fake_process", str(jobs), str(low), str(high)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield process, json.loads(process.stdout.readline())
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _ask(process: subprocess.Popen[str], command: str) -> None:
    assert process.stdin is not None
    process.stdin.write(command + "\n")
    process.stdin.flush()


def concurrency(args: dict[str, Any]) -> dict[str, Any]:
    """Many concurrent waits on one AsyncJogg against the served fake."""
    import jogg

    jobs, interval = int(args["jobs"]), float(args["interval"])
    low, high = float(args["min_delay"]), float(args["max_delay"])
    with _fake_process(jobs, low, high) as (process, setup):
        ids: list[str] = setup["ids"]

        async def run() -> tuple[float, float, int]:
            client = jogg.AsyncJogg(
                api_key=setup["api_key"], base_url=setup["url"], post_rate_limit=None
            )
            async with client:
                _ask(process, "go")
                started = time.monotonic()
                videos = await asyncio.gather(
                    *(
                        client.product_videos.wait(job, poll_interval=interval, timeout=600)
                        for job in ids
                    )
                )
                return started, time.monotonic() - started, len(videos)

        started, wall, finished = asyncio.run(run())
        _ask(process, "report")
        assert process.stdout is not None
        report = json.loads(process.stdout.readline())
    peak = peak_rss_mb()
    sent = scheduled = early = 0
    for job in ids:
        polls = report["polls"][job]
        done = report["completed_at"][job]
        sent += len(polls)
        # The schedule: a look at once (the jobs exist already), then one every `interval`
        # until one falls at or after the job's completion.
        scheduled += 1 + max(0, math.ceil((done - started) / interval))
        previous = None
        for at in polls:
            if previous is not None and at - previous < interval:
                early += 1
            previous = at
    ideal = max(report["completed_at"].values()) - started
    return {
        "jobs": jobs,
        "finished": finished,
        "wall": wall,
        "ideal": ideal,
        "sent": sent,
        "scheduled": scheduled,
        "early": early,
        "peak_rss_mb": peak,
    }


def download_memory(args: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS growth of one large download (``which``: sdk or raw) in a fresh process."""
    import httpx

    import jogg

    size = int(args["size"])
    with loopback_server(size) as url, tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "video.mp4"
        client = jogg.Jogg(api_key=API_KEY, base_url=url)
        video = client.product_videos.retrieve(VIDEO_ID)
        assert video.video_url is not None
        before = rss_mb()
        exact = reset_peak_rss()
        if args["which"] == "sdk":
            video.download(target)
        else:
            with httpx.stream("GET", video.video_url) as response, target.open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
        growth = peak_rss_mb() - before
        assert target.stat().st_size == size
    return {"growth_mb": growth, "exact": exact}


def download_speed(args: dict[str, Any]) -> dict[str, Any]:
    """Throughput of video.download versus httpx.stream into a file, alternating."""
    import httpx

    import jogg

    size, repeats = int(args["size"]), int(args["repeats"])
    with loopback_server(size) as url, tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "video.mp4"
        client = jogg.Jogg(api_key=API_KEY, base_url=url)
        video = client.product_videos.retrieve(VIDEO_ID)
        assert video.video_url is not None
        video_url = video.video_url

        def sdk() -> None:
            video.download(target)
            target.unlink()

        def raw() -> None:
            with httpx.stream("GET", video_url) as response, target.open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
            target.unlink()

        rounds = _rounds({"download": (sdk, raw)}, repeats)["download"]
    return {"size": size, "rounds": rounds}


def upload_memory(args: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS growth of one large assets.upload against the served fake."""
    import jogg

    size = int(args["size"])
    with _fake_process(0, 0, 0) as (_, setup), tempfile.TemporaryDirectory() as folder:
        client = jogg.Jogg(api_key=setup["api_key"], base_url=setup["url"])
        assets = getattr(client, "assets", None)
        if assets is None or not hasattr(assets, "upload"):
            return {"available": False}
        source = Path(folder) / "clip.mp4"
        with source.open("wb") as out:
            block = b"\0" * (1 << 20)
            for _ in range(size // len(block)):
                out.write(block)
        before = rss_mb()
        exact = reset_peak_rss()
        started = time.perf_counter()
        assets.upload(source)
        seconds = time.perf_counter() - started
        growth = peak_rss_mb() - before
    return {"available": True, "growth_mb": growth, "exact": exact, "seconds": seconds}


def attack(args: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS growth and time of one GET against a hostile loopback server (``kind``)."""
    import jogg

    kind = str(args["kind"])
    # The trickle meets the deadline (3 x timeout); the others get time for the server to
    # pack its bomb (it does so on first use).
    timeout = 2.0 if kind == "trickle" else 30.0
    with loopback_server() as url:
        client = jogg.Jogg(
            api_key=API_KEY, base_url=f"{url}/attack/{kind}", timeout=timeout, max_retries=0
        )
        before = rss_mb()
        exact = reset_peak_rss()
        started = time.perf_counter()
        try:
            client.product_videos.retrieve(VIDEO_ID)
            outcome = "answered"
        except jogg.JoggError as error:
            outcome = type(error).__name__
        seconds = time.perf_counter() - started
        growth = peak_rss_mb() - before
    return {"growth_mb": growth, "exact": exact, "seconds": seconds, "outcome": outcome}


def calls_only(args: dict[str, Any]) -> dict[str, Any]:
    """``calls`` calls of one kind (``op``) over loopback, after ten to warm up, and nothing
    else: run twice under callgrind (0 calls and N calls), the difference over N is that
    kind's instructions per call in this process (the server is another process)."""
    import httpx

    import jogg

    op, calls = str(args["op"]), int(args["calls"])
    with loopback_server() as url:
        client = jogg.Jogg(api_key=API_KEY, base_url=url, post_rate_limit=None)
        http = httpx.Client()
        actions: dict[str, Callable[[], object]] = {
            "sdk retrieve": lambda: client.product_videos.retrieve(VIDEO_ID),
            "raw retrieve": lambda: json.loads(
                http.get(f"{url}/v2/product_video/{VIDEO_ID}", headers=HEADERS).content
            ),
            "sdk create": lambda: client.product_videos.create(PRODUCT_ID, **CREATE_FIELDS),
            "raw create": lambda: json.loads(
                http.post(
                    f"{url}/v2/create_video_from_product", json=CREATE_BODY, headers=HEADERS
                ).content
            ),
        }
        action = actions[op]
        for _ in range(10 + calls):
            action()
        client.close()
        http.close()
    return {"op": op, "calls": calls}


SCENARIOS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "calls_only": calls_only,
    "attack": attack,
    "per_call": per_call,
    "import_check": import_check,
    "concurrency": concurrency,
    "download_memory": download_memory,
    "download_speed": download_speed,
    "upload_memory": upload_memory,
}

if __name__ == "__main__":
    name, raw_args = sys.argv[1], json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    print(json.dumps(SCENARIOS[name](raw_args)), flush=True)
