"""Reproducible sampling: a hash of (seed, item id), quotas per group, the plans' configuration."""

from __future__ import annotations

from decimal import Decimal

import pytest

from xiaobao.core.errors import Conflict, InvalidInput, PermissionDenied
from xiaobao.inspection import sampling
from xiaobao.inspection.models import SamplingPlan
from xiaobao.inspection.services import config


def test_the_same_seed_draws_the_same_sample_whatever_the_order():
    ids = list(range(1, 401))
    first = sampling.draw(ids, seed="2026-12", rate_percent=Decimal(5))
    again = sampling.draw(list(reversed(ids)), seed="2026-12", rate_percent=Decimal(5))
    assert first == again and len(first) == 20
    other = sampling.draw(ids, seed="2027-01", rate_percent=Decimal(5))
    assert set(other) != set(first)
    assert sampling.rank("s", 7) == sampling.rank("s", 7) != sampling.rank("s", 8)


@pytest.mark.parametrize(("n", "rate", "expected"), [
    (0, "5", 0), (1, "5", 1), (19, "5", 1), (20, "5", 1), (21, "5", 2), (10, "100", 10), (3, "50", 2)])
def test_quota_is_the_ceiling_and_at_least_one(n, rate, expected):
    assert sampling.quota(n, Decimal(rate)) == expected


@pytest.mark.django_db
def test_plans_are_configured_by_officers_with_versions(cast, inspector):
    plan = config.plan_create(by=cast.officer, name="高龄客户全检", condition="age_at_least", threshold=60,
                              rate_percent="100", seed="elderly")
    assert plan.rate_percent == Decimal("100.00")
    with pytest.raises(PermissionDenied):
        config.plan_create(by=inspector, name="x", condition="all", rate_percent=5, seed="s")
    with pytest.raises(InvalidInput) as caught:
        config.plan_create(by=cast.officer, name="y", condition="agent_complained", rate_percent=100, seed="s")
    assert caught.value.field == "threshold"
    with pytest.raises(InvalidInput) as caught:
        config.plan_create(by=cast.officer, name="z", condition="all", rate_percent=0, seed="s")
    assert caught.value.field == "rate_percent"
    with pytest.raises(InvalidInput) as caught:
        config.plan_create(by=cast.officer, name="z", condition="all", rate_percent=5, seed="有空格 ")
    assert caught.value.field == "seed"
    updated = config.plan_update(plan_id=plan.pk, version=1, by=cast.officer, name=plan.name,
                                 condition="age_at_least", threshold=65, rate_percent=100, seed="elderly")
    assert updated.version == 2 and updated.threshold == 65
    with pytest.raises(Conflict):
        config.plan_update(plan_id=plan.pk, version=1, by=cast.officer, name=plan.name, condition="all",
                           rate_percent=100, seed="elderly")
    assert SamplingPlan.objects.get().threshold == 65


@pytest.mark.django_db
def test_the_plans_page_and_api(client, cast, inspector):
    client.force_login(cast.officer)
    response = client.post("/inspection/plans/", {"name": "每人每月5%", "condition": "all", "rate_percent": "5",
                                                  "seed": "2026", "active": "on"})
    assert response.status_code == 302
    body = {"name": "近90天被投诉人员全检", "condition": "agent_complained", "threshold": 90,
            "rate_percent": "100", "seed": "complained", "active": True}
    created = client.post("/api/v1/inspection/plans", body, content_type="application/json")
    assert created.status_code == 201, created.content
    again = client.post("/api/v1/inspection/plans", body, content_type="application/json")
    assert again.status_code == 200 and again.json()["id"] == created.json()["id"]
    stale = client.put(f"/api/v1/inspection/plans/{created.json()['id']}", {**body, "version": 9},
                       content_type="application/json")
    assert stale.status_code == 409
    client.force_login(inspector)
    page = client.get("/inspection/plans/").content.decode()
    assert "每人每月5%" in page and 'data-testid="plan-form"' not in page
    assert len(client.get("/api/v1/inspection/plans").json()) == 2


@pytest.mark.django_db
def test_the_plans_page_names_each_plan_and_marks_its_seed_as_a_code(client, cast, all_calls_plan):
    """The plan is shown by its name; its seed (letters the officer typed, e.g. "all") is a code, marked
    translate="no" so neither a browser's translation nor a reader takes it for a word of the interface."""
    client.force_login(cast.officer)
    for url in ("/inspection/plans/", f"/inspection/plans/{all_calls_plan.pk}/"):
        page = client.get(url).content.decode()
        row = page.split('data-testid="plans"')[1].split("</table>")[0]
        assert f'>{all_calls_plan.name}</a></td>' in row and '<td><code translate="no">all</code></td>' in row
        assert row.count(">all<") == 1  # the seed only, never in place of the name
