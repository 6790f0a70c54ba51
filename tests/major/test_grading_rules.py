"""Grading rules as data: the shipped file, validation errors naming each field, officer versions, suggestion."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from tests.major.conftest import group_complaint
from xiaobao.audit.models import AuditEvent
from xiaobao.complaints import services
from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.major import grading
from xiaobao.major import selectors as selectors_major
from xiaobao.major import services as major_services
from xiaobao.major.models import GradingRuleSet, MajorCase

DEFAULT = grading.default_text()


def test_the_shipped_rules_parse_and_grade_by_the_highest_matching_rule():
    rules = grading.parse(DEFAULT)
    assert grading.suggest(grading.Facts(), rules).level == "general"
    s = grading.suggest(grading.Facts(complainant_count=12, elderly=True), rules)
    assert s.level == "major"
    assert next(r["label"] for r in s.reasons) == "群体投诉（10人及以上）"
    assert grading.suggest(grading.Facts(complainant_count=5), rules).level == "serious"
    assert grading.suggest(grading.Facts(disputed_amount=Decimal("99999.99")), rules).level == "general"
    assert grading.suggest(grading.Facts(disputed_amount=Decimal("100000")), rules).level == "serious"
    assert grading.suggest(grading.Facts(media_exposure=True), rules).level == "major"
    assert grading.suggest(grading.Facts(repeat_count=2), rules).level == "serious"


def test_a_combination_reaches_a_higher_level_than_its_parts():
    rules = grading.parse(DEFAULT)
    s = grading.suggest(grading.Facts(elderly=True, extreme_threat=True), rules)
    assert s.level == "critical" and s.reasons[0]["factors"] == ["elderly", "extreme_threat"]


def test_every_error_is_reported_with_its_field_path():
    broken = (DEFAULT.replace('first_response_hours = 4\n', 'first_response_hours = "four"\n')
              .replace('factor = "elderly"', 'factor = "age"')
              .replace('notify = ["handler@case"]', 'notify = ["handler@moon"]'))
    with pytest.raises(grading.RulesError) as exc:
        grading.parse(broken)
    fields = [e["field"] for e in exc.value.data["errors"]]
    assert exc.value.http_status == 422 and exc.value.code == "invalid_rules"
    assert "levels.major.first_response_hours" in fields
    assert "levels.general.notify[0]" in fields
    assert any(f.startswith("rule[") and f.endswith(".factor") for f in fields)


def test_toml_syntax_errors_and_missing_tables_are_clear():
    with pytest.raises(grading.RulesError) as exc:
        grading.parse("levels = [")
    assert exc.value.field == "content"
    with pytest.raises(grading.RulesError) as exc:
        grading.parse(DEFAULT.replace("[recurrence]\nthreshold = 3", ""))
    assert any(e["field"] == "recurrence" for e in exc.value.data["errors"])
    with pytest.raises(grading.RulesError) as exc:
        grading.parse(DEFAULT.replace("first_response_hours = 2\n", "first_response_hours = 48\n"))
    assert exc.value.field == "levels.critical.first_response_hours"  # a higher level may not be slower


def test_an_officer_saves_a_new_version_which_is_audited_and_in_force(cast):
    stricter = DEFAULT.replace("at_least = 5\nlevel = \"serious\"", "at_least = 3\nlevel = \"serious\"")
    v1 = major_services.grading.rules_save(by=cast.officer, content=stricter, note="群体投诉门槛降为3人")
    assert v1.version == 1 and grading.current().version == "v1"
    assert grading.suggest(grading.Facts(complainant_count=3), grading.current()).level == "serious"
    v2 = major_services.grading.rules_save(by=cast.officer, content=DEFAULT, note="恢复默认")
    assert list(GradingRuleSet.objects.values_list("version", flat=True)) == [2, 1]  # history kept
    assert grading.current().version == f"v{v2.version}"
    events = AuditEvent.objects.filter(action="complaint.grading_rules")
    assert events.count() == 2 and events.order_by("seq").last().summary["note"] == "恢复默认"


def test_invalid_unchanged_or_unauthorised_rule_changes_are_refused(cast):
    with pytest.raises(grading.RulesError):
        major_services.grading.rules_save(by=cast.officer, content=DEFAULT.replace('level = "major"', 'level = "x"'),
                                    note="x")
    with pytest.raises(InvalidInput) as exc:
        major_services.grading.rules_save(by=cast.officer, content=DEFAULT, note="无变化")
    assert exc.value.field == "content"
    with pytest.raises(PermissionDenied):
        major_services.grading.rules_save(by=cast.handler_a, content=DEFAULT + "\n", note="x")
    assert not GradingRuleSet.objects.exists()


def test_the_suggestion_uses_case_data_signals_and_repeats(cast, make_complaint):
    c = make_complaint()
    assert major_services.grading.suggest(complaint_id=c.pk, by=cast.handler_a).suggested_level == "serious"  # elderly
    major_services.grading.record_signals(complaint_id=c.pk, by=cast.handler_a, media_exposure=True,
                                    extreme_threat=False, note="抖音发布视频，播放量2万")
    major = MajorCase.objects.get(complaint=c)
    assert major.suggested_level == "major"
    assert "媒体或网络曝光" in [r["label"] for r in major.suggested_reasons]
    actions = list(c.events.values_list("action", flat=True))
    assert actions.count("major_suggest") == 2 and "major_signals" in actions


def test_repeat_complaints_within_the_window_raise_the_suggestion(cast, make_complaint):
    person = services.ComplainantIn(name="赵六", phone="13700007777")
    first = make_complaint(complainant=person, policy_number="P-A")
    make_complaint(complainant=person, policy_number="P-B", received_at=first.received_at + timedelta(days=20))
    third = make_complaint(complainant=services.ComplainantIn(name="赵六"), policy_number="P-A",
                           received_at=first.received_at + timedelta(days=40))
    old = make_complaint(complainant=person, policy_number="P-C", received_at=first.received_at - timedelta(days=400))
    assert selectors_major.repeat_count(third) == 1  # policy P-A only; no phone given
    assert selectors_major.repeat_count(first) == 2  # phone (second) and policy (third); `old` is outside
    assert major_services.grading.preview(first).level == "serious"
    assert selectors_major.repeat_count(old) == 0


def test_only_the_officer_confirms_and_an_override_needs_a_reason(cast, make_complaint):
    c = group_complaint(make_complaint)
    with pytest.raises(PermissionDenied):
        major_services.grading.confirm(complaint_id=c.pk, by=cast.handler_a)
    with pytest.raises(InvalidInput) as exc:
        major_services.grading.confirm(complaint_id=c.pk, by=cast.officer, level="critical")
    assert exc.value.field == "reason"
    major = major_services.grading.confirm(complaint_id=c.pk, by=cast.officer, level="critical", reason="涉及群体性上访风险")
    assert (major.level, major.suggested_level, major.override_reason) == ("critical", "major", "涉及群体性上访风险")
    event = c.events.get(action="major_override")
    assert event.data["suggested"] == "major" and event.reason == "涉及群体性上访风险"
    audit = AuditEvent.objects.get(action="complaint.major_override")
    assert audit.summary["after"] == {"level": "critical"} and audit.actor_username == "officer"
