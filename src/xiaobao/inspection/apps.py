from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InspectionConfig(AppConfig):
    name = "xiaobao.inspection"
    label = "inspection"
    verbose_name = _("Sales quality inspection")

    def ready(self) -> None:
        from datetime import timedelta

        from django.db.models.signals import post_save

        from xiaobao.core import registry
        from xiaobao.core.registry import Measure, NavEntry
        from xiaobao.inspection import demo, panels, selectors, stats, tasks
        from xiaobao.inspection.signals import transcript_arrived

        registry.register_navigation(NavEntry("inspection", _("Sales quality inspection"), "inspection:queue",
                                              order=55))
        registry.register_queue("inspection", selectors.queue_items, selectors.queue_count)
        registry.register_panel("sale.detail", "inspection", panels.sale_panel, order=50)
        registry.register_demo("inspection", demo.seed, order=65)  # after traceability (60)
        registry.register_periodic("inspection.sweep", tasks.sweep, every=timedelta(minutes=10))
        for code, label, unit, (compute, compute_many), higher in (
            ("inspection.inspected_count", _("Sales calls inspected"), _("calls"), stats.measure_inspected_count,
             True),
            ("inspection.failure_rate", _("Sales-call inspection failure rate"), "%", stats.measure_failure_rate,
             False),
            ("inspection.violation_count", _("Marketing violations in sales calls"), _("items"),
             stats.measure_violation_count, False),
        ):
            registry.register_measure(Measure(code, label, "inspection", unit, compute, higher_is_better=higher,
                                              compute_many=compute_many))
        registry.register_partner_facts("inspection_failures", "inspection.failed", stats.partner_failures)
        post_save.connect(transcript_arrived, sender="traceability.EvidenceItem",
                          dispatch_uid="inspection.transcript_arrived")
