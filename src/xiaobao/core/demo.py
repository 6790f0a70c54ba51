"""Demo data for `xiaobao demo`: every step an app registered (core.registry), the organisation first.

A step may return the demo accounts it created (a list); the command prints them. `core` imports no app.
"""

from __future__ import annotations

from typing import Any

from xiaobao.core import registry


def seed() -> list[Any]:
    accounts: list[Any] = []
    for step in registry.demo_steps():
        result = step.seed()
        if isinstance(result, list):
            accounts.extend(result)
    return accounts
