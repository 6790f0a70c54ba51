"""Holidays: chinese-calendar plus the admin table; a missing year is a visible warning, never a guess."""

from datetime import date, datetime

import pytest
import time_machine

from tests.complaints.conftest import BEIJING
from xiaobao.complaints import deadlines
from xiaobao.complaints.models import CalendarDay, CalendarYear


@pytest.fixture(autouse=True)
def _fresh_calendar():
    deadlines.forget_calendar()
    yield
    deadlines.forget_calendar()


@time_machine.travel(datetime(2026, 12, 21, 9, 0, tzinfo=BEIJING))
def test_a_case_whose_deadline_reaches_an_uncovered_year_carries_a_warning(make_complaint):
    c = make_complaint(received_at=datetime(2026, 12, 20, 10, 0, tzinfo=BEIJING))
    assert "2027" in c.deadline_warning


@time_machine.travel(datetime(2026, 12, 21, 9, 0, tzinfo=BEIJING))
def test_the_admin_table_covers_a_year_the_library_does_not(make_complaint):
    CalendarYear.objects.create(year=2027)
    CalendarDay.objects.create(day=date(2027, 1, 4), is_working_day=False, note="元旦调休（示例）")
    deadlines.forget_calendar()
    c = make_complaint(received_at=datetime(2026, 12, 20, 10, 0, tzinfo=BEIJING))
    assert c.deadline_warning == ""
    # Day 15 is Mon 2027-01-04, declared a rest day → the next working day, Tue 01-05, ends at 24:00.
    assert c.due_at.astimezone(BEIJING).date() == date(2027, 1, 6)


NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（农历腊月三十、周六）至12日（周五）放假调休，共7天。2月20日（周六）上班。
"""


@time_machine.travel(datetime(2026, 11, 25, 9, 0, tzinfo=BEIJING))
def test_the_missing_year_shows_to_the_administrator_with_a_link_until_entered_through_the_form(client, cast):
    client.force_login(cast.handler_a)
    assert 'data-testid="notice"' not in client.get("/").content.decode()  # a handler cannot act on it
    client.force_login(cast.admin)
    home = client.get("/").content.decode()
    assert "2027" in home and 'href="/complaints/holidays/"' in home
    r = client.post("/complaints/holidays/", {"year": "2027", "text": NOTICE_2027})
    assert r.status_code == 302
    assert 'data-testid="notice"' not in client.get("/").content.decode()
    page = client.get("/complaints/holidays/").content.decode()
    assert "<td>2027</td><td>10</td><td>1</td>" in page.replace("\n", "")
    assert CalendarDay.objects.get(day=date(2027, 2, 20)).is_working_day
    assert CalendarDay.objects.get(day=date(2027, 2, 6)).note == "春节"


@pytest.mark.parametrize("text,message", [
    ("2026-12-31 放假", "2026-12-31 不在所维护的年份内"),
    ("1月1日放假\n1月1日上班", "2027-01-01 重复出现"),
    ("2月30日放假", "“2月30日”不是有效日期"),
    ("只有文字", "未找到放假或调休上班日期"),
])
def test_a_wrong_notice_is_refused_in_chinese_and_saves_nothing(client, cast, text, message):
    client.force_login(cast.admin)
    r = client.post("/complaints/holidays/", {"year": "2027", "text": text})
    assert r.status_code == 400 and message in r.content.decode()
    assert not CalendarYear.objects.exists() and not CalendarDay.objects.exists()


def test_the_notice_can_be_uploaded_as_a_text_file(client, cast):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(cast.admin)
    upload = SimpleUploadedFile("2027.txt", NOTICE_2027.encode("utf-8"), content_type="text/plain")
    assert client.post("/complaints/holidays/", {"year": "2027", "file": upload}).status_code == 302
    assert CalendarYear.objects.filter(year=2027).exists() and CalendarDay.objects.count() == 11


def test_only_the_administrator_maintains_the_calendar(client, cast):
    client.force_login(cast.officer)
    r = client.get("/complaints/holidays/")
    assert r.status_code == 403 and "只有系统管理员可以维护节假日调休" in r.content.decode()
    assert client.post("/complaints/holidays/", {"year": "2027", "text": NOTICE_2027}).status_code == 403
    assert not CalendarDay.objects.exists()


def test_maintaining_a_year_replaces_it_and_is_audited(cast):
    from xiaobao.audit.models import AuditEvent
    from xiaobao.complaints.services import calendar

    calendar.year_replace(year=2027, text="2027-03-01 放假\n2027-03-02 放假", by=cast.admin)
    summary = calendar.year_replace(year=2027, text=NOTICE_2027, by=cast.admin)
    assert (summary.holidays, summary.workdays) == (10, 1)
    assert not CalendarDay.objects.filter(day=date(2027, 3, 1)).exists()
    event = AuditEvent.objects.filter(action="complaints.calendar_year_replaced").order_by("-seq").first()
    assert event.summary["before"] == {"holidays": 2, "workdays": 0} and "2027-02-20" in event.summary["after"]["workdays"]
