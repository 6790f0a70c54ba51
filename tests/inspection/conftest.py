"""The inspection module's cast: the shared one plus a compliance reviewer (the 质检员) at the branch, a head at
sub_a (owner of rectification tasks), and sales with transcripts made through traceability's real services."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.factories import UserFactory
from tests.traceability.conftest import sale_input
from xiaobao.inspection.services import config
from xiaobao.org.roles import Role
from xiaobao.traceability import samples
from xiaobao.traceability import services as trace
from xiaobao.traceability.codes import Kind

BEIJING = ZoneInfo("Asia/Shanghai")
SOLD = datetime(2026, 11, 10, 10, 0, tzinfo=BEIJING)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"


@pytest.fixture
def inspector(cast):
    return UserFactory(username="inspector", full_name="周检", institution=cast.branch,
                       roles=[Role.COMPLIANCE_REVIEWER])


@pytest.fixture
def head_a(cast):
    return UserFactory(username="head_a", full_name="吴总", institution=cast.sub_a, roles=[Role.HEAD])


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Checks are enqueued on commit: `with committed(): ...` runs them (immediately in tests) when it ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def call(cast, committed):
    """A sale with a transcript (checked on arrival); returns the transcript item."""
    counter = iter(range(1, 10_000))

    def make(turns=samples.BAD_CALL, *, institution="650100", agent="TS8801", age_id="650102195001011230",
             sold_at=SOLD, channel="telephone", product_line="accident", policy=None):
        n = next(counter)
        with committed():
            sale, _created = trace.register_sale(data=sale_input(
                institution=institution, agent_number=agent, policyholder_id_number=age_id, sold_at=sold_at,
                channel=channel, product_line=product_line,
                policy_number=policy or f"PDEA2026{institution}{n:07d}"), by=cast.officer)
            return trace.add_item(sale=sale, kind=Kind.TRANSCRIPT, name="call.jsonl", by=cast.officer,
                                  stream=io.BytesIO(samples.transcript_jsonl(turns, product_line=product_line)))
    return make


@pytest.fixture
def all_calls_plan(cast):
    return config.plan_create(by=cast.officer, name="全部通话全检", condition="all", rate_percent=100, seed="all")
