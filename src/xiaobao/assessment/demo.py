"""Demo assessment runs, one in each step (信息收集, 初评, 复评, 审核, 已审定), made through the services with the
real measures of the demo data (`xiaobao demo`, after every other module's demo step). Idempotent: a run with
the same title is left as it is."""

from __future__ import annotations

import io
from decimal import Decimal

from django.utils import timezone

from xiaobao.assessment import selectors, services
from xiaobao.assessment.codes import Status
from xiaobao.assessment.models import Run
from xiaobao.org.models import Institution, User

BRANCH = "650000"
EVIDENCE = "自评报告（演示）：消保工作组织架构、制度清单、培训与宣传记录、整改台账。\n".encode()


def _score_manual(run: Run, by: User, seed: int) -> None:
    """Hand scores for the manual indicators, backed by one uploaded self-assessment file per institution."""
    template = selectors.template_of(run)
    for n, result in enumerate(run.results.select_related("institution").order_by("institution__path")):
        if not result.evidence.exists():
            services.upload_evidence(result.pk, by=by, name="自评报告.txt", stream=io.BytesIO(EVIDENCE))
        for indicator in template.indicators:
            if indicator.method != "manual":
                continue
            low, high = indicator.bounds
            fraction = Decimal((n * 7 + seed) % 5 + 5) / 10  # 0.5 .. 0.9 of the range
            score = (low + (high - low) * fraction).quantize(Decimal("0.01"))
            if indicator.deduction_element:
                score = -(indicator.max_deduction * Decimal((n + seed) % 3) / 10).quantize(Decimal("0.01"))
            services.score_indicator(result.pk, by=by, indicator=indicator.code, score=score,
                                     note="依据自评报告及现场检查打分")


def _run(title: str, template: str, year: int, target: str, officer: User, second: User, head: User,
         branch: Institution) -> None:
    if Run.objects.filter(title=title).exists():
        return
    run, _new = services.run_create(by=officer, institution=branch, template_code=template, period_kind="year",
                                    year=year, title=title, compute=False)
    services.measure_run(run)  # here and now (the demo has no worker running): the same work as the task
    run.refresh_from_db()
    first = run.results.order_by("institution__path").first()
    if first is not None:
        services.self_assess(first.pk, by=officer, note="本机构已按要求开展消保工作，自评材料见附件。")
    if target == Status.COLLECTING:
        return
    services.start_first_review(run.pk, by=officer)
    _score_manual(run, officer, seed=1)
    if target == Status.FIRST_REVIEW:
        return
    services.submit_first(run.pk, by=officer)
    if first is not None:  # the second reviewer sees one indicator differently
        indicator = next(i for i in selectors.template_of(run).indicators if i.method == "manual")
        services.score_indicator(first.pk, by=second, indicator=indicator.code, score=indicator.bounds[1],
                                 note="复评：现场核实材料完整，调整为满分")
    if target == Status.SECOND_REVIEW:
        return
    services.submit_second(run.pk, by=second)
    if target == Status.APPROVAL:
        return
    services.approve(run.pk, by=head, note="同意")
    best = Run.objects.get(pk=run.pk).results.order_by("rank").first()
    if best is not None:
        services.mark_leadership(best.pk, by=head, note="纳入年度领导班子考核")


def seed() -> list[object]:
    branch = Institution.objects.filter(code=BRANCH).first()
    officer = User.objects.filter(username="xj.officer1").first()
    second = User.objects.filter(username="xj.officer2").first()
    head = User.objects.filter(username="xj.head").first()
    if branch is None or officer is None or second is None or head is None:
        return []
    year = timezone.localdate().year
    for title, template, period, target in (
        (f"{year - 1}年度消保考核", "2025", year - 1, Status.APPROVED),
        (f"{year}年度消保考核", "2025", year, Status.APPROVAL),
        (f"{year}年度消保考核（2021版要素对照）", "2021", year, Status.SECOND_REVIEW),
        (f"{year - 1}年度消保考核（2021版要素对照）", "2021", year - 1, Status.FIRST_REVIEW),
        (f"{year}年度消保考核（重新计算）", "2025", year, Status.COLLECTING),
    ):
        _run(title, template, period, target, officer, second, head, branch)
    return []
