"""scripts/spec_check.py: no false alarms on real specs; problems carry the vendor's line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import HISTORY, REPO, UPSTREAM, run_script
from spec_check import line_of, spec_problems
from speclib import parse_openapi

REAL_SPECS = [REPO / "openapi" / "jogg-v2.yaml", UPSTREAM, *sorted(HISTORY.glob("*.yaml"))]


@pytest.mark.parametrize("spec", REAL_SPECS, ids=[path.name for path in REAL_SPECS])
def test_every_real_spec_is_clean(spec: Path) -> None:
    """Fields named `type` or `$ref`, examples and security schemes are not flagged."""
    text = spec.read_text(encoding="utf-8")
    assert spec_problems(text, parse_openapi(text, str(spec)), str(spec)) == []


SAMPLE = """\
openapi: 3.0.3
info: {title: t, version: '1'}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: x-api-key}
  schemas:
    Thing:
      type: object
      properties:
        type:
          type: string
        kind:
          type: [string, nul]
        ref:
          $ref: '#/components/schemas/Gone'
      example: {type: banana, $ref: nowhere}
paths:
  /things:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: 'other.yaml#/Thing'
"""


def test_problems_name_the_line(tmp_path: Path) -> None:
    spec = tmp_path / "vendor.yaml"
    spec.write_text(SAMPLE, encoding="utf-8")
    result = run_script(REPO / "scripts" / "spec_check.py", str(spec))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{spec}:13: type nul is not a schema type "
        "(array, boolean, integer, null, number, object, string)",
        f"{spec}:15: $ref #/components/schemas/Gone does not resolve",
        f"{spec}:26: $ref other.yaml#/Thing is not a local reference",
    ]


def test_line_of_follows_a_json_pointer() -> None:
    assert line_of(SAMPLE, "/components/schemas/Thing") == 7
    assert line_of(SAMPLE, "/paths/~1things/get") == 19
    # As deep as the pointer matches.
    assert line_of(SAMPLE, "/components/schemas/Nothing") == 6
