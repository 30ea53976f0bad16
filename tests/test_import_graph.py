"""No import circle in jogg/, except through imports made only for type checking.

The graph is built from the source with ``ast``: a node per module of jogg/ (a package is
its ``__init__``), an edge per import that runs when the module is imported. That is every
import at module level, in module-level ``if``/``try``/``with`` blocks and in class bodies,
but not those under ``if TYPE_CHECKING:`` and not those inside functions. Function-level
imports run when the function is called, after every module has finished loading, so they
cannot make an import-time circle; they are how a module may legitimately reach "up".

An import names its module: ``from . import _wire`` is an edge to ``jogg._wire``, and
``from .. import name`` (a name of the package itself) an edge to the package. Importing
``a.b.c`` also runs the ``__init__`` of ``a.b`` and ``a``: edges to those too, except to
the importer's own packages, which Python has always started loading first.

Also: ``jogg._client`` does not import ``jogg.resources`` at module level (the client loads
each resource on first use), and nothing in ``jogg.resources`` imports ``jogg._client`` at
run time, at any level: the client sits above the resources and nothing points back up.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "jogg"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted((ROOT / PACKAGE).rglob("*.py"))}


def _is_package(module: str) -> bool:
    return MODULES[module].name == "__init__.py"


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(body: list[ast.stmt], *, functions: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements that run with ``body`` (and, if ``functions``, in functions)."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from _imports(node.body, functions=functions)
            yield from _imports(node.orelse, functions=functions)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if functions:
                yield from _imports(node.body, functions=functions)
        else:  # try, with, for, while, match and class bodies run at import too
            for field in ("body", "orelse", "finalbody"):
                yield from _imports(getattr(node, field, []), functions=functions)
            for holder in [*getattr(node, "handlers", []), *getattr(node, "cases", [])]:
                yield from _imports(holder.body, functions=functions)


def _targets(importer: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The jogg modules an import statement in ``importer`` makes Python load."""
    named: set[str] = set()
    if isinstance(node, ast.Import):
        named = {alias.name for alias in node.names}
    else:
        base = node.module or ""
        if node.level:
            package = importer if _is_package(importer) else importer.rpartition(".")[0]
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}" if base else package
        for alias in node.names:
            submodule = f"{base}.{alias.name}"
            named.add(submodule if submodule in MODULES else base)
    ancestors = {importer.rsplit(".", n)[0] for n in range(1, importer.count(".") + 1)}
    if _is_package(importer):
        ancestors.add(importer)
    found = set()
    for name in named:
        if name != PACKAGE and not name.startswith(PACKAGE + "."):
            continue
        found.add(name)  # the module itself, even an ancestor: its namespace is read
        parts = name.split(".")
        found.update(
            ".".join(parts[:n])
            for n in range(1, len(parts))
            if ".".join(parts[:n]) not in ancestors
        )
    return {name for name in found if name in MODULES and name != importer}


def import_graph(*, functions: bool = False) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[module] = set()
        for node in _imports(tree.body, functions=functions):
            graph[module] |= _targets(module, node)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as [a, b, ..., a], or None."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str] | None:
        path.append(node)
        on_path.add(node)
        for nxt in sorted(graph[node]):
            if nxt in on_path:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in done:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        path.pop()
        on_path.discard(node)
        done.add(node)
        return None

    for start in sorted(graph):
        if start not in done:
            cycle = visit(start)
            if cycle:
                return cycle
    return None


def test_the_graph_sees_the_package() -> None:
    graph = import_graph()
    assert {"jogg", "jogg._client", "jogg._transport", "jogg.resources.products"} <= set(graph)
    assert "jogg._transport" in graph["jogg._client"]
    assert "jogg.resources._base" in graph["jogg.resources.products"]


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_circle_at_import_time() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import circle in jogg/: " + " -> ".join(cycle or [])


def test_the_client_sits_above_the_resources() -> None:
    at_import = import_graph()
    up = sorted(m for m in at_import["jogg._client"] if m.startswith("jogg.resources"))
    assert not up, f"jogg._client imports {up} at module level (load them on first use)"
    at_run_time = import_graph(functions=True)
    back = sorted(
        m
        for m, targets in at_run_time.items()
        if m.startswith("jogg.resources") and "jogg._client" in targets
    )
    assert not back, f"{back} import jogg._client at run time (TYPE_CHECKING only)"
