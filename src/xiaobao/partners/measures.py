"""Indicator measures of the partners module (`partners.*`) over an institution's subtree: the partners serving
it (used by an institution in the subtree), their blacklistings, violations and the complaints naming one. Each
reads many institutions at once (one query per table, folded over the subtrees with org.scope.split_by_subtree;
core.registry.computes_from_batch makes one institution a batch of one)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _

from xiaobao.core.registry import Compute, ManyCompute, MeasureValue, Period, computes_from_batch
from xiaobao.org.models import Institution
from xiaobao.org.scope import all_ids, split_by_subtree, subtrees
from xiaobao.partners.codes import Source, Status
from xiaobao.partners.models import Listing, Partner, Violation
from xiaobao.partners.selectors import day_start, in_force


def serving_many(institutions: Sequence[Institution]) -> dict[int, set[int]]:
    """{institution pk: ids of the partners used by an institution of its subtree}, from one read of the links."""
    trees = subtrees(institutions)
    links = Partner.institutions.through.objects.filter(institution_id__in=all_ids(trees))
    split = split_by_subtree(trees, links.values_list("institution_id", "partner_id"))
    return {pk: set(partner_ids) for pk, partner_ids in split.items()}


def _all(serving: dict[int, set[int]]) -> set[int]:
    return set().union(*serving.values()) if serving else set()


def admitted_many(institutions: Sequence[Institution], period: Period) -> dict[int, int]:
    serving = serving_many(institutions)
    admitted = set(Partner.objects.filter(pk__in=_all(serving), status__in=(Status.ADMITTED, Status.EXIT))
                   .values_list("pk", flat=True))
    return {pk: len(ids & admitted) for pk, ids in serving.items()}


def blacklisted_many(institutions: Sequence[Institution], period: Period) -> dict[int, int]:
    serving = serving_many(institutions)
    listed = set(Listing.objects.filter(in_force(period.end), partner_id__in=_all(serving))
                 .values_list("partner_id", flat=True))
    return {pk: len(ids & listed) for pk, ids in serving.items()}


def complaints_many(institutions: Sequence[Institution], period: Period) -> dict[int, int]:
    """Complaints received in the period that name a partner, by the complaint's institution (not the partner's)."""
    trees = subtrees(institutions)
    complaint_model = Partner._meta.get_field("complaints").related_model
    rows = (complaint_model.objects.filter(
        partner__isnull=False, institution_id__in=all_ids(trees), received_at__gte=day_start(period.start),
        received_at__lt=day_start(period.end) + timedelta(days=1))
        .values("institution_id").annotate(n=Count("id")).order_by().values_list("institution_id", "n"))
    return {pk: sum(counts) for pk, counts in split_by_subtree(trees, rows).items()}


def violations_many(source: str = "") -> Callable[[Sequence[Institution], Period], dict[int, int]]:
    """Violations (of `source`, or all) that occurred in the period, of the partners serving each subtree."""
    def read(institutions: Sequence[Institution], period: Period) -> dict[int, int]:
        serving = serving_many(institutions)
        qs = Violation.objects.filter(partner_id__in=_all(serving), occurred_on__range=(period.start, period.end))
        if source:
            qs = qs.filter(source=source)
        per_partner = dict(qs.values("partner_id").annotate(n=Count("id")).order_by().values_list("partner_id", "n"))
        return {pk: sum(per_partner.get(i, 0) for i in ids) for pk, ids in serving.items()}
    return read


def _list_url(institution: Institution, **extra: str) -> str:
    query = "&".join([f"institution={institution.code}", *(f"{k}={v}" for k, v in extra.items())])
    return f"{reverse('partners:list')}?{query}"


def _admitted(institution: Institution, period: Period, n: int) -> MeasureValue:
    return MeasureValue(n, evidence_url=_list_url(institution, status=Status.ADMITTED),
                        detail=_("partners admitted and serving the institution (at the time of reading)"))


def _blacklisted(institution: Institution, period: Period, n: int) -> MeasureValue:
    return MeasureValue(n, evidence_url=_list_url(institution, blacklisted="1"),
                        detail=_("partners serving the institution that are blacklisted on the period's last day"))


def _complaints(institution: Institution, period: Period, n: int) -> MeasureValue:
    return MeasureValue(n, evidence_url=_list_url(institution),
                        detail=_("complaints received in the period that name a partner"))


def _violations(institution: Institution, period: Period, n: int) -> MeasureValue:
    return MeasureValue(n, evidence_url=_list_url(institution),
                        detail=_("violations of partners serving the institution, by date of occurrence"))


admitted: tuple[Compute, ManyCompute] = computes_from_batch(admitted_many, _admitted)
blacklisted: tuple[Compute, ManyCompute] = computes_from_batch(blacklisted_many, _blacklisted)
complaints: tuple[Compute, ManyCompute] = computes_from_batch(complaints_many, _complaints)
violations: tuple[Compute, ManyCompute] = computes_from_batch(violations_many(), _violations)
marketing_violations: tuple[Compute, ManyCompute] = computes_from_batch(violations_many(Source.MONITORING),
                                                                        _violations)
