"""Indicator templates as versioned data: the shipped sets (`indicator_sets/*.toml`) and the officers' saved
versions (`IndicatorSet`), parsed by the pure `scoring.parse`, with every broken rule worded in Chinese."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xiaobao.assessment import scoring
from xiaobao.assessment.models import IndicatorSet
from xiaobao.audit import services as audit
from xiaobao.core.errors import InvalidInput

SHIPPED_DIR = Path(__file__).with_name("indicator_sets")
SHIPPED_VERSION = "shipped"
MAX_CONTENT = 100_000

MESSAGES = {
    "not_toml": gettext_lazy("The indicator system is not valid TOML: %(error)s"),
    "missing": gettext_lazy("“%(name)s”: “%(key)s” is missing or invalid."),
    "not_a_number": gettext_lazy("“%(name)s”: “%(key)s” must be a number."),
    "unknown_period": gettext_lazy("The period must be quarter or year."),
    "unknown_method": gettext_lazy("Indicator “%(indicator)s”: unknown scoring method “%(method)s”."),
    "no_elements": gettext_lazy("The indicator system has no elements."),
    "no_bands": gettext_lazy("Indicator “%(indicator)s”: the bands are missing."),
    "no_otherwise_band": gettext_lazy("Indicator “%(indicator)s”: the last band must have no threshold (otherwise)."),
    "band_score": gettext_lazy("Indicator “%(indicator)s”: a band gives %(score)s points, more than its weight "
                               "%(weight)s or below 0."),
    "linear_flat": gettext_lazy("Indicator “%(indicator)s”: best and worst must differ."),
    "negative": gettext_lazy("“%(indicator)s”: %(value)s must be greater than 0."),
    "cap_above_weight": gettext_lazy("Indicator “%(indicator)s”: the deduction cap %(cap)s exceeds its weight "
                                     "%(weight)s."),
    "cap_above_element": gettext_lazy("Indicator “%(indicator)s”: the deduction cap %(cap)s exceeds the cap "
                                      "%(limit)s of element “%(element)s”."),
    "method_in_deduction": gettext_lazy("Indicator “%(indicator)s”: a deduction element takes only deduction or "
                                        "manual indicators."),
    "duplicate_code": gettext_lazy("The code “%(code)s” is used twice."),
    "no_indicators": gettext_lazy("Element “%(element)s” has no indicators."),
    "deduction_cap": gettext_lazy("Deduction element “%(element)s” needs a cap greater than 0."),
    "below_minimum": gettext_lazy("Element “%(element)s”: weight %(weight)s is below its minimum weight "
                                  "%(minimum)s."),
    "above_maximum": gettext_lazy("Element “%(element)s”: weight %(weight)s is above its maximum weight "
                                  "%(maximum)s."),
    "indicators_sum": gettext_lazy("Element “%(element)s”: its indicators weigh %(sum)s in all, not the element's "
                                   "weight %(weight)s."),
    "weights_sum": gettext_lazy("The element weights add up to %(sum)s, not %(total)s."),
    "minimums_exceed_total": gettext_lazy("The minimum weights add up to %(sum)s, more than %(total)s."),
    "no_grades": gettext_lazy("The grade bands are missing."),
    "grades_order": gettext_lazy("Grade bands must go from the highest threshold down, each different."),
    "grades_range": gettext_lazy("Grade thresholds must lie between 0 and %(total)s, the last one 0."),
    "score_range": gettext_lazy("Indicator “%(indicator)s”: the score %(score)s must lie between %(low)s and "
                                "%(high)s."),
}


class TemplateError(InvalidInput):
    code = "invalid_template"


def describe(problem: scoring.Problem) -> str:
    message = MESSAGES.get(problem.code)
    return str(message) % problem.params if message is not None else f"{problem.path}: {problem.code}"


def parse(text: str) -> scoring.Template:
    """The template, or `TemplateError` (422) whose message names the first broken rule; data.errors has all."""
    try:
        return scoring.parse(text)
    except scoring.TemplateInvalid as exc:
        errors = [{"field": p.path, "message": describe(p)} for p in exc.problems]
        raise TemplateError(errors[0]["message"], field="content", errors=errors) from exc


def version_label(version: object) -> str:
    """A template version as users read it: the shipped file is 内置版本, a saved version v3 (never "shipped")."""
    if str(version) == SHIPPED_VERSION:
        return _("built-in version")
    return f"v{version}" if str(version).isdigit() else str(version)


def shipped_codes() -> list[str]:
    return sorted(path.stem for path in SHIPPED_DIR.glob("*.toml"))


def shipped_text(code: str) -> str:
    if code not in shipped_codes():
        raise TemplateError(_("No such indicator system."), field="template")
    return (SHIPPED_DIR / f"{code}.toml").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Current:
    code: str
    version: str  # "shipped" or "v3"
    text: str
    template: scoring.Template


def current(code: str) -> Current:
    """The version in force of template `code`: the newest saved version, else the shipped file."""
    saved = IndicatorSet.objects.filter(code=code).order_by("-version").first()
    if saved is not None:
        return Current(code, f"v{saved.version}", saved.content, parse(saved.content))
    text = shipped_text(code)
    return Current(code, SHIPPED_VERSION, text, parse(text))


def available() -> list[Current]:
    codes = sorted(set(shipped_codes()) | set(IndicatorSet.objects.values_list("code", flat=True)))
    return [current(code) for code in codes]


def save_version(*, by: object, content: str, note: str) -> IndicatorSet:
    """A new version of a template (refused with every problem when its weights break its rules)."""
    if len(content) > MAX_CONTENT:
        raise TemplateError(_("The indicator system is too long."), field="content")
    note = (note or "").strip()
    if not note or len(note) > 200:
        raise InvalidInput(_("Give the reason for the change (at most 200 characters)."), field="note")
    template = parse(content)
    with transaction.atomic():
        latest = IndicatorSet.objects.select_for_update().filter(code=template.code).order_by("-version").first()
        try:
            saved = IndicatorSet.objects.create(code=template.code, version=(latest.version + 1) if latest else 1,
                                                content=content, note=note, created_by=by)
        except IntegrityError as exc:  # two saves at once: the other one won
            raise InvalidInput(_("Someone saved a version at the same time; reload and retry."),
                               field="content") from exc
        audit.record(action="assessment.template_saved", obj=saved, actor=by,
                     after={"code": saved.code, "version": saved.version}, note=note)
    return saved
