"""The evaluation's indicators read where the records live (core.registry partner facts): marketing monitoring
finds naming a partner (reviews) and failed inspections of sales made through it (inspection), by credit code in
either case, name or former name; hand-computed counts on constructed 2025 data with the year's boundaries; a
fact no installed module provides is "not available" (stored as null, shown as such); the page links each figure
to exactly its records."""

from __future__ import annotations

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.traceability.conftest import sale_input
from xiaobao.core import registry
from xiaobao.core.registry import Period
from xiaobao.inspection.models import Inspection, TranscriptCheck
from xiaobao.partners import facts, services
from xiaobao.reviews import services as reviews
from xiaobao.reviews.models import MonitoringRecord
from xiaobao.traceability import samples
from xiaobao.traceability import services as trace
from xiaobao.traceability.codes import Kind

BEIJING = ZoneInfo("Asia/Shanghai")
POST = "本产品稳赚不赔，年化收益8%，名额有限今天必须下单！"


@pytest.fixture
def two(register):
    """P (with a former name) and Q."""
    p = register(name="天山农村商业银行股份有限公司", body="91650100MA7765432", former_names=["天山农商行"])
    q = register(name="昆仑保险代理有限公司", body="91650100MA7700001", kind="agency")
    return p, q


@pytest.fixture
def monitored(cast, two):
    """Seven monitoring records: P is named (code, lower-case code, former name) by 3 non-compliant ones in 2025."""
    p, q = two

    def seen(partner_name: str, on: date) -> MonitoringRecord:
        return reviews.monitoring_record(by=cast.officer, institution=cast.sub_a, source="wechat_moments", seen_on=on,
                                         text=POST, partner_name=partner_name)
    seen(p.credit_code, date(2025, 1, 1))
    seen("天山农商行", date(2025, 12, 31))
    seen(p.credit_code.lower(), date(2025, 6, 1))
    seen(p.name, date(2024, 12, 31))  # the year before
    compliant = seen(p.name, date(2025, 5, 1))
    MonitoringRecord.objects.filter(pk=compliant.pk).update(status="compliant")  # no violation: not counted
    seen(q.name, date(2025, 5, 1))
    seen("", date(2025, 5, 1))
    return p, q


@pytest.fixture
def inspected(cast, two):
    """Six concluded inspections: 3 failed ones in 2025 of sales through P (one names it twice), 1 through Q."""
    p, q = two
    counter = iter(range(1, 100))

    def concluded(status: str, at: datetime, **partner: str) -> Inspection:
        n = next(counter)
        sale, _created = trace.register_sale(data=sale_input(policy_number=f"PDEA2025650100{n:05d}", **partner),
                                             by=cast.officer)
        item = trace.add_item(sale=sale, kind=Kind.TRANSCRIPT, name="call.jsonl", by=cast.officer,
                              stream=io.BytesIO(samples.transcript_jsonl(samples.GOOD_CALL, product_line="accident")))
        check, _new = TranscriptCheck.objects.get_or_create(item=item, defaults={  # checked on arrival, or now
            "sale": sale, "institution": sale.institution, "channel": sale.channel, "product_line": sale.product_line,
            "agent_number": sale.agent_number, "agent_name": sale.agent_name, "call_month": date(2025, 3, 1), "state": "done",
            "rules_version": "t", "engine_version": "t", "checked_at": at})
        return Inspection.objects.create(auto_check=check, institution=sale.institution, status=status,
                                         conclusion="fail" if status == "failed" else "pass", sampled_at=at,
                                         concluded_at=at)
    concluded("failed", datetime(2025, 3, 1, 10, 0, tzinfo=BEIJING), partner_credit_code=p.credit_code)
    concluded("failed", datetime(2025, 12, 31, 23, 30, tzinfo=BEIJING), partner_name=p.name)
    concluded("failed", datetime(2026, 1, 1, 0, 10, tzinfo=BEIJING), partner_name=p.name)  # the next year
    concluded("passed", datetime(2025, 5, 1, 10, 0, tzinfo=BEIJING), partner_credit_code=p.credit_code)
    concluded("failed", datetime(2025, 7, 1, 10, 0, tzinfo=BEIJING), partner_credit_code=p.credit_code,
              partner_name="天山农商行")  # named twice: one failure
    concluded("failed", datetime(2025, 8, 1, 10, 0, tzinfo=BEIJING), partner_credit_code=q.credit_code)
    return p, q


@pytest.mark.parametrize(("fact", "data", "other_year"), [
    ("marketing_violations", "monitored", 2024),  # monitoring records, by the day seen
    ("inspection_failures", "inspected", 2026),  # failed inspections of its sales, by the Beijing day concluded
])
def test_each_fact_is_counted_where_its_records_live(request, fact, data, other_year):
    p, q = request.getfixturevalue(data)
    found = facts.figures([p, q], Period.year(2025))
    assert (found[p.pk][fact].total, found[q.pk][fact].total) == (3, 1)
    assert facts.figures([p], Period.year(other_year))[p.pk][fact].total == 1


def test_the_evaluation_reads_the_counts_and_scores_them(cast, monitored, inspected):
    p, _q = monitored
    evaluation = services.evaluate(partner_id=p.pk, by=cast.officer, year=2025)
    assert (evaluation.marketing_violations, evaluation.inspection_failures) == (3, 3)
    assert evaluation.score == 100 - 5 * 3 - 5 * 3  # 70
    assert evaluation.outcome == "rectify"


def test_a_fact_nobody_provides_is_not_available_not_zero(cast, register, monkeypatch, client):
    monkeypatch.setattr(registry, "_partner_facts", {})
    p = register()
    evaluation = services.evaluate(partner_id=p.pk, by=cast.officer, year=2025)
    assert (evaluation.marketing_violations, evaluation.inspection_failures) == (None, None)
    assert evaluation.score == 100
    client.force_login(cast.officer)
    page = client.get(f"/partners/{p.pk}/?year=2025").content.decode()
    assert page.count("暂不可用") >= 4  # the two figures above and in the evaluated row


def test_the_page_shows_the_figures_with_links_to_exactly_their_records(cast, monitored, inspected, client):
    p, _q = monitored
    client.force_login(cast.officer)
    page = client.get(f"/partners/{p.pk}/?year=2025")
    html = page.content.decode()
    figures = page.context["preview"].figures
    assert page.context["preview"].score == 70
    monitoring = figures["marketing_violations"].parts[0]
    inspection = figures["inspection_failures"].parts[0]
    assert monitoring.url in html.replace("&amp;", "&") and inspection.url in html.replace("&amp;", "&")
    listed = client.get(monitoring.url)
    assert listed.status_code == 200 and listed.context["page"].paginator.count == 3
    listed = client.get(inspection.url)
    assert listed.status_code == 200 and listed.context["page"].paginator.count == 3
    by_name = client.get("/inspection/?partner=天山农商行&status=failed")  # a former name finds all its sales
    assert by_name.context["page"].paginator.count == 4  # the three of 2025 and the one of 2026


def test_the_demo_shows_figures_counted_where_the_records_live(db, settings, tmp_path):
    """The bank's leaflet seen last year (reviews demo) is in its evaluation; the misleading telephone sale
    (traceability demo) names the outsourced call centre, whose evaluation counts it once an inspection fails it."""
    from tests.conftest import seed_demo_through
    from xiaobao.partners.models import Partner
    from xiaobao.traceability.models import SaleRecord

    settings.MEDIA_ROOT = tmp_path / "files"
    seed_demo_through("traceability")
    bank = Partner.objects.get(name="天山农村商业银行股份有限公司")
    assert bank.evaluations.get().marketing_violations == 1
    centre = Partner.objects.get(name="新疆声联呼叫服务有限公司")
    assert SaleRecord.objects.filter(partner_name=centre.name).count() == 1


def test_a_violation_is_marked_rectified_once_on_the_page_and_in_the_api(cast, register, client):
    from tests.partners.conftest import token

    p = register()
    first, second = (services.violation_record(partner_id=p.pk, by=cast.officer, what="误导宣传", source="audit",
                                               occurred_on=date(2025, 3, 1)) for _ in range(2))
    client.force_login(cast.officer)
    assert f"/partners/{p.pk}/violations/{first.pk}/rectified/" in client.get(f"/partners/{p.pk}/").content.decode()
    client.post(f"/partners/{p.pk}/violations/{first.pk}/rectified/", {"on": "2025-04-01"})
    first.refresh_from_db()
    assert first.rectified_on == date(2025, 4, 1)
    again = client.post(f"/partners/{p.pk}/violations/{first.pk}/rectified/", {"on": "2025-05-01"}, follow=True)
    first.refresh_from_db()
    assert first.rectified_on == date(2025, 4, 1) and "已于 2025-04-01" in again.content.decode()
    url = f"/api/v1/partners/violations/{second.pk}/rectified"
    too_early = client.post(url, {"on": "2025-02-01"}, content_type="application/json", **token(cast.officer))
    assert too_early.status_code == 422 and too_early.json()["field"] == "on"
    done = client.post(url, {"on": "2025-06-01"}, content_type="application/json", **token(cast.officer))
    assert done.status_code == 200 and done.json()["rectified_on"] == "2025-06-01"
    assert client.post(url, {"on": "2025-06-02"}, content_type="application/json",
                       **token(cast.officer)).status_code == 409
    assert services.evaluate(partner_id=p.pk, by=cast.officer, year=2025).rectified == 2
    outsider = client.post(url, {"on": "2025-06-01"}, content_type="application/json", **token(cast.handler_b))
    assert outsider.status_code in (403, 404)
