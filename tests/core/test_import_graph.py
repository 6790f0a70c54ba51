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


# ---- demo modules use other apps only through their public entry points --------------------------------------

# Layers every app builds on (the organisation, personal data, audit, the registry, the engines): not "another app".
PLATFORM = {"core", "org", "privacy", "audit", "engines"}
# What a demo step may import of another app: its services (the state changes every interface goes through) and
# the codes those take. Its models, selectors, demo helpers … are its own: a demo needing another app's object
# asks for it through core.registry.demo_object (e.g. "complaint.minority_language").
PUBLIC = {"services", "codes"}


def _imported_modules(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node, path)
            out += [f"{base}.{alias.name}" for alias in node.names] if base.count(".") == 1 else [base]
    return out


def internals_imported(path: Path) -> list[str]:
    """The modules of other apps that `path` (a module of the app owning it) imports beyond their public ones."""
    own = _package_of(path)
    bad = []
    for name in _imported_modules(path):
        parts = name.split(".")
        if parts[0] != "xiaobao" or len(parts) < 2 or parts[1] in PLATFORM | WIRING | {own}:
            continue
        if parts[1] in PACKAGES and (len(parts) < 3 or parts[2] not in PUBLIC):
            bad.append(name)
    return bad


def test_the_demo_check_sees_an_internal_import(tmp_path, monkeypatch):
    fake = ROOT / "assistance" / "demo_probe.py"  # never written: only its path decides the owning app
    source = ("from xiaobao.complaints.selectors import complaints_visible_to\n"
              "from xiaobao.complaints import services, selectors as s\nfrom xiaobao.complaints.codes import Cause\n"
              "from xiaobao.org.models import User\nfrom xiaobao.assistance import selectors\n")
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    assert internals_imported(fake) == ["xiaobao.complaints.selectors", "xiaobao.complaints.selectors"]


def test_demo_modules_import_no_internals_of_other_apps():
    found = {str(path.relative_to(ROOT)): bad for path in sorted(ROOT.glob("*/demo.py"))
             if (bad := internals_imported(path))}
    assert not found, f"demo modules importing other apps' internals: {found}"
