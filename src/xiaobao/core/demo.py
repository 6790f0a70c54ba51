"""Demo data for `xiaobao demo`: each module adds its own seed step here."""

from __future__ import annotations

from xiaobao.org.demo import DemoAccount, seed_organisation


def seed() -> list[DemoAccount]:
    from xiaobao.complaints.demo import seed_complaints, seed_major_complaint

    accounts = seed_organisation()
    seed_complaints()
    seed_major_complaint()
    return accounts
