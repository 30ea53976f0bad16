"""What the CLI prints is masked by pattern: any key that names a secret, token or signature
at any depth, and the query of every URL, wherever it sits in a text."""

from __future__ import annotations

import json

from jogg.cli._output import HIDDEN, cell, mask_urls, sanitize

SIGNED = "https://bucket.example.com/up/a.mp4?X-Amz-Signature=abc123&X-Amz-Credential=k"


def test_keys_are_masked_by_pattern_at_any_depth() -> None:
    answer = {
        "endpoint_id": "wh_1",
        "signing_secret": "whsec_signing",
        "data": {"items": [{"secret_token": "tok_nested", "name": "kept"}]},
        "Access-Token": "tok_header",
        "X-Signature": "sig_1",
        "clientSecret": "cs_1",
        "password": "pw_1",
        "empty_token": None,
    }
    shown = json.dumps(sanitize(answer))
    for secret in ("whsec_signing", "tok_nested", "tok_header", "sig_1", "cs_1", "pw_1"):
        assert secret not in shown
    masked = sanitize(answer)
    assert masked["data"]["items"][0] == {"secret_token": HIDDEN, "name": "kept"}
    assert masked["empty_token"] is None  # nothing to hide: the field stays readable
    assert masked["endpoint_id"] == "wh_1"


def test_show_secret_keeps_only_the_endpoint_secret() -> None:
    answer = {"secret": "whsec_1", "nested": {"secret": "whsec_2"}, "token": "t"}
    assert sanitize(answer, keep_secret=True) == {
        "secret": "whsec_1",
        "nested": {"secret": HIDDEN},
        "token": HIDDEN,
    }


def test_every_url_with_a_query_is_cut_wherever_it_is() -> None:
    cases = {
        SIGNED: "abc123",
        "HTTPS://Bucket.Example.com/a.mp4?sig=upper-scheme": "upper-scheme",
        f"  {SIGNED}": "abc123",  # leading space
        f"upload to {SIGNED} now": "abc123",  # inside a sentence
        "s3://bucket/key?X-Amz-Signature=s3sig": "s3sig",
        "https://user:hunter2@cdn.example.com/v.mp4": "hunter2",
        "https://cdn.example.com/v.mp4#token=fragment-secret": "fragment-secret",
    }
    for text, secret in cases.items():
        assert secret not in mask_urls(text), text
        assert secret not in json.dumps(sanitize({"nested": [{"url": text}]})), text
        assert secret not in cell(text, None), text
    assert mask_urls("https://cdn.example.com/v.mp4") == "https://cdn.example.com/v.mp4"
    assert mask_urls("no url here?x=1") == "no url here?x=1"
