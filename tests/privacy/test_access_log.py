"""The access log page: auditors and officers only; filters by user, dates, case number and field."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tests.privacy.conftest import PHONE
from xiaobao.core.errors import PermissionDenied
from xiaobao.privacy import selectors, services
from xiaobao.privacy.models import AppendOnlyError, PersonalDataAccess

BEIJING = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def log(cast, make_complaint):
    a, b = make_complaint(), make_complaint()
    with time_machine.travel(datetime(2026, 3, 1, 9, 0, tzinfo=BEIJING), tick=False):
        services.unmask(user=cast.officer, complaint_id=a.pk, field="phone", reason="回访投诉人一")
    with time_machine.travel(datetime(2026, 3, 5, 23, 30, tzinfo=BEIJING), tick=False):
        services.unmask(user=cast.reviewer_a, complaint_id=b.pk, field="id_number", reason="核对身份二")
    with time_machine.travel(datetime(2026, 3, 9, 8, 0, tzinfo=BEIJING), tick=False):
        services.unmask(user=cast.officer, complaint_id=b.pk, field="address", reason="寄送回复函三")
    return a, b


def test_selector_filters(cast, log):
    _a, b = log

    def reasons(**kw):
        return [e.reason for e in selectors.access_log(user=cast.auditor, filters=selectors.AccessLogFilters(**kw))]

    assert reasons() == ["寄送回复函三", "核对身份二", "回访投诉人一"]
    assert reasons(user="officer") == ["寄送回复函三", "回访投诉人一"]
    assert reasons(complaint_number=b.number.lower()) == ["寄送回复函三", "核对身份二"]
    assert reasons(field="id_number") == ["核对身份二"]
    # Beijing dates, inclusive: 23:30 on 3-05 Beijing is 15:30 UTC, still 3-05
    from datetime import date

    assert reasons(date_from=date(2026, 3, 5), date_to=date(2026, 3, 5)) == ["核对身份二"]
    assert reasons(date_from=date(2026, 3, 2)) == ["寄送回复函三", "核对身份二"]


@pytest.mark.parametrize("who", ["handler_a", "reviewer_a", "handler_b", "admin"])
def test_only_auditors_and_officers_read_it(cast, log, who):
    with pytest.raises(PermissionDenied):
        selectors.access_log(user=getattr(cast, who))


def test_the_page(client, cast, log):
    a, _b = log
    client.force_login(cast.auditor)
    r = client.get("/privacy/access-log/")
    body = r.content.decode()
    assert r.status_code == 200 and a.number in body and "回访投诉人一" in body and "寄送回复函三" in body
    assert PHONE not in body
    rows = client.get("/privacy/access-log/", {"user": "reviewer_a"}, HTTP_HX_REQUEST="true").content.decode()
    assert "核对身份二" in rows and "回访投诉人一" not in rows and "<html" not in rows
    client.force_login(cast.officer)
    assert client.get("/privacy/access-log/", {"field": "phone", "date_from": "2026-03-01"}).status_code == 200


def test_the_page_is_paginated(client, cast, make_complaint):
    c = make_complaint()
    for i in range(55):
        services.unmask(user=cast.officer, complaint_id=c.pk, field="name", reason=f"第{i:02d}次回访")
    client.force_login(cast.auditor)
    first = client.get("/privacy/access-log/").content.decode()
    second = client.get("/privacy/access-log/", {"page": 2}).content.decode()
    assert "第54次回访" in first and "第00次回访" not in first
    assert "第00次回访" in second and "55" in first


@pytest.mark.parametrize("who", ["handler_a", "reviewer_a", "admin"])
def test_the_page_is_refused_to_others(client, cast, who):
    client.force_login(getattr(cast, who))
    assert client.get("/privacy/access-log/").status_code == 403
    assert client.get("/privacy/blocked-exports/").status_code == 403


def test_anonymous_is_sent_to_login(client, db):
    r = client.get("/privacy/access-log/")
    assert r.status_code == 302 and "/login/" in r["Location"]


def test_log_rows_are_append_only(cast, log):
    entry = PersonalDataAccess.objects.first()
    entry.reason = "改写"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        PersonalDataAccess.objects.update(reason="x")
