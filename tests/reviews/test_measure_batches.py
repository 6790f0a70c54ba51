"""Every review measure read for many institutions at once equals the same measure read one institution at a
time (the registry's batch contract), on requests, opinions, releases and monitoring finds in several subtrees."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import time_machine

from tests.batches import batch_equals_one_by_one, module_codes
from tests.reviews.conftest import CLEAN, upload
from tests.reviews.test_services import _opinion
from xiaobao.core.registry import Period
from xiaobao.reviews import services
from xiaobao.reviews.codes import Answer, Conclusion, Severity

pytestmark = pytest.mark.django_db

CODES = {"reviews.count", "reviews.adoption_rate", "reviews.overdue", "reviews.average_days",
         "reviews.marketing_violations", "reviews.unreviewed_share"}


def test_every_review_measure_batched_equals_one_by_one(submit, compliance, cast):
    with time_machine.travel("2026-11-02 10:00 +0800", tick=False):
        answered = submit()  # 乌鲁木齐: three opinions, two adopted
        opinions = [_opinion(answered, compliance, severity=Severity.SUGGEST) for _ in range(3)]
        answered.refresh_from_db()
        services.opinions_send(request_id=answered.pk, version=answered.version, by=compliance)
        for opinion, answer in zip(opinions, (Answer.ADOPTED, Answer.PARTLY, Answer.NOT_ADOPTED), strict=True):
            services.opinion_answer(opinion_id=opinion.pk, by=cast.handler_a, answer=answer, reason="理由说明")
        submit(title="喀什的海报", by=cast.handler_b, institution=cast.sub_b)  # open, overdue by the 20th
        passed = submit(title="网点的海报", institution=cast.outlet_a, uploads=[upload(CLEAN)])
    with time_machine.travel("2026-11-04 16:00 +0800", tick=False):
        services.conclude(request_id=passed.pk, version=passed.version, by=compliance, conclusion=Conclusion.PASS)
        passed.refresh_from_db()
        services.release_register(request_id=passed.pk, by=cast.handler_a, document_id=passed.documents.get().pk,
                                  channel="website", location="https://example.com", published_on=date(2026, 11, 5))
        for institution, text in ((cast.sub_a, "存10年拿回本金还有利息，稳赚不赔！"), (cast.sub_b, "保本保息，稳赚不赔！")):
            services.monitoring_record(by=compliance, institution=institution, source="wechat_moments",
                                       seen_on=date(2026, 11, 4), text=text, agent_name="张某")
    institutions = [cast.branch, cast.sub_a, cast.outlet_a, cast.sub_b]
    assert set(module_codes("reviews")) == CODES
    with time_machine.travel("2026-11-20 10:00 +0800", tick=False):
        seen = batch_equals_one_by_one(CODES, institutions, [Period.quarter(2026, 4), Period.year(2026),
                                                             Period.month(2026, 11), Period.quarter(2026, 3)])
    q4 = "2026年第4季度"
    assert seen[("reviews.count", "650000", q4)] == 3 and seen[("reviews.count", "650100", q4)] == 2
    assert seen[("reviews.adoption_rate", "650100", q4)] == Decimal("66.7")
    assert seen[("reviews.adoption_rate", "653100", q4)] is None  # no opinion in 喀什
    assert seen[("reviews.overdue", "650000", q4)] == 2
    assert seen[("reviews.marketing_violations", "650000", q4)] == 2
    assert seen[("reviews.marketing_violations", "653100", q4)] == 1
    assert seen[("reviews.average_days", "650102", q4)] is not None  # the outlet's concluded request
    assert seen[("reviews.count", "650000", "2026年第3季度")] == 0
