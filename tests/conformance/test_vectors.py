"""Every conformance vector, run through the facade sync and async; plus the suite's own rules:
the vectors match the schema, cover every operation of the spec, and name real rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from .portability import portability_problems
from .runner import (
    FACADE_DOC,
    KINDS,
    SCHEMA_PATH,
    VECTORS_DIR,
    compare,
    document_with_index,
    load_pending,
    load_vectors,
    run_vector,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "jogg-v2.yaml"

VECTORS = load_vectors()
PENDING = load_pending()


# Calls run on Jogg and on AsyncJogg; webhook parsing has one form only.
RUNS = [
    pytest.param(vector, mode, id=f"{vector['id']}-{mode}")
    for vector in VECTORS
    for mode in (["sync"] if "webhook" in vector else ["sync", "async"])
]


@pytest.mark.parametrize(("vector", "mode"), RUNS)
def test_vector(vector: dict, mode: str, record_property) -> None:
    record_property("area", vector["area"])
    try:
        problems = compare(vector, run_vector(vector, mode))
    except AssertionError as failure:  # a request the vector did not script
        if vector["id"] not in PENDING:
            raise
        problems = [str(failure)]
    if vector["id"] in PENDING:
        record_property("pending", True)
        # A pending vector states a decided rule the code has not caught up with: it must
        # still fail here, or it has been fixed and must leave pending.json.
        assert problems, (
            f"{vector['id']} ({mode}) now passes: remove it from tests/conformance/pending.json"
        )
        return
    assert not problems, f"{vector['id']} ({mode}):\n  " + "\n  ".join(problems)


def test_pending_vectors_exist_and_say_what_to_change() -> None:
    ids = {v["id"] for v in VECTORS}
    assert sorted(set(PENDING) - ids) == [], "pending.json names vectors that do not exist"
    assert all(isinstance(change, str) and change for change in PENDING.values())


def test_vectors_are_portable_json() -> None:
    """What a JSON parser in Go, TypeScript, Java or C# sees must be all a vector depends on:
    no 4.0 (it is 4 there), no integer beyond 2^53 - 1, no NaN, no duplicate keys, no lone
    surrogates; also inside JSON carried as text (webhook payloads, text bodies)."""
    problems = [
        f"{path.name}: {problem}"
        for path in sorted(VECTORS_DIR.glob("*.json"))
        for problem in portability_problems(path.read_text(encoding="utf-8"))
    ]
    assert problems == []


def test_the_portability_check_catches_what_it_must() -> None:
    for text in (
        '{"a": 4.0}',
        '{"a": 1e2}',
        '{"a": 9007199254740992}',
        '{"a": NaN}',
        '{"a": 1, "a": 2}',
        '{"a": "\\ud800"}',
        '{"a": -0}',
        '{"payload": "{\\"d\\": 30.0}"}',
    ):
        assert portability_problems(text), text
    assert portability_problems('{"a": 4, "b": 4.5, "c": -9007199254740991, "d": "x"}') == []


def test_every_error_kind_of_the_schema_maps_to_a_facade_error() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    kinds = schema["$defs"]["error"]["properties"]["kind"]["enum"]
    assert sorted(kinds) == sorted(KINDS)
    assert len(set(KINDS.values())) == len(KINDS)


def test_vector_files_match_the_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted(VECTORS_DIR.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
        assert not errors, f"{path.name}:\n" + "\n".join(errors)
        assert path.stem == document["area"], f"{path.name} must hold area {path.stem!r}"
        for vector in document["vectors"]:
            assert vector["area"] == document["area"], vector["id"]
            assert vector["expect"]["requests"] == len(vector.get("exchanges", [])), vector["id"]


def test_vector_ids_are_unique() -> None:
    ids = [v["id"] for v in VECTORS]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


def test_every_operation_of_the_spec_has_a_vector() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operations = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    covered = {
        exchange["request"].get("operation")
        for vector in VECTORS
        for exchange in vector.get("exchanges", [])
    }
    assert sorted(operations - covered) == [], "operations without a conformance vector"
    assert sorted(covered - operations - {None}) == [], "vectors name unknown operations"


def test_vectors_and_the_contract_name_the_same_rules() -> None:
    text = FACADE_DOC.read_text(encoding="utf-8")
    defined = set(re.findall(r"^\*\*(R-[A-Z]+-\d+)\*\*", text, flags=re.MULTILINE))
    checked = {rule for vector in VECTORS for rule in vector["rules"]}
    assert sorted(checked - defined) == [], "vectors cite rules docs/facade.md does not define"
    unchecked = {
        rule
        for rule in defined - checked
        if not re.search(rf"^\*\*{rule}\*\*[^\n]*\(no vector:", text, flags=re.MULTILINE)
    }
    assert sorted(unchecked) == [], "rules with no vector (and no reason given)"


def test_the_rule_index_of_the_contract_is_current() -> None:
    text = FACADE_DOC.read_text(encoding="utf-8")
    assert text == document_with_index(text, VECTORS), (
        "docs/facade.md's rule index is stale: run `python -m tests.conformance.runner --index`"
    )


def _reversed_keys(value: object) -> object:
    if isinstance(value, dict):
        return {key: _reversed_keys(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [_reversed_keys(item) for item in value]
    return value


@pytest.mark.parametrize(
    "vector",
    [pytest.param(v, id=v["id"]) for v in VECTORS if "call" in v and v["id"] not in PENDING],
)
def test_no_vector_depends_on_key_order(vector: dict) -> None:
    """JSON objects are unordered: the same vector with every object's keys reversed (the
    call's arguments and options, the scripted answers) must still pass."""
    shuffled = {
        **vector,
        "call": _reversed_keys(vector["call"]),
        "config": _reversed_keys(vector.get("config", {})),
        "exchanges": [
            {**exchange, "response": _reversed_keys(exchange["response"])}
            for exchange in vector.get("exchanges", [])
        ],
    }
    problems = compare(shuffled, run_vector(shuffled, "sync"))
    assert not problems, f"{vector['id']} with its keys reversed:\n  " + "\n  ".join(problems)
