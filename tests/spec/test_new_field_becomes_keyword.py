"""A request field the vendor adds becomes a typed keyword of the facade, with no hand edit.

In a copy of openapi/jogg-v2.yaml this test adds two optional request fields:

- ``brand_color`` (a string) to the body of POST /v2/product (``products.create``);
- ``subtitle_style`` (``bold`` or ``plain``) inside ``video_spec`` of POST
  /v2/create_video_from_product (``product_videos.create`` and ``create_and_wait``).

It regenerates into a temporary folder with scripts/generate.py, exactly as `make generate`
would, and then, with that folder first on the paths and jogg/ untouched:

- mypy accepts a user's code that passes both fields by name and refuses a value outside
  the enum, while against the committed client the same keywords are unknown;
- at run time the values go out at their places in the body, and a bad value is refused
  before anything is sent, naming the keyword and the allowed values.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import body_keywords
import pytest
import yaml
from conftest import REPO, generated_from
from test_rename_breaks_typecheck import mypy

PROJECT_SPEC = REPO / "openapi" / "jogg-v2.yaml"


def body_schema(spec: dict[str, Any], path: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"][path]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    return schema


def grown_spec(target: Path) -> Path:
    spec = yaml.safe_load(PROJECT_SPEC.read_text(encoding="utf-8"))
    product = body_schema(spec, "/v2/product")["properties"]
    assert "brand_color" not in product, "the spec has brand_color now; pick another name"
    product["brand_color"] = {"type": "string", "example": "#ff0000"}
    video_spec = body_schema(spec, "/v2/create_video_from_product")["properties"]["video_spec"]
    assert "subtitle_style" not in video_spec["properties"]
    video_spec["properties"]["subtitle_style"] = {"type": "string", "enum": ["bold", "plain"]}
    target.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def grown_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """generated/ as `make generate` would write it from the grown spec."""
    work = tmp_path_factory.mktemp("grown")
    return generated_from(grown_spec(work / "jogg-v2.yaml"), work)


def test_the_generated_keywords_name_the_new_fields_and_their_places(grown_client: Path) -> None:
    namespace: dict[str, Any] = {}
    source = (grown_client / "jogg_api" / "body_keywords.py").read_text(encoding="utf-8")
    exec(compile(source, "body_keywords.py", "exec", dont_inherit=True), namespace)
    fields = namespace["FIELDS"]
    assert fields["create_product"] == {"brand_color": (("brand_color",), "string", ())}
    assert fields["create_video_from_product"] == {
        "subtitle_style": (("video_spec", "subtitle_style"), "string", ("bold", "plain"))
    }
    # Every other body is as the facade knows it: no keyword appears by itself.
    assert {op for op, new in fields.items() if new} == {
        "create_product",
        "create_video_from_product",
    }
    hints = namespace["CreateVideoFromProductKeywords"].__annotations__
    assert hints.keys() == {"subtitle_style"}
    assert typing.get_origin(hints["subtitle_style"]) is typing.Literal
    assert typing.get_args(hints["subtitle_style"]) == ("bold", "plain")


USER_CODE = """\
import jogg


def make(client: jogg.Jogg) -> None:
    client.products.create("https://shop.example/p/1", brand_color="#ff0000", timeout=5.0)
    client.product_videos.create("p1", avatar=1, voice="v1", subtitle_style="bold")
    client.product_videos.create_and_wait("p1", avatar=1, voice="v1", subtitle_style="plain")


def wrong(client: jogg.Jogg) -> None:
    client.product_videos.create("p1", avatar=1, voice="v1", subtitle_style="loud")
"""
NEW_KEYWORD_LINES = {5, 6, 7}
WRONG_VALUE_LINE = 11


def test_a_new_field_is_a_typed_keyword_for_mypy(grown_client: Path, tmp_path: Path) -> None:
    user = tmp_path / "user_code.py"
    user.write_text(USER_CODE, encoding="utf-8")
    code, findings = mypy([user], grown_client, tmp_path / "cache-grown")
    assert code == 1
    assert [(f.line, "subtitle_style" in f.message) for f in findings] == [
        (WRONG_VALUE_LINE, True)
    ], findings
    assert "Literal['bold', 'plain']" in findings[0].message

    # The same code against the committed client: the keywords do not exist there.
    code, findings = mypy([user], REPO / "generated", tmp_path / "cache-committed")
    assert code == 1
    assert {f.line for f in findings} == NEW_KEYWORD_LINES | {WRONG_VALUE_LINE}
    assert all("Unexpected keyword argument" in f.message for f in findings), findings


RUN_CODE = """\
import json
import httpx
import jogg

sent = []


def answer(request: httpx.Request) -> httpx.Response:
    sent.append(json.loads(request.content))
    data = {"product_id": "p1"} if request.url.path == "/v2/product" else {"video_id": "v9"}
    return httpx.Response(200, json={"code": 0, "msg": "ok", "data": data})


client = jogg.Jogg(
    api_key="test-key",
    base_url="http://127.0.0.1:9",
    http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    post_rate_limit=None,
)
client.products.create("https://shop.example/p/1", brand_color="#ff0000", max_retries=0)
client.product_videos.create("p1", avatar=1, voice="v1", subtitle_style="BOLD")
client.product_videos.create("p1", avatar=1, voice="v1")
refused = []
for bad in ({"subtitle_style": "loud"}, {"subtitle_style": 3}):
    try:
        client.product_videos.create("p1", avatar=1, voice="v1", **bad)
    except jogg.ValidationError as error:
        refused.append([error.field, str(error)])
try:
    client.products.create("https://shop.example/p/1", brand_color=7)
except jogg.ValidationError as error:
    refused.append([error.field, str(error)])
print(json.dumps({"sent": sent, "refused": refused}))
"""


def test_a_new_field_is_sent_in_its_place(grown_client: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(grown_client), str(REPO)])}
    result = subprocess.run(
        [sys.executable, "-c", RUN_CODE],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.splitlines()[-1])
    product, video, plain = out["sent"]
    assert product == {"url": "https://shop.example/p/1", "brand_color": "#ff0000"}
    assert video["video_spec"]["subtitle_style"] == "bold"  # the spec's spelling
    assert "subtitle_style" not in plain["video_spec"] and "brand_color" not in plain
    assert len(out["sent"]) == 3, "a refused value must not be sent"
    (f1, m1), (f2, m2), (f3, m3) = out["refused"]
    assert (f1, f2, f3) == ("subtitle_style", "subtitle_style", "brand_color")
    assert "'bold', 'plain'" in m1 and "'bold', 'plain'" in m2
    assert "a string" in m3


def test_update_spec_names_the_new_keywords(tmp_path: Path) -> None:
    """What `make update-spec` prints after the facade places for such a spec."""
    spec = yaml.safe_load(grown_spec(tmp_path / "grown.yaml").read_text(encoding="utf-8"))
    lines = body_keywords.report(spec).splitlines()
    assert lines[1:] == [
        "  create_product: brand_color= (brand_color, str)",
        "  create_video_from_product: subtitle_style= "
        "(video_spec.subtitle_style, Literal['bold', 'plain'])",
    ]
    # The committed spec needs no keyword: the facade names every body field itself.
    assert body_keywords.report(yaml.safe_load(PROJECT_SPEC.read_text(encoding="utf-8"))) == ""
