"""The traceability module's cast: the shared one plus a head at sub_a (may register sales) and helpers that
make sales and evidence through the real services."""

from __future__ import annotations

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.factories import UserFactory
from xiaobao.org.roles import Role
from xiaobao.traceability import samples, services
from xiaobao.traceability.codes import Kind

BEIJING = ZoneInfo("Asia/Shanghai")
PHONE = "13912345678"
ID_NUMBER = "650102195001011230"  # born 1950-01-01: 75 at a 2025 sale


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"


@pytest.fixture
def head_a(cast):
    return UserFactory(username="head_a", full_name="吴总", institution=cast.sub_a, roles=[Role.HEAD])


def sale_input(**overrides) -> services.SaleInput:
    values = {
        "institution": "650100", "policy_number": "PDEA202565010000001", "product_name": "安心意外伤害保险",
        "product_line": "accident", "channel": "telephone", "sold_at": datetime(2025, 3, 1, 10, 0, tzinfo=BEIJING),
        "agent_name": "王小明", "agent_number": "TS8801", "policyholder_name": "张建国", "policyholder_phone": PHONE,
        "policyholder_id_number": ID_NUMBER, "contract_start": date(2025, 3, 2), "contract_end": date(2026, 3, 1),
    }
    values.update(overrides)
    return services.SaleInput(**values)


@pytest.fixture
def make_sale(cast):
    def make(by=None, **overrides):
        sale, _created = services.register_sale(data=sale_input(**overrides), by=by or cast.officer)
        return sale
    return make


@pytest.fixture
def add_item(cast):
    def add(sale, kind=Kind.RECORDING, content=None, name=None, by=None, **extra):
        content = content if content is not None else {
            Kind.RECORDING: lambda: samples.tone_wav(0.5, seed=sale.pk),
            Kind.VIDEO: lambda: b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + b"\x00" * 64,
            Kind.PAGE_TRAIL: samples.page_trail_zip,
            Kind.TRANSCRIPT: lambda: samples.transcript_jsonl(samples.GOOD_CALL, product_line="accident"),
        }[kind]()
        name = name or {Kind.RECORDING: "call.wav", Kind.VIDEO: "sale.mp4", Kind.PAGE_TRAIL: "trail.zip",
                        Kind.TRANSCRIPT: "call.jsonl"}[kind]
        return services.add_item(sale=sale, kind=kind, name=name, stream=io.BytesIO(content), by=by or cast.officer,
                                 **extra)
    return add


@pytest.fixture
def handler_closes(cast):
    """Close a complaint (the complainant withdraws it) on a given Beijing day."""
    import time_machine

    from xiaobao.complaints.services import workflow

    def close(complaint, on: date):
        with time_machine.travel(datetime(on.year, on.month, on.day, 12, 0, tzinfo=BEIJING), tick=False):
            complaint.refresh_from_db()
            return workflow.withdraw(complaint_id=complaint.pk, version=complaint.version, by=cast.handler_a,
                                     reason="投诉人撤回投诉")
    return close
