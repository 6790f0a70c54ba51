"""The grading rules as a form: the same versioned TOML, Chinese messages naming the row, a preview of the effect
on open cases, and no save over a version saved meanwhile."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.major.conftest import group_complaint
from xiaobao.major import grading, rules_form
from xiaobao.major.models import GradingRuleSet


def form_data(rules: grading.Rules, note: str = "") -> dict[str, Any]:
    """What a browser posts for the form as the page shows it (every row filled from `rules`, blank extra rows)."""
    editor = rules_form.RulesForm(rules)
    data: dict[str, Any] = {"mode": "form", "note": note}

    def put(form: Any) -> None:
        for name in form.fields:
            value = form.initial.get(name, form.fields[name].initial)
            if name == "level" and not value:
                value = "general"  # a select posts its first option
            if value is None or value is False:
                continue
            data[form.add_prefix(name)] = ("on" if value is True else [str(v) for v in value]
                                           if isinstance(value, list | tuple) else str(value))

    for form in editor.levels.values():
        put(form)
    for formset in (editor.rules, editor.combinations):
        data.update({formset.management_form.add_prefix(k): v for k, v in formset.management_form.initial.items()})
        for form in formset.forms:
            put(form)
    put(editor.settings)
    return data


def test_the_form_renders_back_to_the_same_rules():
    shipped = grading.parse(grading.default_text())
    again = grading.parse(grading.render(shipped))
    for name in ("levels", "rules", "escalation_roles", "notify_branch_officers", "escalation_repeat_hours",
                 "duplicate_window_days", "duplicate_match", "recurrence_threshold", "root_causes"):
        assert getattr(again, name) == getattr(shipped, name), name
    odd = grading.render(grading.parse(grading.default_text().replace('label = "监管转办"', 'label = "监管\\"转办\\"\\n"')))
    assert grading.parse(odd).rules[6].label == '监管"转办"\n'


def test_the_officer_changes_a_threshold_in_the_form_and_a_new_version_is_in_force(client, cast):
    client.force_login(cast.officer)
    page = client.get("/major/rules/").content.decode()
    assert "投诉人数" in page and "首次响应时限（小时）" in page and "同时满足" in page
    data = form_data(grading.current(), note="群体投诉起点调为6人")
    assert data["rule-0-factor"] == "complainant_count" and data["rule-0-at_least"] == "5"
    data["rule-0-at_least"] = "6"
    data["rule-3-remove"] = "on"  # 争议金额10万元及以上
    data["rule-10-factor"], data["rule-10-at_least"], data["rule-10-level"] = "repeat_count", "5", "major"  # a blank row
    r = client.post("/major/rules/", data)
    assert r.status_code == 302, r.content.decode()[:3000]
    saved = GradingRuleSet.objects.get()
    assert saved.note == "群体投诉起点调为6人" and saved.created_by == cast.officer
    rules = grading.current()
    assert rules.version == f"v{saved.version}"
    assert grading.suggest(grading.Facts(complainant_count=5), rules).level == "general"
    assert grading.suggest(grading.Facts(complainant_count=6), rules).level == "serious"
    assert grading.suggest(grading.Facts(disputed_amount=Decimal("200000")), rules).level == "general"
    repeat = grading.suggest(grading.Facts(repeat_count=5), rules)
    assert repeat.level == "major" and repeat.reasons[0]["label"] == "窗口期内重复投诉次数"  # the condition's name
    assert rules.root_causes == grading.parse(grading.default_text()).root_causes  # carried over unchanged
    assert len(rules.rules) == len(grading.parse(grading.default_text()).rules)  # one removed, one added


def test_wrong_rows_are_named_in_chinese_and_nothing_is_saved(client, cast):
    client.force_login(cast.officer)
    data = form_data(grading.current(), note="试改")
    data["rule-0-at_least"] = ""
    data["combination-0-all_of"] = ["elderly"]
    r = client.post("/major/rules/", data)
    body = r.content.decode()
    assert r.status_code == 422 and not GradingRuleSet.objects.exists()
    assert "分级规则 1 · 不低于" in body and "这一条件需要一个数值" in body
    assert "组合 1 · 同时满足" in body and "请选择两个及以上条件" in body
    assert 'value="试改"' in body  # the reason is kept

    data = form_data(grading.current(), note="试改")
    data["level-major-first_response_hours"] = "30"  # more time than 较大 (12 h)
    body = client.post("/major/rules/", data).content.decode()
    assert "重大 · 首次响应时限（小时）" in body and "较高等级的时限不得长于较低等级" in body
    errors = body.split('data-testid="rule-errors"')[1].split("</div>")[0]
    assert "levels.major" not in errors and "first_response_hours" not in errors
    assert not GradingRuleSet.objects.exists()

    data = form_data(grading.current(), note="")
    r = client.post("/major/rules/", data)
    errors = r.content.decode().split('data-testid="rule-errors"')[1].split("</div>")[0]
    assert r.status_code == 422 and "修改" in errors and not GradingRuleSet.objects.exists()  # the reason is required


def test_the_preview_shows_open_cases_whose_level_would_change_and_saves_nothing(client, cast, make_complaint):
    c = group_complaint(make_complaint)  # 12 policyholders: 重大 under the shipped rules
    make_complaint()  # one complainant: 一般 either way
    client.force_login(cast.officer)
    data = form_data(grading.current())
    data["rule-2-at_least"] = "12"  # 群体投诉 30 → 12 人: 特别重大
    data["preview"] = "1"
    r = client.post("/major/rules/", data)
    body = r.content.decode()
    assert r.status_code == 200 and not GradingRuleSet.objects.exists()
    assert "对在办投诉的影响" in body and c.number in body and "重大 → 特别重大" in body
    effect = r.context["effect"]
    assert effect.looked_at == 2 and effect.now["major"] == 1 and effect.then["critical"] == 1
    assert [x[0].pk for x in effect.changed] == [c.pk]


def test_a_save_over_a_version_saved_meanwhile_is_refused(client, cast):
    client.force_login(cast.officer)
    stale = form_data(grading.current(), note="我的修改")  # opened at the built-in rules
    text = grading.default_text().replace("threshold = 3", "threshold = 4")
    assert client.post("/major/rules/", {"mode": "toml", "content": text, "note": "另一位专员",
                                         "base_version": "default"}).status_code == 302
    stale["rule-0-at_least"] = "6"
    r = client.post("/major/rules/", stale)
    assert r.status_code == 409 and "重新打开" in r.content.decode()
    assert GradingRuleSet.objects.count() == 1 and grading.current().recurrence_threshold == 4


def test_a_handler_sees_the_rules_but_cannot_post_them(client, cast):
    client.force_login(cast.handler_a)
    page = client.get("/major/rules/").content.decode()
    assert "投诉人数" in page and "保存为新版本" not in page
    assert client.post("/major/rules/", form_data(grading.current(), note="x")).status_code == 403
    assert not GradingRuleSet.objects.exists()
