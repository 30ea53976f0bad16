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
    parser.add_argument(
        "--webhook-secret",
        default=None,
        help="secret to sign deliveries to a job's webhook_url with (default: a new random one)",
    )
    args = parser.parse_args(argv)
    fake = FakeJogg(
        args.api_key,
        job_seconds=args.job_seconds,
        rate_limit=None if args.no_rate_limit else 20,
        webhook_secret=args.webhook_secret,
    )
    with fake.serve(args.host, args.port) as url:
        # A local trial needs the secret to verify deliveries; it is the fake's own, not a
        # credential of the real service, so showing it is the point.
        lines = [
            f"FakeJogg serving the JoggAI v2 API at {url}",
            f"API key: {fake.api_key}",
            f"Webhook secret (signs deliveries to a job's webhook_url): {fake.webhook_secret}",
            f"  export JOGG_BASE_URL={url} JOGG_API_KEY={fake.api_key}",
            "Webhook endpoints may use http:// on loopback (127.0.0.1, localhost, ::1);"
            " each endpoint signs with the secret its create call returns.",
            "POSTs: no rate limit."
            if fake.rate_limit is None
            else f"POSTs: {fake.rate_limit} a minute, then 429 with Retry-After"
            " (--no-rate-limit to switch off).",
            "Press Ctrl-C to stop.",
        ]
        for line in lines:
            print(line, flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
