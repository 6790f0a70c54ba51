"""Deadlines read as their last day, inclusive: on the case page, lists, the home queue, exports and the API."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from xiaobao.core.dates import due_date, due_label
from xiaobao.org import services as org_services

BEIJING = ZoneInfo("Asia/Shanghai")


def test_a_period_in_days_reads_as_its_last_day_inclusive():
    end = datetime(2026, 12, 22, 0, 0, tzinfo=BEIJING)  # 24:00 on 2026-12-21
    assert due_date(end).isoformat() == "2026-12-21"
    with translation.override("zh-hans"):
        assert due_label(end) == "2026-12-21（含）"
    with translation.override("en"):
        assert due_label(end) == "2026-12-21 (inclusive)"
    assert due_date(end.astimezone(UTC)).isoformat() == "2026-12-21"  # stored in UTC, read in Beijing


def test_a_clock_in_hours_keeps_its_time_of_day():
    end = datetime(2026, 12, 21, 14, 30, tzinfo=BEIJING)
    assert due_label(end) == "2026-12-21 14:30" and due_date(end).isoformat() == "2026-12-21"
    assert due_label(None) == "" and due_date(None) is None


@pytest.fixture
def case(make_complaint):
    return make_complaint()  # received 2025-09-26 10:00: 15 days over the National Day holiday


def test_the_case_page_list_and_home_show_the_statutory_last_day(client, cast, case):
    last_day = due_date(case.due_at).isoformat()
    assert case.due_at.astimezone(BEIJING).date().isoformat() != last_day
    client.force_login(cast.handler_a)
    for url in (f"/complaints/{case.pk}/", "/complaints/", "/"):
        body = client.get(url).content.decode()
        assert f"{last_day}（含）" in body, url


def test_the_api_gives_the_due_date_beside_the_instant(client, cast, case):
    token = org_services.token_create(user=cast.handler_a)
    body = client.get(f"/api/v1/complaints/{case.pk}", HTTP_AUTHORIZATION=f"Bearer {token}").json()
    assert body["due_date"] == "2025-10-11" and body["due_at"].startswith("2025-10-11T16:00:00")
    assert body["regulator_due_date"] is None


def test_the_export_shows_the_last_day(client, cast, case):
    client.force_login(cast.handler_a)
    with translation.override("en"):
        body = client.get("/complaints/export.csv").content.decode("utf-8-sig")
    assert "2025-10-11（含）" in body and "2025-10-12 00:00" not in body
