"""Pages of the officer's configuration: the inspection rules (form and TOML) and the sampling plans."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from xiaobao.core.errors import DomainError, NotFound
from xiaobao.inspection import forms, labels, selectors
from xiaobao.inspection import rules as rules_module
from xiaobao.inspection.services import config
from xiaobao.inspection.services._common import CONFIGURERS


def _shown(request: HttpRequest) -> tuple[rules_module.Rules, str]:
    """The rules shown: a version asked for (?version=3 / default), else the rules in force."""
    current = rules_module.current()
    asked = request.GET.get("version", "")
    text = rules_module.version_text(asked) if asked else None
    if text is None:
        return current, ""
    return rules_module.parse(text, version=asked), asked


def _formset(data: Any, shown: rules_module.Rules) -> forms.RuleFormSet:
    initial = [{"channel": r.channel, "product_line": r.product_line, "required": list(r.required)}
               for r in shown.rules]
    return forms.RuleFormSet(data, initial=None if data else initial, prefix="rule",
                             channels={r.channel for r in shown.rules}, lines={r.product_line for r in shown.rules})


def _rules_from(formset: forms.RuleFormSet) -> list[rules_module.Rule]:
    out = []
    for form in formset.forms:
        d = form.cleaned_data
        if not d or d.get("remove"):
            continue
        if not d.get("required") and form.has_changed() is False:
            continue  # an untouched empty row
        out.append(rules_module.Rule(d["channel"], d["product_line"], tuple(d["required"])))
    return out


@login_required
def rules_page(request: HttpRequest) -> HttpResponse:
    """质检规则: the rules in force as a table of channel × product line → required steps (and as TOML)."""
    shown, asked = _shown(request)
    can_edit = request.user.has_role(*CONFIGURERS) and not request.user.is_read_only
    errors: list[dict[str, str]] = []
    scoring = forms.ScoringForm(initial={**vars(shown.scoring), "note": ""})
    formset = _formset(None, shown)
    content = shown.text
    if request.method == "POST":
        raw = request.POST.get("mode") == "toml"
        scoring = forms.ScoringForm(None if raw else request.POST, initial={**vars(shown.scoring)})
        formset = _formset(None if raw else request.POST, shown)
        content = request.POST.get("content", "") if raw else ""
        note = request.POST.get("note", "")
        try:
            if not raw:
                if not (scoring.is_valid() and formset.is_valid()):
                    raise DomainError(_("Correct the marked fields."))
                s = scoring.cleaned_data
                content = rules_module.render(_rules_from(formset), rules_module.Scoring(
                    s["missing_step"], s["violation"], s["pass_score"]))
            saved = config.rules_save(by=request.user, content=content, note=note)
        except DomainError as exc:
            errors = exc.data.get("errors") or [{"field": exc.field or "", "message": str(exc.message)}]
        else:
            messages.success(request, _("Saved as version %(v)s; it applies to transcripts checked from now on.")
                             % {"v": saved.version})
            return redirect("inspection:rules")
    rows = [{"rule": r, "channel": labels.channel_label(r.channel), "line": labels.line_label(r.product_line),
             "steps": [labels.step_label(s) for s in r.required]} for r in shown.rules]
    return render(request, "inspection/rules.html", {
        "current": rules_module.current(), "shown": shown, "asked": asked, "rows": rows, "formset": formset,
        "scoring": scoring, "content": content, "errors": errors, "can_edit": can_edit,
        "history": selectors.rule_history(), "steps": labels.step_choices()})


@login_required
def plans_page(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """抽样计划: the plans and a form to add one (or edit `pk`)."""
    can_edit = request.user.has_role(*CONFIGURERS) and not request.user.is_read_only
    plan = None
    if pk is not None:
        try:
            plan = selectors.plan_get(pk=pk)
        except NotFound as exc:
            raise Http404 from exc
    initial = ({"name": plan.name, "condition": plan.condition, "threshold": plan.threshold,
                "rate_percent": plan.rate_percent, "seed": plan.seed, "active": plan.active,
                "version": plan.version} if plan else {"active": True, "rate_percent": 100})
    form = forms.PlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        fields = {"name": d["name"], "condition": d["condition"], "threshold": d["threshold"],
                  "rate_percent": d["rate_percent"], "seed": d["seed"], "active": d["active"]}
        try:
            if plan is None:
                config.plan_create(by=request.user, **fields)
            else:
                config.plan_update(plan_id=plan.pk, version=d["version"] or 0, by=request.user, **fields)
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("The sampling plan is saved."))
            return redirect("inspection:plans")
    return render(request, "inspection/plans.html", {"plans": selectors.plans(), "form": form, "plan": plan,
                                                     "can_edit": can_edit})
