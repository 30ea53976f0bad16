"""The package's public names: one table (``jogg._EXPORTS``) makes ``__all__`` and the lazy
imports, and these tests hold the table, the ``TYPE_CHECKING`` re-exports and what
``import jogg`` really exports to each other (after httpx's tests/test_exported_members.py).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import jogg
from jogg import _errors

INIT = Path(jogg.__file__)


def _type_checking_imports() -> set[tuple[str, str, str | None]]:
    """(module, name, alias) of every import inside ``if ...TYPE_CHECKING:`` of __init__."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    found: set[tuple[str, str, str | None]] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom), ast.unparse(statement)
                module = "." * statement.level + (statement.module or "")
                found |= {(module, alias.name, alias.asname) for alias in statement.names}
    return found


def test_all_is_the_table_plus_submodules_and_version() -> None:
    assert jogg.__all__ == sorted([*jogg._EXPORTS, *jogg._SUBMODULES, "__version__"])
    assert len(set(jogg.__all__)) == len(jogg.__all__)


def test_every_name_comes_from_the_module_the_table_names() -> None:
    for name, module in jogg._EXPORTS.items():
        defined = getattr(importlib.import_module(module, "jogg"), name)
        assert getattr(jogg, name) is defined, name


def test_type_checkers_see_the_same_names_as_explicit_reexports() -> None:
    expected = {(module, name, name) for name, module in jogg._EXPORTS.items()}
    expected |= {(".", submodule, submodule) for submodule in jogg._SUBMODULES}
    assert _type_checking_imports() == expected


def test_what_the_package_really_exports_is_all() -> None:
    for name in jogg.__all__:
        getattr(jogg, name)  # load everything lazy
    public = {
        name: value
        for name, value in vars(jogg).items()
        if not name.startswith("_")
        # Any of jogg's submodules becomes an attribute once imported; that is not export.
        and not (
            isinstance(value, ModuleType)
            and value.__name__.startswith("jogg.")
            and name not in jogg._SUBMODULES
        )
    }
    assert sorted(public) == sorted(set(jogg.__all__) - {"__version__"})
    for submodule in jogg._SUBMODULES:
        assert isinstance(public[submodule], ModuleType)


def test_every_error_class_is_exported() -> None:
    errors = {
        name
        for name, value in vars(_errors).items()
        if inspect.isclass(value) and issubclass(value, jogg.JoggError) and not name.startswith("_")
    }
    assert errors <= set(jogg.__all__)


def test_dir_is_all_plus_dunders() -> None:
    listed = dir(jogg)
    assert listed == sorted(listed)
    assert {name for name in listed if not name.startswith("__")} == {
        name for name in jogg.__all__ if not name.startswith("__")
    }
    assert {"Any", "importlib", "TYPE_CHECKING", "_EXPORTS"}.isdisjoint(listed)
    assert {"__all__", "__version__", "__name__", "__doc__"} <= set(listed)


def test_import_stays_lazy() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys, jogg; jogg.__all__; dir(jogg); "
         "print(sorted(m for m in ('httpx', 'attrs', 'jogg._client') if m in sys.modules))"],
        capture_output=True,
        text=True,
        timeout=30,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
