"""The one registry through which apps contribute to the platform (DESIGN.md, "How apps meet").

Each app registers, from its `AppConfig.ready()`, what it brings:

- demo seeding (`register_demo`): a step of `xiaobao demo`, run in `order` (the organisation, `org`, is order 0);
- work-queue items (`register_queue`): what needs the user's action, merged on the home page (我的待办);
- home-page notices (`register_notice`): warnings for the users who can act on them;
- home-page panels (`register_home_panel`): e.g. the role's dashboard, under the work queue;
- navigation entries (`register_navigation`): the module menu; a module nobody registers shows as planned;
- personal-data holders (`register_personal_data`): how the privacy module finds, in a user's scope, the object
  whose personal fields are unmasked (a complaint, …) without importing the app that owns it;
- indicator measures (`register_measure`): a named number of an institution over a period, read by the
  assessment (考核评价) and the reports (监管报表). A measure nobody provides is "not available", never zero;
- periodic work (`register_periodic`): a task the workers enqueue every so often or once a day, with no cron
  entry (`xiaobao.core.schedule` runs it; each slot is enqueued once however many workers run);
- panels on another app's page (`register_panel`): e.g. the sale records and recordings of a complaint's policy,
  shown on the complaint page by the traceability app, which the complaints app does not import;
- form checks (`register_form_check`): warnings while a form is filled in, e.g. "this partner is blacklisted"
  on the complaint registration form, contributed by the partners app;
- partner facts (`register_partner_facts`): how many records of an app name a partner over a period (marketing
  monitoring finds naming it, failed inspections of sales it made), which the partners app's yearly evaluation
  (定期评价) reads; a fact nobody provides is "not available", never zero;
- demo hand-offs (`register_demo_object`): an object one app's demo step seeded that a later step builds on
  (e.g. a minority-language complaint the assistance demo links a service to), without importing that app.

No app imports another app's internals to contribute: it registers here, and readers (the home page, the
assessment, the reports) read here. `core` imports no app.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from django.utils.functional import Promise

# --------------------------------------------------------------------------------------------- demo seeding


@dataclass(frozen=True)
class DemoStep:
    name: str
    seed: Callable[[], object]  # may return the demo accounts it created (a list), which `xiaobao demo` prints
    order: int = 100


_demo_steps: dict[str, DemoStep] = {}


def register_demo(name: str, seed: Callable[[], object], *, order: int = 100) -> None:
    """Add a step to `xiaobao demo`. Steps must be idempotent (a second run changes nothing)."""
    _demo_steps[name] = DemoStep(name, seed, order)


def demo_steps() -> list[DemoStep]:
    return sorted(_demo_steps.values(), key=lambda step: (step.order, step.name))


DemoObject = Callable[[Any], Any]
"""(user) -> the demo object of that kind the user may see, or None (not seeded, or outside the user's scope)."""

_demo_objects: dict[str, DemoObject] = {}


def register_demo_object(kind: str, find: DemoObject) -> None:
    """Offer later demo steps an object this app's demo seeded, e.g. "complaint.minority_language"."""
    _demo_objects[kind] = find


def demo_object(kind: str, user: Any) -> Any:
    """The demo object `kind` as `user` sees it; None when no installed app offers it or it is not there."""
    find = _demo_objects.get(kind)
    return None if find is None else find(user)


# ------------------------------------------------------------------------------------------------ work queue


@dataclass(frozen=True)
class QueueItem:
    """One line of the home work queue (我的待办)."""

    module: str
    title: str
    url: str
    status_label: str | Promise
    due_at: datetime | None
    sla: str  # on_time / due_soon / overdue / "" (no deadline): the CSS state
    sla_label: str = ""
    detail: str = ""
    due_label: str = ""  # the deadline as users read it, e.g. "2026-12-21（含）"; empty: shown from due_at


QueueProvider = Callable[[Any, int], list[QueueItem]]
"""(user, limit) -> at most `limit` items for that user, most urgent first."""

QueueCounter = Callable[[Any], int]
"""(user) -> how many items the provider has for that user in all (the home page shows the total)."""

_queue_providers: dict[str, tuple[QueueProvider, QueueCounter | None]] = {}


def register_queue(module: str, provider: QueueProvider, counter: QueueCounter | None = None) -> None:
    _queue_providers[f"{module}:{getattr(provider, '__qualname__', repr(provider))}"] = (provider, counter)


def queue_items(user: Any, limit: int = 50) -> list[QueueItem]:
    items: list[QueueItem] = []
    for provider, _counter in _queue_providers.values():
        items.extend(provider(user, limit))
    items.sort(key=lambda item: (item.due_at is None, item.due_at.timestamp() if item.due_at else 0.0))
    return items[:limit]


def queue_total(user: Any) -> int | None:
    """All items waiting for the user, or None when a provider cannot count."""
    total = 0
    for _provider, counter in _queue_providers.values():
        if counter is None:
            return None
        total += counter(user)
    return total


# --------------------------------------------------------------------------------------------------- notices


@dataclass(frozen=True)
class Notice:
    """A home-page warning, shown only to users who can act on it (the provider decides who)."""

    text: str | Promise
    url: str = ""
    level: str = "warning"  # info / warning / danger


NoticeProvider = Callable[[Any], list[Notice | str]]
_notice_providers: dict[str, NoticeProvider] = {}


def register_notice(key: str, provider: NoticeProvider) -> None:
    _notice_providers[key] = provider


def notices(user: Any) -> list[Notice]:
    return [notice if isinstance(notice, Notice) else Notice(text=notice)
            for provider in _notice_providers.values() for notice in provider(user)]


# ----------------------------------------------------------------------------------------------- home panels

HomePanel = Callable[[Any], str]
"""(request) -> rendered HTML shown on the home page under the work queue ("" for users it has nothing for)."""

_home_panels: dict[str, tuple[int, HomePanel]] = {}


def register_home_panel(key: str, provider: HomePanel, *, order: int = 100) -> None:
    _home_panels[key] = (order, provider)


def home_panels(request: Any) -> list[str]:
    rendered = (provider(request) for _order, provider in sorted(_home_panels.values(), key=lambda p: p[0]))
    return [html for html in rendered if html]


# ------------------------------------------------------------------------------------------------ navigation


@dataclass(frozen=True)
class NavEntry:
    """A module of the main menu. `roles`: shown only to users holding one of them (None: everyone)."""

    key: str
    label: str | Promise
    url_name: str
    order: int
    roles: frozenset[str] | None = None


_navigation: dict[str, NavEntry] = {}


def register_navigation(entry: NavEntry) -> None:
    _navigation[entry.key] = entry


def navigation_entries() -> list[NavEntry]:
    return sorted(_navigation.values(), key=lambda entry: (entry.order, entry.key))


# ------------------------------------------------------------------------------------- personal-data holders

PersonalDataResolver = Callable[[Any, int], Any]
"""(user, pk) -> the object holding personal data, in the user's scope; raises core.errors.NotFound otherwise.

The object's model declares `PERSONAL_FIELDS` ({field code: attribute}, e.g. {"phone": "complainant_phone"}),
optionally `BLIND_INDEXES` ({index field: (source field, kind)}) and a `personal_data_caretaker_id` (the user
who may unmask it as their own case); `xiaobao.privacy` reads only these."""

_personal_data: dict[str, PersonalDataResolver] = {}


def register_personal_data(kind: str, resolver: PersonalDataResolver) -> None:
    _personal_data[kind] = resolver


def personal_data_holder(kind: str, user: Any, pk: int) -> Any:
    """The `kind` object `pk` as `user` may see it (NotFound outside their scope); LookupError for an unknown kind."""
    resolver = _personal_data.get(kind)
    if resolver is None:
        raise LookupError(f"no app registered personal data of kind {kind!r}")
    return resolver(user, pk)


# -------------------------------------------------------------------------------------------------- measures


@dataclass(frozen=True)
class Period:
    """A reporting period [start, end] in Beijing dates, both days included (季度 / 年度 / 月度)."""

    start: date
    end: date
    label: str = ""

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if quarter not in (1, 2, 3, 4):
            raise ValueError("quarter must be 1..4")
        first_month = 3 * (quarter - 1) + 1
        last_month = first_month + 2
        return cls(date(year, first_month, 1), date(year, last_month, calendar.monthrange(year, last_month)[1]),
                   f"{year}年第{quarter}季度")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), f"{year}年度")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]),
                   f"{year}年{month}月")


@dataclass(frozen=True)
class MeasureValue:
    """What a provider computed: the number, and where the records behind it can be listed."""

    value: Decimal | int | float | None
    evidence_url: str = ""  # a list page filtered to the records behind the number (drill-down)
    detail: str = ""  # how it was computed, e.g. the denominator definition used
    numerator: Decimal | int | None = None
    denominator: Decimal | int | None = None


ManyCompute = Callable[[Sequence[Any], Period], Mapping[int, "MeasureValue | NotAvailable"]]
"""(institutions, period) -> {institution.pk: value} for every institution given (see `Measure.compute_many`)."""


@dataclass(frozen=True)
class Measure:
    """An indicator measure (指标): a named number of one institution (its subtree) over a period.

    `compute(institution, period)` returns a MeasureValue; `value=None` means the provider exists but has no
    data for that institution and period (e.g. no premium entered), which is shown as such.

    `compute_many(institutions, period)` (optional) returns the same values for many institutions at once,
    keyed by institution pk — typically one grouped query folded over the institutions' subtrees (Institution.path
    prefixes) instead of one query per institution. It must equal `compute` for each institution (each provider
    proves this in a test); readers call `compute_measure_many`, which falls back to `compute` per institution.
    """

    code: str  # stable, e.g. "complaints.on_time_rate"
    label: str | Promise
    module: str
    unit: str | Promise = ""  # 件 / % / 分 ...
    compute: Callable[[Any, Period], MeasureValue] = field(default=lambda institution, period: MeasureValue(None))
    higher_is_better: bool = True
    compute_many: ManyCompute | None = None


Compute = Callable[[Any, Period], MeasureValue]


def computes_from_batch(read_many: Callable[[Sequence[Any], Period], Mapping[int, Any]],
                        value: Callable[[Any, Period, Any], MeasureValue]) -> tuple[Compute, ManyCompute]:
    """(compute, compute_many) of a measure whose figures an app reads for many institutions at once
    (`read_many(institutions, period) -> {pk: figures}`, e.g. grouped queries folded over `org.scope.subtrees`)
    and turns into a value with `value(institution, period, figures)`. One institution is a batch of one, so
    both forms follow the same rule; a test per measure shows a batch equals the values one by one."""
    def compute(institution: Any, period: Period) -> MeasureValue:
        return value(institution, period, read_many([institution], period)[institution.pk])

    def compute_many(institutions: Sequence[Any], period: Period) -> dict[int, MeasureValue | NotAvailable]:
        figures = read_many(institutions, period)
        return {i.pk: value(i, period, figures[i.pk]) for i in institutions}
    return compute, compute_many


@dataclass(frozen=True)
class NotAvailable:
    """No installed app provides this measure (shown as 暂不可用, never as zero)."""

    code: str
    value: None = None


_measures: dict[str, Measure] = {}


def register_measure(measure: Measure) -> None:
    _measures[measure.code] = measure


def measures() -> list[Measure]:
    return sorted(_measures.values(), key=lambda m: m.code)


def get_measure(code: str) -> Measure | None:
    return _measures.get(code)


def compute_measure(code: str, institution: Any, period: Period) -> MeasureValue | NotAvailable:
    measure = _measures.get(code)
    if measure is None:
        return NotAvailable(code)
    return measure.compute(institution, period)


def compute_measures(codes: Iterable[str], institution: Any, period: Period) -> dict[str, MeasureValue | NotAvailable]:
    return {code: compute_measure(code, institution, period) for code in codes}


def compute_measure_many(code: str, institutions: Iterable[Any], period: Period) -> dict[int, MeasureValue | NotAvailable]:
    """One measure of many institutions: {institution.pk: value}, through the provider's `compute_many` when it
    has one (one grouped query), else `compute` per institution. Not registered: NotAvailable for each."""
    institutions = list(institutions)
    measure = _measures.get(code)
    if measure is None:
        return {institution.pk: NotAvailable(code) for institution in institutions}
    if measure.compute_many is None or not institutions:
        return {institution.pk: measure.compute(institution, period) for institution in institutions}
    values = measure.compute_many(institutions, period)
    return {institution.pk: values[institution.pk] for institution in institutions}


# --------------------------------------------------------------------------------------------- periodic work


@dataclass(frozen=True)
class Periodic:
    """A task enqueued once per slot: every `every` (slots counted from the Unix epoch, so 5 minutes means
    :00, :05, :10 ...), or once a day at `daily_at` (Beijing time, settings.TIME_ZONE). The task takes no
    arguments, runs with no user (the system is the actor) and must be idempotent: a slot missed while no
    worker ran is not made up, the next one runs."""

    name: str
    task: Any  # a django_tasks Task
    every: timedelta | None = None
    daily_at: time | None = None


_periodic: dict[str, Periodic] = {}


def register_periodic(name: str, task: Any, *, every: timedelta | None = None, daily_at: time | None = None) -> None:
    """Schedule `task` (a `@task()` without arguments): `every=timedelta(minutes=5)` or `daily_at=time(2, 30)`."""
    if (every is None) == (daily_at is None):
        raise ValueError(f"periodic {name!r}: give exactly one of every= and daily_at=")
    if every is not None and every < timedelta(minutes=1):
        raise ValueError(f"periodic {name!r}: every= must be at least one minute")
    if len(name) > 100:
        raise ValueError(f"periodic {name!r}: the name is longer than 100 characters")
    _periodic[name] = Periodic(name, task, every, daily_at)


def periodic_tasks() -> list[Periodic]:
    return sorted(_periodic.values(), key=lambda periodic: periodic.name)


# ------------------------------------------------------------------------------------ panels on others' pages

PanelProvider = Callable[[Any, Any], str]
"""(request, obj) -> rendered HTML for a section of another app's page about `obj` ("" when it has nothing).

The provider checks what `request.user` may see; the page renders panels in `order` with
`{% load panels %}{% panels "complaint.detail" c %}`."""

SLOTS_DOC = {
    "complaint.detail": "the complaint page (投诉详情); obj = the Complaint",
    "sale.detail": "the sale record page (销售记录); obj = the traceability SaleRecord",
}

_panels: dict[str, dict[str, tuple[int, PanelProvider]]] = {}


def register_panel(slot: str, key: str, provider: PanelProvider, *, order: int = 100) -> None:
    """Show `provider`'s HTML on every page that renders `slot` (e.g. "complaint.detail")."""
    _panels.setdefault(slot, {})[key] = (order, provider)


def panels(slot: str, request: Any, obj: Any) -> list[str]:
    providers = sorted(_panels.get(slot, {}).values(), key=lambda entry: entry[0])
    rendered = (provider(request, obj) for _order, provider in providers)
    return [html for html in rendered if html]


# --------------------------------------------------------------------------------------------- form checks

FormCheck = Callable[[Any, Mapping[str, str]], list[Notice]]
"""(user, the form's submitted fields by name) -> warnings to show beside the form while it is filled in.

A check never blocks saving (the service decides that); it tells the user what the other apps know, e.g. a
blacklisted partner, a recording missing for the policy. Fields a check reads are named in its docstring."""

_form_checks: dict[str, dict[str, FormCheck]] = {}


def register_form_check(slot: str, key: str, check: FormCheck) -> None:
    """Run `check` for the form `slot` (e.g. "complaint.create"); the form posts itself to /checks/<slot>/."""
    _form_checks.setdefault(slot, {})[key] = check


def form_checks(slot: str, user: Any, data: Mapping[str, str]) -> list[Notice]:
    return [notice for check in _form_checks.get(slot, {}).values() for notice in check(user, data)]


# --------------------------------------------------------------------------------------------- partner facts


@dataclass(frozen=True)
class PartnerRef:
    """A partner as other apps' records name it: by its unified social credit code, or by its name or a former
    name (records keep the text the user typed; the partners app owns which partner that is)."""

    pk: int
    credit_code: str
    names: tuple[str, ...]

    def identifiers(self) -> list[str]:
        """The texts a record's partner field may hold for this partner: the credit code (either case), the names."""
        return list(dict.fromkeys([self.credit_code, self.credit_code.lower(), *self.names]))


@dataclass(frozen=True)
class PartnerFact:
    """How many records of one provider name one partner in the period, and where they are listed."""

    count: int
    source: str | Promise  # where the records live, e.g. 营销宣传监测 (shown beside the count)
    url: str = ""  # a list page filtered to exactly these records (drill-down)


PartnerResolver = Callable[[str], "PartnerRef | None"]
"""(a credit code, name or former name as typed) -> the partner it names, or None (none, or several)."""

_partner_resolvers: dict[str, PartnerResolver] = {}


def register_partner_resolver(key: str, resolve: PartnerResolver) -> None:
    _partner_resolvers[key] = resolve


def partner_ref(text: str) -> PartnerRef | None:
    """The partner `text` names (credit code in any case, name or former name); None when no installed app
    knows partners or none matches. Lets a list filtered by partner find the records that typed its credit code
    as well as those that typed one of its names."""
    text = text.strip()
    if not text:
        return None
    for resolve in _partner_resolvers.values():
        if (found := resolve(text)) is not None:
            return found
    return None


def partner_identifiers(text: str) -> list[str]:
    """Every text a record's partner field may hold for the partner `text` names ([text] when none is known)."""
    ref = partner_ref(text)
    return ref.identifiers() if ref is not None else [text.strip()]


def partner_texts(partners: Sequence[PartnerRef]) -> dict[str, set[int]]:
    """{a text a record's partner field may hold: the pks of the partners it names} (filter records with its keys)."""
    texts: dict[str, set[int]] = {}
    for partner in partners:
        for text in partner.identifiers():
            texts.setdefault(text, set()).add(partner.pk)
    return texts


def count_by_partner(partners: Sequence[PartnerRef], records: Iterable[Sequence[str]]) -> dict[int, int]:
    """{partner pk: how many records name it}, each record given as the texts of its partner fields (a credit
    code, a name …); a record counts once per partner whichever of its fields names it."""
    texts = partner_texts(partners)
    counts = dict.fromkeys((p.pk for p in partners), 0)
    for fields in records:
        for pk in set().union(*(texts.get((text or "").strip(), set()) for text in fields)):
            counts[pk] += 1
    return counts


PartnerFactProvider = Callable[[Sequence[PartnerRef], Period], Mapping[int, PartnerFact]]
"""(partners, period) -> {partner pk: PartnerFact} for every partner given (count 0 included)."""

PARTNER_FACTS = {
    "marketing_violations": "marketing material naming the partner that monitoring found in violation (营销违规)",
    "inspection_failures": "sales made through the partner whose inspection failed (代理人质检不合格)",
}

_partner_facts: dict[str, dict[str, PartnerFactProvider]] = {}


def register_partner_facts(fact: str, key: str, provider: PartnerFactProvider) -> None:
    """Count `fact` (a key of PARTNER_FACTS) for partners from this app's records."""
    if fact not in PARTNER_FACTS:
        raise ValueError(f"unknown partner fact {fact!r}: one of {sorted(PARTNER_FACTS)}")
    _partner_facts.setdefault(fact, {})[key] = provider


def partner_facts(fact: str, partners: Sequence[PartnerRef],
                  period: Period) -> dict[int, list[PartnerFact]] | NotAvailable:
    """{partner pk: one PartnerFact per provider} (the figure is their sum); NotAvailable when no installed app
    provides the fact."""
    providers = _partner_facts.get(fact)
    if not providers:
        return NotAvailable(fact)
    out: dict[int, list[PartnerFact]] = {p.pk: [] for p in partners}
    for _key, provider in sorted(providers.items()):
        found = provider(partners, period)
        for partner in partners:
            out[partner.pk].append(found[partner.pk])
    return out
