"""No module under jogg/ grows past 600 lines (the house rule; split when one does)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LIMIT = 600


def oversized(root: Path, limit: int = LIMIT) -> dict[str, int]:
    """Every .py file under ``root`` longer than ``limit`` lines, with its line count."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            out[path.relative_to(root.parent).as_posix()] = lines
    return out


def test_no_module_under_jogg_exceeds_600_lines() -> None:
    offenders = oversized(REPO / "jogg")
    assert offenders == {}, "modules over 600 lines (split them): " + ", ".join(
        f"{name} ({lines})" for name, lines in offenders.items()
    )


def test_the_size_check_names_each_offender(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "small.py").write_text("x = 1\n" * LIMIT)
    (package / "sub" / "big.py").write_text("x = 1\n" * (LIMIT + 1))
    assert oversized(package) == {"pkg/sub/big.py": LIMIT + 1}


def test_no_module_of_the_fake_exceeds_600_lines() -> None:
    assert oversized(REPO / "jogg" / "testing") == {}
