"""``python -m jogg.testing``: serve a FakeJogg on a loopback port until Ctrl-C."""

from __future__ import annotations

import argparse
import threading

from ._fake import FakeJogg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m jogg.testing",
        description="Serve an in-memory fake of the JoggAI v2 API on a loopback port.",
    )
    parser.add_argument("--port", type=int, default=8765, help="port to listen on (0: any free)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--api-key", default="fake-key", help="the key clients must send")
    parser.add_argument(
        "--job-seconds", type=float, default=2.0, help="seconds a job takes to complete"
    )
    parser.add_argument(
        "--no-rate-limit", action="store_true", help="do not limit POSTs to 20 a minute"
    )
    args = parser.parse_args(argv)
    fake = FakeJogg(
        args.api_key,
        job_seconds=args.job_seconds,
        rate_limit=None if args.no_rate_limit else 20,
    )
    with fake.serve(args.host, args.port) as url:
        print(f"FakeJogg serving the JoggAI v2 API at {url}", flush=True)
        print(f"API key: {fake.api_key}", flush=True)
        print(f"  export JOGG_BASE_URL={url} JOGG_API_KEY={fake.api_key}", flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
