"""`xiaobao audit verify` — check the audit chain; exit 1 naming the first broken event."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from xiaobao.audit import services


class Command(BaseCommand):
    help = "Audit trail operations: `verify` checks the hash chain."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("verify", help="recompute the hash chain and report the first broken event")

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        result = services.verify()
        if not result.ok:
            raise CommandError(f"audit chain BROKEN at event #{result.broken_seq}: {result.reason}", returncode=1)
        self.stdout.write(f"audit chain OK: {result.checked} events verified")
