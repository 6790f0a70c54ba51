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


@time_machine.travel(datetime(2026, 11, 25, 9, 0, tzinfo=BEIJING))
def test_home_shows_the_missing_year_until_it_is_entered(client, cast):
    client.force_login(cast.handler_a)
    assert "2027" in client.get("/").content.decode()
    CalendarYear.objects.create(year=2027)
    deadlines.forget_calendar()
    assert 'data-testid="notice"' not in client.get("/").content.decode()
