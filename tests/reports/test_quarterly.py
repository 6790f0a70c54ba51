"""Every figure of the quarterly statistics against hand-computed values (constructed quarter in conftest)."""

from __future__ import annotations

import pytest

from tests.factories import UserFactory
from tests.reports.conftest import AS_OF
from xiaobao.complaints import statistics
from xiaobao.org.models import User
from xiaobao.org.roles import Role
from xiaobao.reports import figures

# Received in 2025 Q3 (merged c8 and October's c4 left out): c1 c2 c3 c5 c6 c7 c9 c10; regulator: c2 c9.
EXPECTED = {
    "all": {"received": 8, "accepted": 6, "decided": 3, "decided_on_time": 2, "overdue": 1, "extended": 1,
            "reconsidered": 1, "withdrawn": 1},
    "direct": {"received": 6, "accepted": 4, "decided": 2, "decided_on_time": 1, "overdue": 0, "extended": 1,
               "reconsidered": 1, "withdrawn": 1},
    "regulator": {"received": 2, "accepted": 2, "decided": 1, "decided_on_time": 1, "overdue": 1, "extended": 0,
                  "reconsidered": 0, "withdrawn": 0},
}


@pytest.fixture
def report(cast, quarter):
    return figures.quarterly(user=cast.officer, institution=cast.branch, year=2025, quarter=3, as_of=AS_OF)


def test_every_summary_figure_matches_the_hand_count(report):
    assert report["total"] == EXPECTED


def test_the_last_day_at_2330_beijing_counts_and_0030_the_next_day_does_not(cast, quarter):
    q3 = statistics.Slice(figures.Period.quarter(2025, 3).start, figures.Period.quarter(2025, 3).end)
    q4 = statistics.Slice(figures.Period.quarter(2025, 4).start, figures.Period.quarter(2025, 4).end)
    ids = set(statistics.records(user=cast.officer, slice=q3, figure="received", as_of=AS_OF).values_list("pk", flat=True))
    assert quarter.cases["c3"].pk in ids
    assert quarter.cases["c4"].pk not in ids
    assert quarter.cases["c4"].pk in set(statistics.records(user=cast.officer, slice=q4, figure="received")
                                         .values_list("pk", flat=True))


def test_changes_on_the_previous_quarter_and_a_year_before(report):
    assert report["previous"] == {"direct": 2, "regulator": 0, "all": 2}
    assert report["previous_change"] == {"direct": "+200.0", "regulator": None, "all": "+300.0"}
    assert report["year_ago"] == {"direct": 0, "regulator": 1, "all": 1}
    assert report["year_ago_change"] == {"direct": None, "regulator": "+100.0", "all": "+700.0"}


def test_breakdowns_by_business_line_cause_channel_and_institution(report):
    by_cause = {row["key"]: row for row in report["breakdowns"]["cause"]}
    assert by_cause["sales"]["regulator"]["received"] == 1  # c2
    assert by_cause["claims"]["all"]["received"] == 7
    by_category = {row["key"]: row for row in report["breakdowns"]["category"]}
    assert by_category["accident"]["all"]["overdue"] == 1
    assert by_category["motor_vehicle"]["direct"]["received"] == 6
    by_channel = {row["key"]: row for row in report["breakdowns"]["channel"]}
    assert by_channel["regulator"]["regulator"]["received"] == 2
    assert by_channel["hotline"]["direct"]["received"] == 6
    by_inst = {row["key"]: row for row in report["institutions"]}
    assert by_inst["650100"]["all"]["received"] == 7  # sub_a with its outlet's c10
    assert by_inst["653100"]["regulator"]["received"] == 1
    assert by_inst["650000"]["all"]["received"] == 0  # the branch's own cases
    for dim, rows in [*report["breakdowns"].items(), ("institution", report["institutions"])]:
        for source in ("direct", "regulator", "all"):
            for figure in EXPECTED["all"]:
                assert sum(r[source][figure] for r in rows) == EXPECTED[source][figure], (dim, source, figure)


def test_drill_down_lists_equal_the_counts(cast, quarter, report):
    for source in ("direct", "regulator", "all"):
        for figure, expected in EXPECTED[source].items():
            slice_ = figures.slice_for(report, source=source)
            assert statistics.records(user=cast.officer, slice=slice_, figure=figure, as_of=AS_OF).count() == expected
    for row in report["institutions"]:
        slice_ = figures.slice_for(report, institution=row["key"], own=row.get("own", False))
        assert statistics.records(user=cast.officer, slice=slice_, figure="received").count() == row["all"]["received"]


def test_the_drill_down_page_lists_the_cases_behind_a_number(client, cast, quarter, report):
    client.force_login(cast.officer)
    url = figures.slice_for(report, source="regulator").url("received")
    page = client.get(url)
    assert page.status_code == 200
    body = page.content.decode()
    assert quarter.cases["c2"].number in body and quarter.cases["c9"].number in body
    assert quarter.cases["c1"].number not in body
    assert client.get(url.replace("figure=received", "figure=nonsense")).status_code == 400


def test_a_head_sees_only_their_subtree(cast, quarter):
    head = UserFactory(username="head_a", institution=cast.sub_a, roles=[Role.HEAD])
    mine = figures.quarterly(user=head, institution=cast.sub_a, year=2025, quarter=3, as_of=AS_OF)
    assert mine["total"]["all"]["received"] == 7
    assert mine["total"]["regulator"]["received"] == 1
    # even asked for the branch, the head's counts stay inside their scope
    branch = figures.quarterly(user=head, institution=cast.branch, year=2025, quarter=3, as_of=AS_OF)
    assert branch["total"]["all"]["received"] == 7
    assert all(row["all"]["received"] == 0 for row in branch["institutions"] if row["key"] == "653100")


def test_the_report_page_refuses_an_institution_outside_the_scope(client, cast, quarter):
    head = UserFactory(username="head_a2", institution=cast.sub_a, roles=[Role.HEAD])
    client.force_login(head)
    assert client.get("/reports/quarterly/?institution=653100&year=2025&quarter=3").status_code == 404
    page = client.get("/reports/quarterly/?institution=650100&year=2025&quarter=3")
    assert page.status_code == 200
    assert "喀什" not in page.content.decode()


def test_handlers_have_no_report_pages(client, cast):
    client.force_login(User.objects.get(username="handler_a"))
    assert client.get("/reports/quarterly/").status_code == 404


def _key(rows, group):
    return {tuple(row[c] for c in group): {f: v for f, v in row.items() if f not in group} for row in rows}


def test_grouped_sets_and_periods_equal_one_count_per_period_and_grouping(cast, quarter):
    """statistics.grouped (GROUPING SETS on PostgreSQL, one query per set elsewhere; contiguous periods as one
    range, separate ones apart) gives the same numbers as counting each period and grouping on its own."""
    q = [figures.Period.quarter(2025, n) for n in (2, 3, 4)] + [figures.Period.quarter(2024, 3)]
    slices = [statistics.Slice(p.start, p.end, "650000") for p in q]
    sets = [("period", "institution_id", "channel"), ("period", "category", "cause", "regulator")]
    got = statistics.grouped(user=cast.officer, slices=slices, sets=sets, as_of=AS_OF, figures=("received", "decided"))
    for group, rows in zip(sets, got, strict=True):
        for k, s in enumerate(slices):
            expected = statistics.counts(user=cast.officer, slice=s, group_by=group[1:], as_of=AS_OF,
                                         figures=("received", "decided"))
            expected = {key: v for key, v in _key(expected, group[1:]).items() if v["received"] or v["decided"]}
            mine = _key([r for r in rows if r["period"] == k], group)
            assert {key[1:]: v for key, v in mine.items()} == expected, (group, k)
    assert sum(r["received"] for r in got[0] if r["period"] == 1) == EXPECTED["all"]["received"]
