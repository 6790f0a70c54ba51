from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssistanceConfig(AppConfig):
    name = "xiaobao.assistance"
    label = "assistance"
    verbose_name = _("Special-group services")

    def ready(self) -> None:
        from xiaobao.assistance import demo, imports, panels, selectors
        from xiaobao.core import registry
        from xiaobao.core.registry import Measure, NavEntry
        from xiaobao.security import imports as import_jobs

        registry.register_demo("assistance", demo.seed, order=60)
        import_jobs.register(import_jobs.Importer(imports.JOB_KIND, imports.apply_job, page="assistance:import"))
        registry.register_navigation(NavEntry("assistance", _("Special services"), "assistance:list", order=90))
        registry.register_queue("assistance", selectors.queue_items, selectors.queue_count)
        registry.register_panel("complaint.detail", "assistance.services", panels.complaint_services, order=50)
        for code, label, unit, (compute, compute_many), higher in (
            ("assistance.service_count", _("Special-group services"), _("services"),
             selectors.measure_service_count, True),
            ("assistance.elderly_service_count", _("Services to elderly customers"), _("services"),
             selectors.measure_elderly_count, True),
            ("assistance.disability_service_count", _("Services to customers with a disability"), _("services"),
             selectors.measure_disability_count, True),
            ("assistance.minority_language_service_count", _("Services in a minority language"), _("services"),
             selectors.measure_minority_language_count, True),
            ("assistance.outlets_checked_rate", _("Outlets with a facilities check"), "%",
             selectors.measure_outlets_checked_rate, True),
        ):
            registry.register_measure(Measure(code, label, "assistance", unit, compute, higher_is_better=higher,
                                              compute_many=compute_many))
