"""`xiaobao reports_spikes`: queue the spike detection (run it daily; `--now` runs it in this process)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from xiaobao.reports import services, tasks


class Command(BaseCommand):
    help = "Queue the complaint spike detection (异常波动检测); --now runs it here."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--now", action="store_true", help="run in this process instead of queueing")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["now"]:
            self.stdout.write(f"{len(services.detect_spikes())} spike alert(s)")
        else:
            result = tasks.detect_spikes.enqueue()
            self.stdout.write(f"queued {result.id}")
