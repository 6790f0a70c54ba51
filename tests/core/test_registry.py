"""The registry apps contribute through: measures nobody provides are "not available", never zero."""

from datetime import date

import pytest

from xiaobao.core import registry
from xiaobao.core.registry import Measure, MeasureValue, NotAvailable, Period


def test_a_measure_nobody_provides_is_not_available():
    result = registry.compute_measure("nobody.provides.this", institution=None, period=Period.year(2026))
    assert isinstance(result, NotAvailable)
    assert result.value is None


def test_a_registered_measure_is_computed_for_the_institution_and_period(monkeypatch):
    monkeypatch.setattr(registry, "_measures", {})
    seen = []

    def compute(institution, period):
        seen.append((institution, period))
        return MeasureValue(7, evidence_url="/complaints/?institution=x")

    registry.register_measure(Measure("test.count", "测试", "test", "件", compute))
    result = registry.compute_measures(["test.count", "test.missing"], "inst", Period.quarter(2026, 4))
    assert result["test.count"].value == 7
    assert isinstance(result["test.missing"], NotAvailable)
    assert seen == [("inst", Period(date(2026, 10, 1), date(2026, 12, 31), "2026年第4季度"))]


@pytest.mark.parametrize(("quarter", "start", "end"), [
    (1, date(2028, 1, 1), date(2028, 3, 31)), (2, date(2028, 4, 1), date(2028, 6, 30)),
    (3, date(2028, 7, 1), date(2028, 9, 30)), (4, date(2028, 10, 1), date(2028, 12, 31)),
])
def test_quarters(quarter, start, end):
    period = Period.quarter(2028, quarter)
    assert (period.start, period.end) == (start, end)


def test_february_of_a_leap_year_and_the_whole_year():
    assert Period.month(2028, 2).end == date(2028, 2, 29)
    assert Period.year(2027) == Period(date(2027, 1, 1), date(2027, 12, 31), "2027年度")


def test_the_complaints_app_contributes_navigation_queue_and_demo():
    keys = {entry.key for entry in registry.navigation_entries()}
    assert {"complaints", "major", "privacy"} <= keys
    assert {step.name for step in registry.demo_steps()} >= {"complaints", "major"}


def test_panels_from_other_apps_show_on_the_complaint_page(monkeypatch, cast, make_complaint, client):
    monkeypatch.setattr(registry, "_panels", {})
    seen_users = []

    def panel(request, complaint):
        seen_users.append(request.user.username)
        return f'<section data-testid="other-app">policy {complaint.number}</section>'

    registry.register_panel("complaint.detail", "test.sales", panel)
    registry.register_panel("complaint.detail", "test.empty", lambda request, complaint: "", order=1)
    complaint = make_complaint()
    client.force_login(cast.officer)
    page = client.get(f"/complaints/{complaint.pk}/").content.decode()
    assert f'<section data-testid="other-app">policy {complaint.number}</section>' in page
    assert seen_users == [cast.officer.username]


def test_form_checks_warn_while_a_form_is_filled_in(monkeypatch, cast, client):
    monkeypatch.setattr(registry, "_form_checks", {})

    def blacklisted(user, data):
        return [registry.Notice(f"合作机构 {data['partner']} 已列入黑名单", url="/partners/1/")] \
            if data.get("partner") == "坏代理" else []

    registry.register_form_check("complaint.create", "test.blacklist", blacklisted)
    client.force_login(cast.officer)
    assert "complaint.create" in client.get("/complaints/new/").content.decode()
    warned = client.post("/checks/complaint.create/", {"partner": "坏代理"}).content.decode()
    assert "合作机构 坏代理 已列入黑名单" in warned and 'href="/partners/1/"' in warned
    assert "黑名单" not in client.post("/checks/complaint.create/", {"partner": "好代理"}).content.decode()
    nobody_checks = client.post("/checks/nothing.here/", {})
    assert nobody_checks.status_code == 200 and "form-check" not in nobody_checks.content.decode()
    assert client.get("/checks/complaint.create/").status_code == 405
