"""`xiaobao serve` — serve the application with waitress, a production WSGI server (embedded mode)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Serve xiaobao with waitress (not Django's development server)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument("--no-collectstatic", action="store_true", help="skip collecting static files")

    def handle(self, *args: Any, host: str, port: int, threads: int, no_collectstatic: bool, **options: Any) -> None:
        from waitress import serve

        if not no_collectstatic:
            call_command("collectstatic", interactive=False, verbosity=0)
        from xiaobao.wsgi import application  # after collecting: WhiteNoise indexes the static files it finds now
        settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        self.stdout.write(f"xiaobao serving on http://{host}:{port}/ (waitress, {threads} threads); Ctrl+C stops")
        serve(application, host=host, port=port, threads=threads, ident="xiaobao")
