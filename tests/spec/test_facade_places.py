"""scripts/facade_places.py: generated names and facade lines for each spec change.

A synthetic vendor change against the current tree: one request field and one response
field renamed, a request enum narrowed, a query parameter removed, an operation removed,
and one operation moved without other changes (which must not be listed).
"""

from __future__ import annotations

import copy
import shutil
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from conftest import REPO, UPSTREAM, copy_repo, run_script
from facade_places import Place, format_places, places_for
from jogg_api import models  # the committed generated package (installed editable)
from speclib import load_openapi

PROJECT_SPEC = REPO / "openapi" / "jogg-v2.yaml"
GENERATED = REPO / "generated"


def mutate(document: dict[str, Any]) -> dict[str, Any]:
    """The synthetic change, applied to a vendor's or a project spec alike."""
    changed = copy.deepcopy(document)
    paths = changed["paths"]
    body = paths["/v2/product"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["page_url"] = body["properties"].pop("url")
    answer = paths["/v2/product_video/{product_video_id}"]["get"]["responses"]["200"]
    data = answer["content"]["application/json"]["schema"]["allOf"][1]["properties"]["data"]
    data["properties"]["file_url"] = data["properties"].pop("video_url")
    create = paths["/v2/create_video_from_product"]["post"]["requestBody"]["content"]
    spec = create["application/json"]["schema"]["properties"]["video_spec"]
    spec["properties"]["length"]["enum"] = ["15", "30"]
    listing = paths["/v2/product_videos"]["get"]
    listing["parameters"] = [p for p in listing["parameters"] if p.get("name") != "sort_order"]
    del paths["/v2/musics"]
    paths["/v2/voices/mine"] = paths.pop("/v2/voices/custom")
    return changed


def by_change(places: list[Place]) -> dict[str, Place]:
    return {f"{place.operation_id} {place.change}": place for place in places}


FACADE_SOURCE = """\
from jogg_api.api.product import create_product, get_product_video
from jogg_api.models import CreateProductBody, CreateVideoFromProductBodyVideoSpecLength


def create(url: str) -> object:
    body = CreateProductBody(url=url)
    return create_product._get_kwargs(body=body)


def read(answer: object) -> object:
    data = get_product_video.sync_detailed  # noqa
    return answer.data.video_url, data  # type: ignore[attr-defined]


LENGTHS = [member.value for member in CreateVideoFromProductBodyVideoSpecLength]
"""


@pytest.fixture
def facade(tmp_path: Path) -> Path:
    root = tmp_path / "jogg"
    (root / "resources").mkdir(parents=True)
    (root / "testing").mkdir()
    (root / "__init__.py").write_text("", encoding="utf-8")
    (root / "resources" / "products.py").write_text(FACADE_SOURCE, encoding="utf-8")
    # Neither the fake (it plays the server) nor a file unrelated to these operations.
    (root / "testing" / "fake.py").write_text(FACADE_SOURCE, encoding="utf-8")
    (root / "other.py").write_text("def f(x):\n    return x.url, x.video_url\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def places() -> dict[str, Place]:
    old = load_openapi(str(PROJECT_SPEC))
    return by_change(places_for(old, mutate(old), REPO / "no-facade-here"))


def test_each_change_is_named_as_the_generator_names_it(places: dict[str, Place]) -> None:
    assert set(places) == {
        "create_product request_field_removed url",
        "get_product_video response_field_removed data.video_url",
        "create_video_from_product request_field_enum_values_removed video_spec.length",
        "list_product_videos parameter_removed sort_order",
        "list_musics operation removed",
    }, "a same-shape move (list_custom_voices) and additions are not places"
    labels = {key: [name.label for name in place.names] for key, place in places.items()}
    assert labels["create_product request_field_removed url"] == ["CreateProductBody.url"]
    assert labels["get_product_video response_field_removed data.video_url"] == [
        "GetProductVideoResponse200DataType0.video_url"
    ]
    enum_place = places[
        "create_video_from_product request_field_enum_values_removed video_spec.length"
    ]
    assert [(n.label, n.enums) for n in enum_place.names] == [
        (
            "CreateVideoFromProductBodyVideoSpec.length",
            ("CreateVideoFromProductBodyVideoSpecLength",),
        )
    ]
    assert labels["list_product_videos parameter_removed sort_order"] == [
        "list_product_videos(..., sort_order=)"
    ]
    # The names are the committed generated code's: the classes have those attributes.
    for cls, attribute in (
        (models.CreateProductBody, "url"),
        (models.GetProductVideoResponse200DataType0, "video_url"),
    ):
        assert attribute in attrs.fields_dict(cls)
    assert typing.get_args(models.CreateVideoFromProductBodyVideoSpecLength) == ("15", "30", "60")


def test_facade_lines_are_the_uses_of_those_names(facade: Path) -> None:
    old = load_openapi(str(PROJECT_SPEC))
    found = by_change(places_for(old, mutate(old), facade))
    lines = {key: place.lines for key, place in found.items()}
    assert lines["create_product request_field_removed url"] == [
        "jogg/resources/products.py:6: body = CreateProductBody(url=url)"
    ]
    assert lines["get_product_video response_field_removed data.video_url"] == [
        "jogg/resources/products.py:12: return answer.data.video_url, data  "
        "# type: ignore[attr-defined]"
    ]
    assert lines[
        "create_video_from_product request_field_enum_values_removed video_spec.length"
    ] == [
        "jogg/resources/products.py:2: from jogg_api.models import CreateProductBody, "
        "CreateVideoFromProductBodyVideoSpecLength",
        "jogg/resources/products.py:15: LENGTHS = [member.value for member in "
        "CreateVideoFromProductBodyVideoSpecLength]",
    ]
    assert lines["list_musics operation removed"] == []
    text = format_places(list(found.values()), facade)
    assert "jogg/testing" not in text.replace("jogg/ without jogg/testing/", "")
    assert "other.py" not in text
    assert text.rstrip().endswith(
        "Next: run `make typecheck`; mypy names every facade line that no longer fits jogg_api."
    )


def test_update_spec_prints_the_places_after_the_report(tmp_path: Path, facade: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    shutil.rmtree(repo / "jogg")  # the small facade above instead of the real one
    shutil.copytree(facade, repo / "jogg")
    upstream = mutate(load_openapi(str(UPSTREAM)))
    ids = repo / "openapi" / "operation-ids.yaml"
    ids.write_text(
        ids.read_text(encoding="utf-8").replace("GET /v2/musics: list_musics\n", ""),
        encoding="utf-8",
    )
    source = tmp_path / "vendor.yaml"
    source.write_text(yaml.safe_dump(upstream, sort_keys=False), encoding="utf-8")
    result = run_script(repo / "scripts" / "update_spec.py", str(source), cwd=repo)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    report_at = out.index("update-spec: changes from the previous spec")
    places_at = out.index("Facade places to revisit (jogg/ without jogg/testing/)")
    typecheck_at = out.index("Next: run `make typecheck`")
    assert report_at < places_at < typecheck_at
    assert "request_field_removed url" in out[report_at:places_at]
    assert (
        "  POST /v2/product [create_product] request_field_removed url -> CreateProductBody.url\n"
        "    jogg/resources/products.py:6: body = CreateProductBody(url=url)\n"
    ) in out
    assert "GET /v2/voices/custom moved to GET /v2/voices/mine with the same shape" in out


def test_on_the_real_facade_every_listed_line_uses_the_name() -> None:
    """Whatever the facade looks like, a listed line holds the attribute or class named."""
    old = load_openapi(str(PROJECT_SPEC))
    for place in places_for(old, mutate(old), REPO / "jogg"):
        for line in place.lines:
            assert line.startswith("jogg/") and not line.startswith("jogg/testing/")
            text = line.split(": ", 1)[1]
            words = {n.attribute for n in place.names} | {
                c for n in place.names for c in (*n.classes, *n.enums)
            }
            assert any(word and word in text for word in words), (place, line)
