"""No import cycle between the apps of `xiaobao`, and the engines import no app.

Every `import` / `from … import` in `src/xiaobao` is read with `ast` — at module level and inside functions
(a function-level import is still a dependency, only a deferred one) — and folded into a graph of top-level
packages (`xiaobao.complaints`, `xiaobao.major`, …). A cycle between two apps fails the test with its path.
"""

from __future__ import annotations

import ast
from pathlib import Path

import xiaobao

ROOT = Path(xiaobao.__file__).parent
# Modules of the project package itself (settings, urls, cli …) wire the apps together: they may import any app.
WIRING = {"settings", "urls", "wsgi", "cli", "__main__", "__init__", "asgi"}
# `api` mounts every app's router; `web` is the shell that reads registries. They depend on apps, never the reverse.


PACKAGES = {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()} | {
    p.stem for p in ROOT.glob("*.py")}


def _package_of(path: Path) -> str:
    rel = path.relative_to(ROOT).parts
    if len(rel) == 1:
        return rel[0].removesuffix(".py")
    return rel[0]


def _resolve(node: ast.ImportFrom, path: Path) -> str:
    if node.level == 0:
        return node.module or ""
    package = list(path.relative_to(ROOT.parent).with_suffix("").parts)[:-1]  # the package holding the file
    package = package[: len(package) - (node.level - 1)]
    return ".".join([*package, node.module] if node.module else package)


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        source = _package_of(path)
        if source in WIRING:
            continue
        edges = graph.setdefault(source, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(node, path)
                names = [base] + [f"{base}.{alias.name}" for alias in node.names] if base == "xiaobao" else [base]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if (parts[0] == "xiaobao" and len(parts) > 1 and parts[1] in PACKAGES and parts[1] not in WIRING
                        and parts[1] != source):
                    edges.add(parts[1])
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_graph_sees_function_level_imports():
    graph = import_graph()
    assert "complaints" in graph["major"]  # major builds on the case
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_cycle_between_apps():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle between apps: " + " → ".join(cycle or [])


def test_engines_import_no_app():
    assert import_graph().get("engines", set()) == set()


def test_core_imports_no_app():
    assert import_graph().get("core", set()) == set()
