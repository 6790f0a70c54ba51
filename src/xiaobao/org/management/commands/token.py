"""`xiaobao token create USERNAME` — print a new API token for that user."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from xiaobao.org import services
from xiaobao.org.models import User


class Command(BaseCommand):
    help = "API tokens: `create USERNAME [--name NAME]` prints a new token (shown once)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="create a token for USERNAME and print it")
        create.add_argument("username")
        create.add_argument("--name", default="cli")

    def handle(self, *args: Any, action: str, username: str, name: str, **options: Any) -> None:
        user = User.objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"no active user {username!r}", returncode=2)
        self.stdout.write(services.token_create(user=user, name=name))
