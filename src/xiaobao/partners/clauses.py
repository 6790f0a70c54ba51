"""The clause checklist of a cooperation agreement: pre-filled by scanning the .docx text for each clause's key
phrases (clauses.toml), confirmed by the reviewer."""

from __future__ import annotations

import io
import re
import tomllib
import zipfile
from functools import lru_cache
from pathlib import Path

import docx

from xiaobao.partners.codes import Clause

RULES = Path(__file__).with_name("clauses.toml")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def phrases() -> dict[str, tuple[str, ...]]:
    data = tomllib.loads(RULES.read_text(encoding="utf-8"))
    unknown = set(data) - set(Clause.values)
    if unknown:
        raise ValueError(f"clauses.toml names unknown clauses: {sorted(unknown)}")
    return {code: tuple(data.get(code, {}).get("phrases", ())) for code in Clause.values}


def docx_text(content: bytes) -> str:
    """Every paragraph and table cell of a .docx; "" when the file cannot be read as one."""
    try:
        document = docx.Document(io.BytesIO(content))
    except (ValueError, KeyError, zipfile.BadZipFile, OSError):
        return ""
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def scan(text: str) -> dict[str, str]:
    """{clause code: the first key phrase found in `text`, or "" when none is}."""
    flat = _SPACE.sub("", text)
    return {code: next((p for p in words if _SPACE.sub("", p) in flat), "") for code, words in phrases().items()}
