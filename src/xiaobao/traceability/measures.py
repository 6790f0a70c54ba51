"""Indicator measures of the traceability module (`traceability.*`), over an institution's subtree and a
Beijing-date period, each with the list of the sales behind it. Both read the sales of many institutions at
once (one grouped query folded over the subtrees, core.registry.computes_from_batch); one institution is a
batch of one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from xiaobao.core.registry import MeasureValue, Period, computes_from_batch
from xiaobao.org.scope import all_ids, split_by_subtree, subtrees
from xiaobao.traceability.codes import RECORDING_REQUIRED_CHANNELS, Channel
from xiaobao.traceability.models import SaleRecord
from xiaobao.traceability.selectors import BEIJING, has_recording_q


@dataclass(frozen=True)
class Figures:
    """An institution subtree's sales in a period: all, those that require a recording, those of them with one."""

    sales: int = 0
    required: int = 0
    covered: int = 0


def figures_many(institutions: Sequence[Any], period: Period) -> dict[int, Figures]:
    """{institution pk: Figures of its subtree}, from one read of the sales grouped by institution."""
    trees = subtrees(institutions)
    start = datetime.combine(period.start, time.min, tzinfo=BEIJING)
    end = datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=BEIJING)
    required = Q(channel__in=RECORDING_REQUIRED_CHANNELS)
    rows = (SaleRecord.objects.filter(institution_id__in=all_ids(trees), sold_at__gte=start, sold_at__lt=end)
            .values("institution_id")
            .annotate(sales=Count("id"), required=Count("id", filter=required),
                      covered=Count("id", filter=required & Q(has_recording_q()))).order_by())
    split = split_by_subtree(trees, ((row["institution_id"], row) for row in rows))
    return {pk: Figures(*(sum(row[key] for row in split[pk]) for key in ("sales", "required", "covered")))
            for pk in trees}


def _url(institution: Any, period: Period, **extra: str) -> str:
    query = {"institution": institution.code, "sold_from": period.start.isoformat(),
             "sold_to": period.end.isoformat(), **extra}
    return f"{reverse('traceability:list')}?{urlencode(query)}"


def _sales_count(institution: Any, period: Period, f: Figures) -> MeasureValue:
    """销售记录数: sales registered with a sale time in the period."""
    return MeasureValue(f.sales, evidence_url=_url(institution, period))


def _recording_coverage(institution: Any, period: Period, f: Figures) -> MeasureValue:
    """录音覆盖率: the share of sales that require a recording (codes.RECORDING_REQUIRED_CHANNELS) with one."""
    if not f.required:
        return MeasureValue(None, detail=_("No telephone sales in the period."), numerator=0, denominator=0,
                            evidence_url=_url(institution, period, channel=Channel.TELEPHONE))
    value = (Decimal(100) * f.covered / f.required).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return MeasureValue(value, evidence_url=_url(institution, period, channel=Channel.TELEPHONE,
                                                 missing_recording="on"),
                        detail=_("Telephone sales with a call recording, of all telephone sales."),
                        numerator=f.covered, denominator=f.required)


sales_count = computes_from_batch(figures_many, _sales_count)
recording_coverage = computes_from_batch(figures_many, _recording_coverage)
