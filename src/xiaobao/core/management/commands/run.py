"""`xiaobao run` — the web server and one background worker together, as `make run` starts them; Ctrl+C stops both.

Each runs as its own process (`xiaobao serve`, `xiaobao worker`). If either stops, the other is stopped too and
`run` exits with the first one's code. On Ctrl+C the worker may finish its task for a few seconds; then it is
stopped and the task goes back to the queue (the next worker runs it again).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from types import FrameType
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

GRACE_SECONDS = 5.0


class Command(BaseCommand):
    help = "Serve the pages and run one background worker together (Ctrl+C stops both)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument("--no-collectstatic", action="store_true", help="skip collecting static files")

    def handle(self, *args: Any, host: str, port: int, threads: int, no_collectstatic: bool, **options: Any) -> None:
        command = [sys.executable, "-m", "xiaobao"]
        serve = [*command, "serve", "--host", host, "--port", str(port), "--threads", str(threads)]
        children = {
            "serve": subprocess.Popen(serve + (["--no-collectstatic"] if no_collectstatic else []),  # noqa: S603 - runs this installation's own `xiaobao` with fixed arguments
                                      start_new_session=True),
            "worker": subprocess.Popen([*command, "worker"], start_new_session=True),  # noqa: S603 - runs this installation's own `xiaobao` with fixed arguments
        }
        stopping: list[int] = []

        def stop(signum: int, frame: FrameType | None) -> None:
            stopping.append(signum)

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        code = 0
        while not stopping:
            exited = [(name, p.returncode) for name, p in children.items() if p.poll() is not None]
            if exited:
                name, code = exited[0]
                self.stderr.write(f"xiaobao {name} stopped (exit {code}); stopping the rest")
                break
            time.sleep(0.2)
        self._stop(list(children.values()), hurry=lambda: len(stopping) > 1)
        if code:
            sys.exit(code)

    @staticmethod
    def _stop(processes: list[subprocess.Popen[bytes]], hurry: Any) -> None:
        """SIGTERM (finish the running task), again after a grace period (stop now, requeue), then SIGKILL."""
        for attempt in (signal.SIGTERM, signal.SIGTERM, signal.SIGKILL):
            alive = [p for p in processes if p.poll() is None]
            if not alive:
                return
            for process in alive:
                process.send_signal(attempt)
            deadline = time.monotonic() + GRACE_SECONDS
            while time.monotonic() < deadline and not hurry() and any(p.poll() is None for p in alive):
                time.sleep(0.1)
        for process in processes:
            process.wait()
