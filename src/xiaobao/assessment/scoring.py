"""The assessment's rules as pure functions (考核评价): an indicator template as data, its validation, the score
of one indicator, an institution's element and total scores, grade bands and the ranking. No Django here.

A template (TOML, `indicator_sets/*.toml`) holds elements (要素) with weights and optional minimum / maximum
weights, each with indicators (指标) scored by one method:

- ``bands``: the measured value against ordered bands (``at_least`` for higher-is-better, ``at_most`` for
  lower-is-better, a band with neither is "otherwise"); the first band that matches gives the points;
- ``linear``: ``weight × (value − worst) / (best − worst)``, clamped to [0, weight];
- ``deduction``: ``per_event`` points off for each event the measure counts, at most ``cap`` (default the
  weight). In an ordinary element the indicator scores ``weight − deduction``; in a deduction element (监督检查,
  weight 0) it scores ``−deduction`` and the element together takes at most the element's ``cap``;
- ``manual``: the scorer gives the points (0..weight, or −cap..0 in a deduction element) with a note and evidence.

Validation returns `Problem`s (a machine code, the path, parameters); the Django layer words them in Chinese.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

METHODS = ("bands", "linear", "deduction", "manual")
MEASURED = ("bands", "linear", "deduction")
PERIODS = ("quarter", "year")
CENT = Decimal("0.01")
ZERO = Decimal(0)


@dataclass(frozen=True)
class Band:
    score: Decimal
    at_least: Decimal | None = None
    at_most: Decimal | None = None

    def matches(self, value: Decimal) -> bool:
        if self.at_least is not None and value < self.at_least:
            return False
        return not (self.at_most is not None and value > self.at_most)


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    element: str
    weight: Decimal  # the most points it gives (0 in a deduction element)
    method: str
    measure: str = ""
    bands: tuple[Band, ...] = ()
    best: Decimal | None = None
    worst: Decimal | None = None
    per_event: Decimal | None = None
    cap: Decimal | None = None  # the most a deduction (or a manual deduction) takes
    guide: str = ""  # how the scorer reads it
    deduction_element: bool = False

    @property
    def max_deduction(self) -> Decimal:
        return self.cap if self.cap is not None else self.weight

    @property
    def bounds(self) -> tuple[Decimal, Decimal]:
        """The lowest and highest score this indicator can have."""
        if self.deduction_element:
            return -self.max_deduction, ZERO
        return ZERO, self.weight


@dataclass(frozen=True)
class Element:
    code: str
    name: str
    weight: Decimal
    indicators: tuple[Indicator, ...]
    min_weight: Decimal | None = None
    max_weight: Decimal | None = None
    deduction: bool = False  # 扣分项: weight 0, takes off up to `cap`
    cap: Decimal | None = None


@dataclass(frozen=True)
class Grade:
    code: str
    name: str
    at_least: Decimal


@dataclass(frozen=True)
class Template:
    code: str
    name: str
    period: str  # quarter / year
    total: Decimal
    elements: tuple[Element, ...]
    grades: tuple[Grade, ...]
    text: str = field(default="", repr=False)

    @property
    def indicators(self) -> list[Indicator]:
        return [indicator for element in self.elements for indicator in element.indicators]

    def indicator(self, code: str) -> Indicator | None:
        return next((i for i in self.indicators if i.code == code), None)

    @property
    def measure_codes(self) -> list[str]:
        return sorted({i.measure for i in self.indicators if i.measure})


@dataclass(frozen=True)
class Problem:
    """A rule the template breaks: `code` (machine), `path` (where), `params` (for the message)."""

    code: str
    path: str
    params: dict[str, str] = field(default_factory=dict)


class TemplateInvalid(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.path}: {p.code} {p.params}" for p in problems))
        self.problems = problems


# ------------------------------------------------------------------------------------------------- parsing


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, code: str, path: str, **params: Any) -> None:
        self.problems.append(Problem(code, path, {k: str(v) for k, v in params.items()}))

    def number(self, table: Mapping[str, Any], key: str, path: str, *, required: bool = True,
               name: str = "") -> Decimal | None:
        value = table.get(key)
        if value is None:
            if required:
                self.fail("missing", f"{path}.{key}", name=name or path, key=key)
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            self.fail("not_a_number", f"{path}.{key}", name=name or path, key=key)
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.fail("not_a_number", f"{path}.{key}", name=name or path, key=key)
            return None
        if not number.is_finite():
            self.fail("not_a_number", f"{path}.{key}", name=name or path, key=key)
            return None
        return number

    def text(self, table: Mapping[str, Any], key: str, path: str, *, required: bool = True, limit: int = 200) -> str:
        value = table.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()) or len(value) > limit:
            if required or value:
                self.fail("missing", f"{path}.{key}", name=path, key=key)
            return ""
        return value.strip()


def _bands(raw: Any, path: str, name: str, read: _Reader) -> tuple[Band, ...]:
    if not isinstance(raw, list) or not raw:
        read.fail("no_bands", path, indicator=name)
        return ()
    bands = []
    for n, entry in enumerate(raw, 1):
        if not isinstance(entry, dict):
            read.fail("no_bands", path, indicator=name)
            continue
        score = read.number(entry, "score", f"{path}[{n}]", name=name)
        at_least = read.number(entry, "at_least", f"{path}[{n}]", required=False, name=name)
        at_most = read.number(entry, "at_most", f"{path}[{n}]", required=False, name=name)
        if score is not None:
            bands.append(Band(score, at_least, at_most))
    return tuple(bands)


def _indicator(raw: Any, element: str, deduction: bool, path: str, read: _Reader) -> Indicator | None:
    if not isinstance(raw, dict):
        read.fail("missing", path, name=path, key="indicators")
        return None
    code = read.text(raw, "code", path, limit=60)
    name = read.text(raw, "name", path) or code
    method = raw.get("method")
    if method not in METHODS:
        read.fail("unknown_method", f"{path}.method", indicator=name, method=method)
        return None
    weight = ZERO if deduction else read.number(raw, "weight", path, name=name)
    if weight is None:
        return None
    measure = read.text(raw, "measure", path, required=method in MEASURED, limit=80)
    indicator = Indicator(
        code=code, name=name, element=element, weight=weight, method=method, measure=measure,
        bands=_bands(raw.get("bands"), f"{path}.bands", name, read) if method == "bands" else (),
        best=read.number(raw, "best", path, required=method == "linear", name=name),
        worst=read.number(raw, "worst", path, required=method == "linear", name=name),
        per_event=read.number(raw, "per_event", path, required=method == "deduction", name=name),
        cap=read.number(raw, "cap", path, required=deduction, name=name),
        guide=read.text(raw, "guide", path, required=False, limit=500),
        deduction_element=deduction)
    return indicator


def parse(text: str) -> Template:
    """A template from TOML text; `TemplateInvalid` with every problem found (structure and weights)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateInvalid([Problem("not_toml", "content", {"error": str(exc)})]) from exc
    read = _Reader()
    code = read.text(data, "code", "template", limit=40)
    name = read.text(data, "name", "template")
    period = data.get("period")
    if period not in PERIODS:
        read.fail("unknown_period", "period", period=period)
    total = read.number(data, "total", "template") or Decimal(100)
    elements = []
    raw_elements = data.get("elements")
    if not isinstance(raw_elements, list) or not raw_elements:
        read.fail("no_elements", "elements")
        raw_elements = []
    for n, raw in enumerate(raw_elements, 1):
        path = f"elements[{n}]"
        if not isinstance(raw, dict):
            read.fail("no_elements", path)
            continue
        ecode = read.text(raw, "code", path, limit=60)
        ename = read.text(raw, "name", path) or ecode
        deduction = raw.get("deduction") is True
        weight = ZERO if deduction else read.number(raw, "weight", path, name=ename)
        indicators = tuple(filter(None, (
            _indicator(ind, ecode, deduction, f"{path}.indicators[{m}]", read)
            for m, ind in enumerate(raw.get("indicators") or [], 1))))
        elements.append(Element(
            code=ecode, name=ename, weight=weight if weight is not None else ZERO, indicators=indicators,
            min_weight=read.number(raw, "min_weight", path, required=False, name=ename),
            max_weight=read.number(raw, "max_weight", path, required=False, name=ename),
            deduction=deduction, cap=read.number(raw, "cap", path, required=deduction, name=ename)))
    grades = []
    for n, raw in enumerate(data.get("grades") or [], 1):
        if isinstance(raw, dict):
            at_least = read.number(raw, "at_least", f"grades[{n}]")
            grades.append(Grade(read.text(raw, "code", f"grades[{n}]", limit=20),
                                read.text(raw, "name", f"grades[{n}]", limit=40), at_least or ZERO))
    if read.problems:
        raise TemplateInvalid(read.problems)
    template = Template(code=code, name=name, period=str(period), total=total, elements=tuple(elements),
                        grades=tuple(grades), text=text)
    problems = validate(template)
    if problems:
        raise TemplateInvalid(problems)
    return template


# ---------------------------------------------------------------------------------------------- validation


def _validate_indicator(ind: Indicator, element: Element, fail: Any) -> None:
    path = f"{element.code}.{ind.code}"
    if ind.weight < 0:
        fail("negative", path, indicator=ind.name, value=ind.weight)
    if ind.method == "bands":
        for band in ind.bands:
            if not element.deduction and not ZERO <= band.score <= ind.weight:
                fail("band_score", path, indicator=ind.name, score=band.score, weight=ind.weight)
        if ind.bands and (ind.bands[-1].at_least is not None or ind.bands[-1].at_most is not None):
            fail("no_otherwise_band", path, indicator=ind.name)
    if ind.method == "linear" and ind.best is not None and ind.best == ind.worst:
        fail("linear_flat", path, indicator=ind.name)
    if ind.method == "deduction" and ind.per_event is not None and ind.per_event <= 0:
        fail("negative", path, indicator=ind.name, value=ind.per_event)
    if ind.cap is not None:
        if ind.cap <= 0:
            fail("negative", path, indicator=ind.name, value=ind.cap)
        if not element.deduction and ind.cap > ind.weight:
            fail("cap_above_weight", path, indicator=ind.name, cap=ind.cap, weight=ind.weight)
        if element.deduction and element.cap is not None and ind.cap > element.cap:
            fail("cap_above_element", path, indicator=ind.name, cap=ind.cap, element=element.name,
                 limit=element.cap)
    if element.deduction and ind.method in ("bands", "linear"):
        fail("method_in_deduction", path, indicator=ind.name)


def validate(template: Template) -> list[Problem]:
    """Every rule the template's weights break (empty: the template is valid)."""
    problems: list[Problem] = []

    def fail(code: str, path: str, **params: Any) -> None:
        problems.append(Problem(code, path, {k: str(v) for k, v in params.items()}))

    seen: set[str] = set()
    for element in template.elements:
        for code in (element.code, *(i.code for i in element.indicators)):
            if code in seen:
                fail("duplicate_code", code, code=code)
            seen.add(code)
        if not element.indicators:
            fail("no_indicators", element.code, element=element.name)
        if element.deduction:
            if element.cap is None or element.cap <= 0:
                fail("deduction_cap", element.code, element=element.name)
        else:
            if element.weight <= 0:
                fail("negative", element.code, indicator=element.name, value=element.weight)
            if element.min_weight is not None and element.weight < element.min_weight:
                fail("below_minimum", element.code, element=element.name, weight=element.weight,
                     minimum=element.min_weight)
            if element.max_weight is not None and element.weight > element.max_weight:
                fail("above_maximum", element.code, element=element.name, weight=element.weight,
                     maximum=element.max_weight)
            indicator_sum = sum((i.weight for i in element.indicators), ZERO)
            if element.indicators and indicator_sum != element.weight:
                fail("indicators_sum", element.code, element=element.name, sum=indicator_sum,
                     weight=element.weight)
        for indicator in element.indicators:
            _validate_indicator(indicator, element, fail)
    weights = sum((e.weight for e in template.elements if not e.deduction), ZERO)
    if weights != template.total:
        fail("weights_sum", "elements", sum=weights, total=template.total)
    minimums = sum((e.min_weight or ZERO for e in template.elements if not e.deduction), ZERO)
    if minimums > template.total:
        fail("minimums_exceed_total", "elements", sum=minimums, total=template.total)
    if not template.grades:
        fail("no_grades", "grades")
    bounds = [g.at_least for g in template.grades]
    if bounds != sorted(bounds, reverse=True) or len(set(bounds)) != len(bounds):
        fail("grades_order", "grades")
    if any(not ZERO <= b <= template.total for b in bounds) or (bounds and bounds[-1] != ZERO):
        fail("grades_range", "grades", total=template.total)
    return problems


# ------------------------------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Outcome:
    """The computed score of one indicator: None when it cannot be computed (no provider, no data, manual)."""

    score: Decimal | None
    reason: str  # band / linear / deduction / manual / not_available / no_data
    band: int | None = None  # 1-based band that matched
    deduction: Decimal | None = None


def _q(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def score_indicator(indicator: Indicator, value: Decimal | int | float | None, *, available: bool = True) -> Outcome:
    """The points `indicator` gives for a measured `value` (`available=False`: no app provides the measure)."""
    if indicator.method == "manual":
        return Outcome(None, "manual")
    if not available:
        return Outcome(None, "not_available")
    if value is None:
        return Outcome(None, "no_data")
    number = Decimal(str(value))
    if indicator.method == "bands":
        for n, band in enumerate(indicator.bands, 1):
            if band.matches(number):
                return Outcome(_q(band.score), "band", band=n)
        return Outcome(ZERO, "band")
    if indicator.method == "linear":
        if indicator.best is None or indicator.worst is None:
            raise ValueError(indicator.code)
        fraction = (number - indicator.worst) / (indicator.best - indicator.worst)
        fraction = min(max(fraction, ZERO), Decimal(1))
        return Outcome(_q(indicator.weight * fraction), "linear")
    if indicator.per_event is None:
        raise ValueError(indicator.code)
    events = max(number, ZERO)
    deduction = min(indicator.per_event * events, indicator.max_deduction)
    score = -deduction if indicator.deduction_element else indicator.weight - deduction
    return Outcome(_q(score), "deduction", deduction=_q(deduction))


def check_manual(indicator: Indicator, score: Decimal) -> Problem | None:
    """A manual (or overriding) score outside the indicator's range."""
    low, high = indicator.bounds
    if not low <= score <= high:
        return Problem("score_range", indicator.code, {"indicator": indicator.name, "low": str(low),
                                                       "high": str(high), "score": str(score)})
    return None


@dataclass(frozen=True)
class ElementScore:
    code: str
    name: str
    weight: Decimal
    score: Decimal
    scored_weight: Decimal  # the weight of the indicators that have a score
    missing: int  # indicators without a score
    deduction: bool = False


@dataclass(frozen=True)
class Summary:
    elements: tuple[ElementScore, ...]
    total: Decimal
    scored_weight: Decimal
    missing: int
    grade: Grade | None


def summarise(template: Template, scores: Mapping[str, Decimal | None]) -> Summary:
    """Element scores, the total (never below 0), the weight actually scored and the grade.

    An indicator without a score (None: not available, no data, manual not yet given) adds nothing and its weight
    is left out of `scored_weight`, so the page can say how much of the total was assessed."""
    elements = []
    for element in template.elements:
        given = [(i, scores.get(i.code)) for i in element.indicators]
        total = sum((s for _i, s in given if s is not None), ZERO)
        if element.deduction and element.cap is not None:
            total = max(total, -element.cap)
        elements.append(ElementScore(
            element.code, element.name, element.weight, _q(total),
            sum((i.weight for i, s in given if s is not None), ZERO),
            sum(1 for _i, s in given if s is None), element.deduction))
    total = _q(max(sum((e.score for e in elements), ZERO), ZERO))
    return Summary(tuple(elements), total, sum((e.scored_weight for e in elements), ZERO),
                   sum(e.missing for e in elements), grade_for(template, total))


def grade_for(template: Template, total: Decimal) -> Grade | None:
    return next((g for g in template.grades if total >= g.at_least), None)


def rank(totals: Mapping[Any, Decimal | None]) -> dict[Any, int | None]:
    """Competition ranking, highest first (1, 2, 2, 4); None for a key without a total."""
    ordered = sorted((t for t in totals.values() if t is not None), reverse=True)
    return {key: (ordered.index(total) + 1 if total is not None else None) for key, total in totals.items()}


def differences(first: Mapping[str, Decimal | None], second: Mapping[str, Decimal | None],
                codes: Iterable[str]) -> dict[str, Decimal]:
    """Indicators on which the second review differs from the first: code → second − first."""
    out = {}
    for code in codes:
        a, b = first.get(code), second.get(code)
        if a != b:
            out[code] = (b or ZERO) - (a or ZERO)
    return out
