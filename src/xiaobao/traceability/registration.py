"""What the traceability module contributes to the platform (core.registry): menu, measures, the complaint
page's panel, the nightly integrity check, demo data, personal-data holder."""

from __future__ import annotations

from datetime import time

from django.utils.translation import gettext_lazy as _


def register() -> None:
    from xiaobao.core import registry
    from xiaobao.core.registry import Measure, NavEntry
    from xiaobao.traceability import checks, demo, measures, policy, selectors, tasks, views

    registry.register_personal_data("sale", lambda user, pk: selectors.sale_get(user=user, pk=pk))
    registry.register_navigation(NavEntry("traceability", _("Sales traceability"), "traceability:list", order=50,
                                          roles=policy.READ_ROLES))
    registry.register_form_check("sale.create", "traceability.sale", checks.sale_form_check)
    registry.register_panel("complaint.detail", "traceability.sales", views.complaint_panel, order=50)
    for code, label, unit, (compute, compute_many) in (
            ("traceability.sales_count", _("Sale records"), _("sales"), measures.sales_count),
            ("traceability.recording_coverage", _("Telephone sales with a recording"), "%",
             measures.recording_coverage)):
        registry.register_measure(Measure(code, label, "traceability", unit, compute, higher_is_better=True,
                                          compute_many=compute_many))
    # Retention is recomputed on read (retention.py); only the integrity check runs on a schedule.
    registry.register_periodic("traceability.verify", tasks.verify_nightly, daily_at=time(3, 15))
    registry.register_demo("traceability", demo.seed, order=60)
