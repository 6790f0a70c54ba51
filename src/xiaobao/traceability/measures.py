"""Indicator measures of the traceability module (`traceability.*`), over an institution's subtree and a
Beijing-date period, each with the list of the sales behind it."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from xiaobao.core.registry import MeasureValue, Period
from xiaobao.org.scope import subtree_ids
from xiaobao.traceability.codes import RECORDING_REQUIRED_CHANNELS, Channel
from xiaobao.traceability.models import SaleRecord
from xiaobao.traceability.selectors import BEIJING, has_recording_q


def _sales(institution: Any, period: Period) -> Any:
    start = datetime.combine(period.start, time.min, tzinfo=BEIJING)
    end = datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=BEIJING)
    return SaleRecord.objects.filter(institution_id__in=subtree_ids(institution.path), sold_at__gte=start,
                                     sold_at__lt=end)


def _url(institution: Any, period: Period, **extra: str) -> str:
    query = {"institution": institution.code, "sold_from": period.start.isoformat(),
             "sold_to": period.end.isoformat(), **extra}
    return f"{reverse('traceability:list')}?{urlencode(query)}"


def sales_count(institution: Any, period: Period) -> MeasureValue:
    """销售记录数: sales registered with a sale time in the period."""
    return MeasureValue(_sales(institution, period).count(), evidence_url=_url(institution, period))


def recording_coverage(institution: Any, period: Period) -> MeasureValue:
    """录音覆盖率: the share of sales that require a recording (codes.RECORDING_REQUIRED_CHANNELS) with one."""
    required = _sales(institution, period).filter(channel__in=RECORDING_REQUIRED_CHANNELS)
    total = required.count()
    if not total:
        return MeasureValue(None, detail=_("No telephone sales in the period."), numerator=0, denominator=0,
                            evidence_url=_url(institution, period, channel=Channel.TELEPHONE))
    covered = required.filter(has_recording_q()).count()
    value = (Decimal(100) * covered / total).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return MeasureValue(value, evidence_url=_url(institution, period, channel=Channel.TELEPHONE,
                                                 missing_recording="on"),
                        detail=_("Telephone sales with a call recording, of all telephone sales."),
                        numerator=covered, denominator=total)
