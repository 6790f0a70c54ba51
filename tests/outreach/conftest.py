"""The outreach module's fixtures: the shared cast, a campaign, and makers that go through the services."""

from __future__ import annotations

from datetime import date

import pytest

from xiaobao.outreach import services
from xiaobao.outreach.codes import Channel, Format, PieceKind

RETURNS = "守住钱袋子：这款理财型保险保本保息，稳赚不赔，年化收益高达8%！"
PHONE = "以案说险：客户王建国（电话13812345678）在理赔中遇到的问题。"
CLEAN = "以案说险：暴雨天请勿强行涉水，出险后请及时报案，投保前请仔细阅读保险条款。"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"


@pytest.fixture
def campaign(cast):
    return services.campaign_save(by=cast.officer, name="3·15消费者权益保护教育宣传周")


@pytest.fixture
def make_activity(cast):
    def make(by=None, institution=None, held_on=date(2026, 3, 15), fmt=Format.COMMUNITY, audiences=(),
             people=0, materials=0, campaign=None, **extra):
        activity, _created = services.activity_create(
            by=by or cast.handler_a, institution=institution or cast.sub_a, title=extra.pop("title", "进社区宣传"),
            held_on=held_on, format=fmt, audiences=audiences, people_reached=people, materials=materials,
            campaign_id=campaign.pk if campaign else None, **extra)
        return activity

    return make


@pytest.fixture
def make_piece(cast):
    def make(text=CLEAN, by=None, institution=None, kind=PieceKind.CASE_STORY, channel=Channel.WECHAT_ACCOUNT,
             **extra):
        piece, _created = services.piece_create(by=by or cast.handler_a, institution=institution or cast.sub_a,
                                                kind=kind, title=extra.pop("title", "以案说险"), text=text,
                                                channel=channel, **extra)
        return piece

    return make


@pytest.fixture
def publish():
    def run(piece, by, **extra):
        piece.refresh_from_db()
        return services.publish(piece_id=piece.pk, version=piece.version, by=by, **extra)

    return run
