"""Counts per institution and period on constructed data, against values computed by hand."""

from __future__ import annotations

import re
from datetime import date

import pytest
import time_machine

from tests.outreach.conftest import CLEAN
from xiaobao.core import registry
from xiaobao.core.errors import NotFound
from xiaobao.core.registry import Period
from xiaobao.outreach import selectors, services
from xiaobao.outreach.codes import Audience, Format, PieceKind

pytestmark = pytest.mark.django_db
Q1 = Period.quarter(2026, 1)


@pytest.fixture
def data(cast, campaign, make_activity, make_piece, publish):
    other = services.campaign_save(by=cast.officer, name="防范非法集资宣传月")
    with time_machine.travel("2026-06-30 12:00:00+08:00", tick=False):
        # sub_a's subtree in Q1: two 3·15 activities, one at the outlet below sub_a, one regular
        make_activity(held_on=date(2026, 3, 15), fmt=Format.COMMUNITY, audiences=[Audience.ELDERLY, Audience.RURAL],
                      people=120, materials=300, campaign=campaign)
        make_activity(institution=cast.outlet_a, held_on=date(2026, 3, 16), fmt=Format.SCHOOL,
                      audiences=[Audience.YOUNG], people=80, materials=50, campaign=campaign, title="进校园")
        make_activity(held_on=date(2026, 1, 1), fmt=Format.COMMUNITY, audiences=[Audience.ELDERLY], people=40,
                      materials=0, title="元旦常态化宣传")
        # outside: Q2 for sub_a, and sub_b in Q1
        make_activity(held_on=date(2026, 4, 1), fmt=Format.VILLAGE, people=1000, campaign=other, title="四月")
        make_activity(by=cast.handler_b, institution=cast.sub_b, held_on=date(2026, 3, 31), fmt=Format.VILLAGE,
                      audiences=[Audience.MINORITY], people=500, materials=700, campaign=other, title="喀什")
        # pieces: two case stories and an article published in Q1, a withdrawn one, a draft, one in Q2
        for day, kind, reads, plays in ((date(2026, 2, 1), PieceKind.CASE_STORY, 100, 0),
                                        (date(2026, 3, 31), PieceKind.CASE_STORY, 50, 0),
                                        (date(2026, 3, 1), PieceKind.ARTICLE, 0, 900),
                                        (date(2026, 3, 2), PieceKind.CASE_STORY, 7000, 0),
                                        (date(2026, 4, 1), PieceKind.CASE_STORY, 10, 0)):
            piece = make_piece(CLEAN, kind=kind)
            published = publish(piece, cast.handler_a, published_on=day)
            services.record_reach(piece_id=piece.pk, by=cast.handler_a, reads=reads, plays=plays)
            if reads == 7000:
                services.withdraw(piece_id=piece.pk, version=published.version + 1, by=cast.handler_a,
                                  reason="内容过期，撤回。")
        make_piece(CLEAN)  # a draft never counts
    return other


def test_counts_by_campaign_format_and_audience(cast, campaign, data):
    n = selectors.numbers(cast.sub_a, Q1)
    assert (n.total.activities, n.total.people, n.total.materials) == (3, 120 + 80 + 40, 300 + 50 + 0)
    assert (n.by_campaign[campaign.name].activities, n.by_campaign[campaign.name].people) == (2, 200)
    assert (n.by_campaign["regular"].activities, n.by_campaign["regular"].people) == (1, 40)
    assert set(n.by_campaign) == {campaign.name, "regular"}
    assert (n.by_format[Format.COMMUNITY].activities, n.by_format[Format.COMMUNITY].people) == (2, 160)
    assert n.by_format[Format.SCHOOL].people == 80
    # an activity for several groups counts in each group
    assert (n.by_audience[Audience.ELDERLY].activities, n.by_audience[Audience.ELDERLY].people) == (2, 160)
    assert n.by_audience[Audience.RURAL].people == 120 and n.by_audience[Audience.YOUNG].people == 80
    assert n.case_stories == 2 and n.pieces[PieceKind.ARTICLE] == 1 and n.published == 3
    assert (n.reads, n.plays, n.reach) == (150, 900, 1050)
    branch = selectors.numbers(cast.branch, Q1)
    assert (branch.total.activities, branch.total.people) == (4, 240 + 500)
    assert selectors.numbers(cast.outlet_a, Q1).total.people == 80


def test_measures_through_the_registry_with_evidence(cast, campaign, data):
    value = registry.compute_measure("outreach.activity_count", cast.sub_a, Q1)
    assert value.value == 3
    assert "institution=650100" in value.evidence_url and "held_from=2026-01-01" in value.evidence_url
    assert campaign.name in value.detail
    assert registry.compute_measure("outreach.people_reached", cast.sub_a, Q1).value == 240
    assert registry.compute_measure("outreach.materials", cast.sub_a, Q1).value == 350
    stories = registry.compute_measure("outreach.case_story_count", cast.sub_a, Q1)
    assert stories.value == 2 and "kind=case_story" in stories.evidence_url
    assert registry.compute_measure("outreach.article_count", cast.sub_a, Q1).value == 3
    assert registry.compute_measure("outreach.article_reach", cast.sub_a, Q1).value == 1050


def test_the_evidence_url_lists_exactly_the_counted_records(client, cast, campaign, data):
    client.force_login(cast.officer)
    stories = registry.compute_measure("outreach.case_story_count", cast.sub_a, Q1)
    page = client.get(stories.evidence_url).content.decode()
    assert len(re.findall(r'<td><a href="/outreach/pieces/\d+/">', page)) == 2
    activities = registry.compute_measure("outreach.activity_count", cast.sub_a, Q1)
    page = client.get(activities.evidence_url).content.decode()
    assert len(re.findall(r'<td><a href="/outreach/activities/\d+/">', page)) == 3


def test_the_summary_rows_and_table(cast, campaign, data):
    rows = selectors.summary(cast.officer, cast.branch, Q1)
    assert [r.institution.code for r in rows] == ["650000", "650100", "653100"]
    assert [r.numbers.total.people for r in rows] == [740, 240, 500]
    table = selectors.summary_table(rows)
    assert table[0][0] == "新疆分公司" and table[0][3:] == [4, 740, 300 + 50 + 0 + 700]
    # a handler sees only their own subtree in the summary
    assert [(r.institution.code, r.numbers.total.people) for r in selectors.summary(cast.handler_a, cast.sub_a, Q1)] \
        == [("650100", 240), ("650102", 80)]
    with pytest.raises(NotFound):
        selectors.summary(cast.handler_b, cast.sub_a, Q1)
