"""Demo data of the reports app: premium and policy counts of the last closed quarters for the demo branch's
sub-institutions, an industry median, and a first spike detection — all through the services."""

from __future__ import annotations

from decimal import Decimal

from django.utils import timezone

from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.reports import figures, rollup, services
from xiaobao.reports.models import BusinessVolume


def seed() -> None:
    rollup.rebuild()  # the demo's cases were written through the services; a recount costs little and is certain
    officer = User.objects.filter(groups__name=Role.OFFICER, is_active=True).order_by("username").first()
    branch = Institution.objects.filter(parent__isnull=True).order_by("path").first()
    if officer is None or branch is None:
        return
    year, quarter = figures.quarter_of(timezone.localdate())  # settings.TIME_ZONE: Beijing
    quarters = []
    for _k in range(5):
        year, quarter = figures.previous_quarter(year, quarter)
        quarters.append((year, quarter))
    subs = list(Institution.objects.filter(parent=branch).order_by("code"))
    for year, quarter in quarters:
        for k, inst in enumerate(subs):
            if BusinessVolume.objects.filter(institution=inst, year=year, quarter=quarter).exists():
                continue
            services.save_volume(services.VolumeIn(
                institution=inst.code, year=year, quarter=quarter,
                premium=Decimal(180_000_000 + 37_000_000 * (k % 7) + 5_000_000 * quarter),
                premium_basis="original-premium", policies=120_000 + 23_000 * (k % 5) + 3_000 * quarter,
                policies_basis="policies-issued"), by=officer)
        services.save_median(by=officer, year=year, quarter=quarter, per_100m_premium=Decimal("2.8500"),
                             per_10k_policies=Decimal("0.1900"), source="演示数据：行业中位数（示例，非官方公布值）")
    services.detect_spikes()
