"""The `xiaobao` console command.

`xiaobao <engine> ...` runs a pure engine's CLI (no Django start-up); every other command is a Django
management command (`xiaobao migrate`, `xiaobao demo`, `xiaobao serve`, `xiaobao token create`, ...).
"""

from __future__ import annotations

import importlib
import os
import sys

from xiaobao.engines import ENGINE_COMMANDS


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if len(argv) > 1 and argv[1] in ENGINE_COMMANDS:
        engine_cli = importlib.import_module(f"xiaobao.engines.{argv[1]}.cli")
        return int(engine_cli.main(argv[2:]) or 0)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xiaobao.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
