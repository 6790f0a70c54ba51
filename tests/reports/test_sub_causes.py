"""二级事由 in the quarterly statistics: sub-rows under each first-level cause (未细分 counted as such), the drill-down
behind each sub-row, the page and the .xlsx — on a constructed quarter whose figures are counted by hand below."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import load_workbook

from tests.reports.conftest import AS_OF, bj
from xiaobao.complaints import statistics
from xiaobao.complaints.codes import UNSUBDIVIDED, sub_causes_of
from xiaobao.complaints.models import Complaint
from xiaobao.reports import figures, rollup


@pytest.fixture
def cases(cast, make_complaint):
    """2025 Q3 at the branch, plus one case of Q2 and one merged duplicate (not counted)."""

    def make(received, cause, sub_cause, *, channel="hotline", **state):
        extra = {"regulator_reference": "12378-2025-0009"} if channel == "regulator" else {}
        c = make_complaint(received_at=received, cause=cause, sub_cause=sub_cause, channel=channel, **extra)
        if state:
            Complaint.objects.filter(pk=c.pk).update(**state)
        return c

    made = {
        "a": make(bj(2025, 7, 3, 9, 0), "claims", "claims.delay"),
        "b": make(bj(2025, 8, 4, 9, 0), "claims", "claims.delay", channel="regulator"),
        "c": make(bj(2025, 8, 5, 9, 0), "claims", "claims.denied", status="closed",
                  decided_at=bj(2025, 8, 12, 9, 0), closed_at=bj(2025, 8, 13, 9, 0), due_at=bj(2025, 8, 20, 23, 59)),
        "d": make(bj(2025, 9, 30, 23, 30), "claims", ""),  # the last day of the quarter, 23:30 Beijing: in Q3
        "e": make(bj(2025, 9, 6, 9, 0), "sales", "sales.misleading", channel="regulator"),
        "f": make(bj(2025, 9, 7, 9, 0), "sales", ""),
        "g": make(bj(2025, 9, 8, 9, 0), "claims", "claims.denied", status="merged"),  # not counted again
        "p": make(bj(2025, 5, 2, 9, 0), "claims", "claims.delay"),  # the previous quarter
    }
    rollup.rebuild()  # states written by QuerySet.update: recounted, as after a bulk load
    return made


@pytest.fixture
def report(cast, cases):
    return figures.quarterly(user=cast.officer, institution=cast.branch, year=2025, quarter=3, as_of=AS_OF)


def _causes(report):
    return {row["key"]: row for row in report["breakdowns"]["cause"]}


def _subs(row):
    return {child["key"]: child for child in row["children"]}


def test_every_cause_has_its_own_sub_rows_and_not_subdivided_last(report):
    for row in report["breakdowns"]["cause"]:
        assert [c["key"] for c in row["children"]] == [code for code, _l in sub_causes_of(row["key"])] + [UNSUBDIVIDED]
    other = _causes(report)["other"]
    assert [c["key"] for c in other["children"]] == [UNSUBDIVIDED]  # 其他 has no second level


def test_sub_row_counts_match_the_hand_count(report):
    claims, sales = _causes(report)["claims"], _causes(report)["sales"]
    assert (claims["all"]["received"], claims["direct"]["received"], claims["regulator"]["received"]) == (4, 3, 1)
    subs = _subs(claims)
    assert (subs["claims.delay"]["direct"]["received"], subs["claims.delay"]["regulator"]["received"]) == (1, 1)
    assert subs["claims.denied"]["all"]["received"] == 1  # c (g is merged into another case)
    assert subs["claims.denied"]["all"]["decided"] == 1 and subs["claims.denied"]["all"]["decided_on_time"] == 1
    assert subs["claims.amount"]["all"]["received"] == 0
    assert subs[UNSUBDIVIDED]["all"]["received"] == 1  # d, received at 23:30 on 30 September
    assert subs["claims.delay"]["previous"]["all"] == 1 and subs["claims.delay"]["previous_change"]["all"] == "+100.0"
    sales_subs = _subs(sales)
    assert sales_subs["sales.misleading"]["regulator"]["received"] == 1
    assert sales_subs[UNSUBDIVIDED]["direct"]["received"] == 1
    assert report["total"]["all"]["received"] == 6


def test_the_sub_rows_of_a_cause_add_up_to_it_for_every_figure_and_source(report):
    for row in report["breakdowns"]["cause"]:
        for source in ("direct", "regulator", "all"):
            for figure in statistics.FIGURES:
                assert sum(c[source][figure] for c in row["children"]) == row[source][figure], (row["key"], figure)


def test_drill_down_lists_equal_the_sub_row_counts(cast, cases, report):
    def numbers(**dims):
        qs = statistics.records(user=cast.officer, slice=figures.slice_for(report, **dims), figure="received",
                                as_of=AS_OF)
        return set(qs.values_list("number", flat=True))

    assert numbers(cause="claims", sub_cause=UNSUBDIVIDED) == {cases["d"].number}
    assert numbers(cause="claims", sub_cause="claims.delay", source="regulator") == {cases["b"].number}
    assert numbers(cause="claims", sub_cause="claims.denied") == {cases["c"].number}
    for row in report["breakdowns"]["cause"]:
        for child in row["children"]:
            for source in ("direct", "regulator", "all"):
                assert len(numbers(cause=row["key"], sub_cause=child["key"], source=source)) == \
                    child[source]["received"]


def test_the_report_page_shows_sub_rows_linking_to_their_cases(client, cast, cases):
    client.force_login(cast.officer)
    body = client.get("/reports/quarterly/?institution=650000&year=2025&quarter=3").content.decode()
    assert 'data-testid="sub-claims-claims.delay"' in body and "理赔时效" in body and "未细分" in body
    assert "sub_cause=claims.delay" in body and "sub_cause=none" in body
    page = client.get(figures.slice_for(figures.quarterly(user=cast.officer, institution=cast.branch, year=2025,
                                                          quarter=3), cause="claims", sub_cause=UNSUBDIVIDED).url())
    text = page.content.decode()
    assert page.status_code == 200 and cases["d"].number in text and cases["a"].number not in text
    assert "未细分" in text
    assert client.get("/complaints/figures/?figure=received&start=2025-07-01&end=2025-09-30&sub_cause=bogus"
                      ).status_code == 400


def test_the_xlsx_puts_the_sub_rows_under_their_cause_outside_the_total(client, cast, cases):
    client.force_login(cast.officer)
    book = load_workbook(BytesIO(client.get("/reports/quarterly.xlsx?institution=650000&year=2025&quarter=3")
                                 .content))
    sheet = book.worksheets[2]  # summary, business line, cause, channel, institution
    labels = [sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1)]
    claims_row = labels.index("理赔纠纷") + 1
    assert labels[claims_row:claims_row + 6] == ["理赔时效", "理赔金额/定损", "拒赔", "理赔手续/资料", "其他理赔纠纷", "未细分"]
    assert sheet.cell(claims_row + 1, 1).alignment.indent == 2
    all_received = 2 + 2 * len(statistics.FIGURES)  # columns: label, direct figures, regulator figures, all ...
    assert sheet.cell(claims_row, all_received).value == 4
    assert sheet.cell(claims_row + 1, all_received).value == 2  # 理赔时效: a and b
    assert sheet.cell(claims_row + 6, all_received).value == 1  # 未细分: d
    assert labels[-1] == "合计" and sheet.cell(sheet.max_row, all_received).value == 6  # sub-rows not added again
