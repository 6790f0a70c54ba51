"""What every engine CLI shares: argument errors without tracebacks, and JSON Lines in and out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NoReturn


class UsageError(Exception):
    """Bad arguments or input: the CLI prints the message on stderr and exits with 2."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse that raises UsageError instead of exiting, so every CLI reports errors the same way."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def read_jsonl(path: Path | str, *, require_text: bool = True) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of `path` ("-" reads stdin).

    A line that is not a JSON object (with a "text" string when `require_text`) is a UsageError naming the
    file and the line.
    """
    name = str(path)
    try:
        content = sys.stdin.read() if name == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{name}: not UTF-8 text") from None
    rows: list[tuple[int, dict[str, Any]]] = []
    for lineno, line in enumerate(content.split("\n"), 1):  # not splitlines(): U+2028 may sit inside a string
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{name}:{lineno}: not valid JSON on line {lineno} ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise UsageError(f"{name}:{lineno}: expected a JSON object on line {lineno}")
        if require_text and not isinstance(obj.get("text"), str):
            raise UsageError(f'{name}:{lineno}: expected an object with a "text" string on line {lineno}')
        rows.append((lineno, obj))
    return rows


def write_jsonl(rows: Iterable[dict[str, Any]], out: Path | str | None) -> None:
    """One JSON object per line to `out`, or to stdout when `out` is None or "-"."""
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if out is None or str(out) == "-":
        sys.stdout.write(lines)
        return
    try:
        Path(out).write_text(lines, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from None
