"""The fake speaks HTTP only: none of its modules imports the SDK's internals."""

from __future__ import annotations

import ast
from pathlib import Path

TESTING = Path(__file__).resolve().parents[2] / "jogg" / "testing"


def jogg_imports(source: str, package: str) -> set[str]:
    """The jogg modules ``source`` imports, relative imports resolved against ``package``."""
    parts = package.split(".")
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == "jogg"}
        elif isinstance(node, ast.ImportFrom):
            base = parts[: len(parts) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            if module.split(".")[0] == "jogg":
                found.add(module)
    return found


def _package_of(path: Path) -> str:
    return ".".join(["jogg", *path.relative_to(TESTING.parent).parent.parts])


def test_the_fake_imports_only_the_public_package_and_itself() -> None:
    outside = {
        f"{path.relative_to(TESTING.parent)}: {module}"
        for path in sorted(TESTING.rglob("*.py"))
        for module in jogg_imports(path.read_text(encoding="utf-8"), _package_of(path))
        if module != "jogg" and not module.startswith("jogg.testing")
    }
    assert outside == set()


def test_the_check_sees_an_internal_import() -> None:
    source = "from ..._transport import Transport\nfrom .. import _seed\nimport jogg.types\n"
    assert _package_of(TESTING / "handlers" / "user.py") == "jogg.testing.handlers"
    found = jogg_imports(source, "jogg.testing.handlers")
    assert found == {"jogg._transport", "jogg.testing", "jogg.types"}
