"""The grammars of docs/facade.md read the same in Python and in JavaScript: thousands of
generated inputs, near every edge of each grammar, through the Python readers and through
the Node port's (node/grammars.mjs), compared one by one. Deterministic (a fixed seed)."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from jogg import _parse
from jogg._policy import retry_after_seconds
from jogg._status import JobStatus

SCRIPT = Path(__file__).parent / "node" / "grammars.mjs"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NOW = 1_700_000_000.0

# Characters near the grammars' edges: digits, signs, points, exponents, separators,
# ASCII and other white space, non-ASCII digits and letters that case-fold oddly.
ALPHABET = "0123456789" * 4 + "-+.eE_, \t\n\u00a0\u0664\uff11:TZz" + "İıK"
SEEDS = [
    "0",
    "007",
    "60",
    "61",
    "-3",
    "1.5",
    "1e1",
    "1_0",
    "inf",
    "NaN",
    " 5\t",
    "",
    "+5",
    "99999999999999999999999999",
    "Tue, 14 Nov 2023 22:13:50 GMT",
    "Tue, 14 Nov 2023 22:15:20 GMT",
    "Thu, 30 Feb 2023 22:13:50 GMT",
    "Tuesday, 14-Nov-23 22:13:50 GMT",
    "Tue Nov 14 22:13:50 2023",
    "9007199254740991",
    "9007199254740992",
    "-9007199254740991",
    "12.",
    ".5",
    "0012.50",
    "2023-11-14T22:13:20Z",
    "2023-11-14 22:13:20",
    "2023-11-14",
    "2024-02-29T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "2023-11-14T22:13:20.123456789+05:30",
    "1970-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z",
    "9999-12-31T23:59:59.999Z",
    "9999-12-31T23:59:59.999-00:01",
    "0001-01-01T00:00:00Z",
    "100000000000",
    "100000000001",
    "253402300799999",
    "253402300800000",
    " done ",
    "PROCESSİNG",
    "queued",
    "\tWaiting",
    "\u0664",
    "04",
    "in_progress",
    "Success",
]


def mutations(rng: random.Random, seed: str) -> str:
    chars = list(seed)
    for _ in range(rng.randint(1, 3)):
        where = rng.randint(0, len(chars))
        action = rng.random()
        if action < 0.4 or not chars:
            chars.insert(where, rng.choice(ALPHABET))
        elif action < 0.7:
            del chars[min(where, len(chars) - 1)]
        else:
            chars[min(where, len(chars) - 1)] = rng.choice(ALPHABET)
    return "".join(chars)


def inputs() -> dict[str, list[Any]]:
    rng = random.Random(15)
    texts = SEEDS + [mutations(rng, rng.choice(SEEDS)) for _ in range(4000)]
    texts += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(1000)]
    dates = [
        (EPOCH + timedelta(seconds=rng.randint(0, 10**10))).strftime("%a, %d %b %Y %H:%M:%S GMT")
        for _ in range(300)
    ]
    numbers = [rng.uniform(-1e3, 3e14) for _ in range(500)] + [
        1_700_000_000.0004,
        1_700_000_000.0006,
        1e11,
        1e11 + 1,
        0.0,
        -1.0,
        2.5e14,
    ]
    return {
        "retry_after": [[t, NOW + rng.choice([0, 0.25, 30.5])] for t in texts + dates],
        "integers": texts,
        "numbers": texts,
        "times": texts + numbers,
        "statuses": [*texts, 0, 1, 5, 6, -1, 4.5, True, None],
    }


def python_readers(data: dict[str, list[Any]]) -> dict[str, list[Any]]:
    def millis(when: datetime | None) -> int | None:
        return None if when is None else (when - EPOCH) // timedelta(milliseconds=1)

    def time(value: Any) -> int | None:
        return millis(_parse.timestamp({"t": value}, "t"))

    return {
        "retry_after": [retry_after_seconds(v, now) for v, now in data["retry_after"]],
        "integers": [_parse.integer_from_text(v) for v in data["integers"]],
        "numbers": [_parse.number_from_text(v) for v in data["numbers"]],
        "times": [time(v) for v in data["times"]],
        "statuses": [JobStatus.parse(v).state.value for v in data["statuses"]],
    }


def same(mine: Any, theirs: Any) -> bool:
    """Equal values; numbers as doubles (JSON from Node writes 9.0e16 as 90000000000000000)."""
    numbers = (int, float)
    if isinstance(mine, numbers) and isinstance(theirs, numbers):
        is_bool = isinstance(mine, bool) or isinstance(theirs, bool)
        return not is_bool and float(mine) == float(theirs)
    return bool(mine == theirs)


def test_python_and_node_read_every_grammar_alike() -> None:
    node = shutil.which("node")
    assert node, "node (20 or later) is needed for the second conformance runner"
    data = inputs()
    done = subprocess.run(
        [node, str(SCRIPT)],
        input=json.dumps(data),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    from_node = json.loads(done.stdout)
    from_python = python_readers(data)
    differences = [
        f"{grammar}: {data[grammar][i]!r} -> python {mine!r}, node {theirs!r}"
        for grammar, values in from_python.items()
        for i, (mine, theirs) in enumerate(zip(values, from_node[grammar], strict=True))
        if not same(mine, theirs)
    ]
    assert differences == [], "\n".join(differences[:20])
    # The inputs do reach every outcome, not only "unreadable".
    assert any(v is not None for v in from_python["times"])
    assert any(v is not None and v > 0 for v in from_python["retry_after"])
    assert {"pending", "processing", "completed", "failed", "unknown"} <= set(
        from_python["statuses"]
    )
