"""Every UI string of the privacy module has a Chinese translation: in the catalogue, or in
`privacy/translations_zh.json` (merged into the catalogue by the lead)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import xiaobao

PACKAGE = Path(xiaobao.__file__).parent
SOURCES = [*sorted((PACKAGE / "privacy").rglob("*.py")), PACKAGE / "complaints" / "exports.py",
           PACKAGE / "complaints" / "views_export.py"]
TEMPLATES = sorted((PACKAGE / "privacy" / "templates").rglob("*.html"))
GETTEXT = {"_", "gettext", "gettext_lazy", "pgettext"}
TRANS = re.compile(r"""\{%\s*trans\s+(["'])(.+?)\1\s*%\}""")
BLOCKTRANS = re.compile(r"\{%\s*blocktrans[^%]*%\}(.*?)\{%\s*endblocktrans\s*%\}", re.S)


def python_msgids(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in GETTEXT
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.add(node.args[0].value)
    return found


def template_msgids(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    found = {m.group(2) for m in TRANS.finditer(text)}
    found |= {re.sub(r"\{\{\s*(\w+)\s*\}\}", r"%(\1)s", m.group(1)) for m in BLOCKTRANS.finditer(text)}
    return found


def catalogue() -> dict[str, str]:
    po = (PACKAGE / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for block in po.split("\n\n"):
        parts: dict[str, str] = {}
        key = None
        for line in block.splitlines():
            m = re.match(r'^(msgid|msgstr) "(.*)"$', line)
            if m:
                key = m.group(1)
                parts[key] = m.group(2)
            elif line.startswith('"') and key:
                parts[key] += line[1:-1]
        if parts.get("msgid") and parts.get("msgstr"):
            out[parts["msgid"].replace('\\"', '"')] = parts["msgstr"]
    return out


def test_every_msgid_has_a_chinese_translation():
    ours = json.loads((PACKAGE / "privacy" / "translations_zh.json").read_text(encoding="utf-8"))
    known = {**catalogue(), **ours}
    msgids = set().union(*(python_msgids(p) for p in SOURCES), *(template_msgids(p) for p in TEMPLATES))
    assert len(msgids) > 40
    missing = sorted(m for m in msgids if m not in known)
    assert missing == []
    for msgid, zh in ours.items():
        assert re.search(r"[\u4e00-\u9fff]", zh), msgid
        assert set(re.findall(r"%\(\w+\)[sd]", msgid)) == set(re.findall(r"%\(\w+\)[sd]", zh)), msgid
