"""A field the spec renames breaks `make typecheck` at the facade line that uses it.

The facade builds requests with the generated body models and reads answers through the
generated response models, and mypy (strict, the project's configuration) reads jogg_api
from generated/. So renaming a field in the spec and regenerating must make mypy fail at
the facade lines that use the old name. This test renames, in a copy of
openapi/jogg-v2.yaml:

- the request field `url` of POST /v2/product (`CreateProductBody.url`) to `page_url`;
- the response field `data.video_url` of GET /v2/product_video/{product_video_id}
  (`GetProductVideoResponse200DataType0.video_url`) to `file_url`;

regenerates into a temporary folder with scripts/generate.py, puts that folder first on
mypy's path (MYPYPATH comes before `mypy_path = "generated"`), and expects mypy over
jogg/ to fail with both facade locations named.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, generated_from

PROJECT_SPEC = REPO / "openapi" / "jogg-v2.yaml"
REQUEST = ("POST", "/v2/product", "url", "page_url", "CreateProductBody")
RESPONSE = (
    "GET",
    "/v2/product_video/{product_video_id}",
    "video_url",
    "file_url",
    "GetProductVideoResponse200DataType0",
)


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    message: str


def renamed_spec(target: Path) -> Path:
    spec = yaml.safe_load(PROJECT_SPEC.read_text(encoding="utf-8"))
    method, path, old, new, _ = REQUEST
    body = spec["paths"][path][method.lower()]["requestBody"]["content"]["application/json"]
    rename(body["schema"], old, new)
    method, path, old, new, _ = RESPONSE
    answer = spec["paths"][path][method.lower()]["responses"]["200"]["content"]
    envelope = answer["application/json"]["schema"]["allOf"][1]
    rename(envelope["properties"]["data"], old, new)
    target.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return target


def rename(schema: dict[str, Any], old: str, new: str) -> None:
    properties = schema["properties"]
    assert old in properties, f"the spec no longer has {old}; pick another field"
    properties[new] = properties.pop(old)
    if old in schema.get("required", []):
        schema["required"] = [new if name == old else name for name in schema["required"]]


@pytest.fixture(scope="module")
def renamed_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """generated/ as `make generate` would write it from the renamed spec."""
    work = tmp_path_factory.mktemp("renamed")
    generated = generated_from(renamed_spec(work / "jogg-v2.yaml"), work)
    models = (generated / "jogg_api" / "models").glob("*.py")
    assert any("page_url" in path.read_text(encoding="utf-8") for path in models)
    return generated


def mypy(targets: list[Path], generated: Path, cache: Path) -> tuple[int, list[Finding]]:
    """mypy with the project's configuration, reading jogg_api from `generated`."""
    env = {**os.environ, "MYPYPATH": str(generated)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(REPO / "pyproject.toml"),
            "--cache-dir",
            str(cache),
            "--no-error-summary",
            *(str(target) for target in targets),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    findings = []
    for line in result.stdout.splitlines():
        match = re.match(r"(.+?\.py):(\d+): error: (.*)", line)
        if match:
            findings.append(Finding(match[1], int(match[2]), match[3]))
    return result.returncode, findings


def statement_text(path: Path, line: int) -> str:
    """The source of the line, widened to the whole statement that starts on it."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    end = line
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt | ast.expr) and node.lineno == line and node.end_lineno:
            end = max(end, node.end_lineno)
    return "\n".join(lines[line - 1 : end])


def located(findings: list[Finding], root: Path, attribute: str, model: str) -> list[Finding]:
    """Errors that name `model` and `attribute`, at a line that uses the attribute."""
    return [
        finding
        for finding in findings
        if f'"{attribute}"' in finding.message
        and model in finding.message
        and re.search(rf"\b{attribute}\b", statement_text(root / finding.path, finding.line))
    ]


def facade_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.path.startswith("jogg/") and "/testing/" not in f.path]


def test_renamed_fields_fail_typecheck_at_the_facade_lines(
    renamed_client: Path, tmp_path: Path
) -> None:
    code, findings = mypy([REPO / "jogg"], renamed_client, tmp_path / "cache")
    assert code == 1, "mypy passed although the facade's fields were renamed in the spec"
    facade = facade_findings(findings)
    _, _, old_request, _, request_model = REQUEST
    _, _, old_response, _, response_model = RESPONSE
    request_sites = located(facade, REPO, old_request, request_model)
    response_sites = located(facade, REPO, old_response, response_model)
    assert request_sites, f"no facade error for {request_model}.{old_request}: {facade}"
    assert response_sites, f"no facade error for {response_model}.{old_response}: {facade}"


SAMPLE_FACADE = """\
from jogg_api.api.product import create_product
from jogg_api.models import CreateProductBody, GetProductVideoResponse200DataType0


def product_request(url: str) -> dict[str, object]:
    return create_product._get_kwargs(
        body=CreateProductBody(
            url=url,
        )
    )


def video_url(data: GetProductVideoResponse200DataType0) -> str | None:
    value = data.video_url
    return value if isinstance(value, str) else None
"""


def test_the_check_itself_on_a_sample_facade(renamed_client: Path, tmp_path: Path) -> None:
    """The same machinery over a small facade written the way jogg/ is meant to be."""
    sample = tmp_path / "jogg" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(SAMPLE_FACADE, encoding="utf-8")
    # Against the committed client the sample is clean, so errors come from the rename.
    code, findings = mypy([sample], REPO / "generated", tmp_path / "cache-committed")
    assert (code, findings) == (0, [])
    code, findings = mypy([sample], renamed_client, tmp_path / "cache-renamed")
    assert code == 1
    relative = [
        Finding(str(Path(f.path).relative_to(tmp_path)), f.line, f.message) for f in findings
    ]
    request_sites = located(relative, tmp_path, "url", "CreateProductBody")
    response_sites = located(relative, tmp_path, "video_url", "GetProductVideoResponse200DataType0")
    assert [(f.path, f.line) for f in request_sites] == [("jogg/sample.py", 7)]
    assert [(f.path, f.line) for f in response_sites] == [("jogg/sample.py", 14)]
