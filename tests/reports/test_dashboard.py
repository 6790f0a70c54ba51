"""Dashboards per role under the home work queue; complaint measures for the assessment."""

from __future__ import annotations

from tests.factories import UserFactory
from tests.reports.conftest import bj
from xiaobao.core import registry
from xiaobao.core.registry import Period
from xiaobao.org.roles import Role
from xiaobao.reports import selectors


def test_the_officer_sees_the_branch_dashboard_under_the_work_queue(client, cast, make_complaint):
    make_complaint(received_at=bj(2026, 11, 2, 9, 0))
    client.force_login(cast.officer)
    body = client.get("/").content.decode()
    assert body.index('data-testid="dashboard"') > body.index("我的待办")
    assert "vendor/echarts/echarts.min.js" in body and "reports/dashboard.js" in body
    assert 'id="chart-trend-data" type="application/json"' in body
    assert "<script>" not in body  # no inline script: charts are drawn by the static file


def test_a_head_sees_their_institution_against_the_branch_total_only(cast, make_complaint):
    head = UserFactory(username="head_dash", institution=cast.sub_a, roles=[Role.HEAD])
    make_complaint(received_at=bj(2026, 11, 2, 9, 0))
    make_complaint(by=cast.handler_b, institution="653100", received_at=bj(2026, 11, 2, 9, 0))
    dash = selectors.dashboard(head, today=bj(2026, 11, 4, 0, 0).date())
    assert dash["root"] == cast.sub_a
    assert dash["received"] == 1
    assert dash["comparison"]["branch_received"] == 2  # the branch aggregate, never 喀什 by name
    assert all("喀什" not in str(chart) for chart in dash["charts"])


def test_a_handler_sees_their_own_load(cast, make_complaint):
    from xiaobao.complaints.models import Complaint
    c = make_complaint()
    Complaint.objects.filter(pk=c.pk).update(handler=cast.handler_a, status="in_progress")
    dash = selectors.dashboard(cast.handler_a)
    assert dash["kind"] == "handler" and dash["load"]["open"] == 1


def test_complaint_measures_for_the_assessment(cast, quarter):
    q3 = Period.quarter(2025, 3)
    assert registry.compute_measure("complaints.count", cast.branch, q3).value == 8
    assert registry.compute_measure("complaints.count_regulator", cast.branch, q3).value == 2
    assert registry.compute_measure("complaints.count_direct", cast.sub_a, q3).value == 6
    rate = registry.compute_measure("complaints.on_time_rate", cast.branch, q3)
    assert (rate.numerator, rate.denominator, str(rate.value)) == (2, 3, "66.67")
    assert registry.compute_measure("complaints.reconsideration_rate", cast.branch, q3).value is not None
    assert "figure=received" in registry.compute_measure("complaints.count", cast.branch, q3).evidence_url
    # the overdue measure counts at the time of asking (now, not AS_OF): c2, and c3 and c10 whose deadlines in
    # October and November 2025 have passed since
    assert registry.compute_measure("complaints.overdue", cast.branch, q3).value == 3
