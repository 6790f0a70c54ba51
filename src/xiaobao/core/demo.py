"""Demo data for `xiaobao demo`: the organisation, then every step an app registered (core.registry)."""

from __future__ import annotations

from xiaobao.core import registry
from xiaobao.org.demo import DemoAccount, seed_organisation


def seed() -> list[DemoAccount]:
    accounts = seed_organisation()
    for step in registry.demo_steps():
        step.seed()
    return accounts
