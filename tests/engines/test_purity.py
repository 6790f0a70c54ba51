"""Engines are pure Python: no module under xiaobao/engines may import Django (DESIGN.md layers)."""

import ast
from pathlib import Path

import xiaobao.engines

ENGINES_DIR = Path(xiaobao.engines.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_engine_module_imports_django_or_the_apps():
    offenders = []
    for path in sorted(ENGINES_DIR.rglob("*.py")):
        for name in _imported_modules(path):
            top = name.split(".")[0]
            if top == "django" or (top == "xiaobao" and not name.startswith("xiaobao.engines")):
                offenders.append(f"{path.relative_to(ENGINES_DIR)} imports {name}")
    assert offenders == []
