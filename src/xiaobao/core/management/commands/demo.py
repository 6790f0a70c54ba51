"""`xiaobao demo` — migrate and seed the demo branch (idempotent); print the demo accounts."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from xiaobao.core import demo


class Command(BaseCommand):
    help = "Migrate the database and seed the demo branch (idempotent); print the demo accounts."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="print the accounts as a JSON list")

    def handle(self, *args: Any, json: bool = False, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        accounts = demo.seed()
        if json:
            rows = [{k: v for k, v in asdict(a).items() if k != "full_name"} for a in accounts]
            self.stdout.write(_dumps(rows))
            return
        self.stdout.write(f"Demo branch ready. {len(accounts)} accounts, all with password {accounts[0].password!r}:")
        header = ("username", "role", "institution", "name")
        rows_txt = [(a.username, a.role, f"{a.institution} {a.institution_name}", a.full_name) for a in accounts]
        widths = [max(_width(str(r[i])) for r in [header, *rows_txt]) for i in range(len(header))]
        for row in [header, tuple("-" * w for w in widths), *rows_txt]:
            cells = [str(c) + " " * (w - _width(str(c))) for c, w in zip(row, widths, strict=True)]
            self.stdout.write("  ".join(cells).rstrip())


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _dumps(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)
