from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "xiaobao.reports"
    label = "reports"
    verbose_name = _("Regulatory reports")

    def ready(self) -> None:
        from xiaobao.core import registry
        from xiaobao.core.registry import NavEntry
        from xiaobao.reports import demo, measures, rollup, selectors, services, tasks
        from xiaobao.security import imports

        measures.register()
        rollup.connect()  # the monthly and weekly counts follow every write of a case
        registry.register_demo("reports", demo.seed, order=90)
        imports.register(imports.Importer(services.IMPORT_JOB_KIND, services.import_volumes_job, page="reports:volumes"))
        registry.register_queue("reports", selectors.queue_items, selectors.queue_count)
        registry.register_notice("reports.spikes", selectors.spike_notices)
        registry.register_navigation(NavEntry("reports", _("Regulatory reports"), "reports:index", order=110))
        registry.register_home_panel("reports.dashboard", selectors.home_panel, order=10)
        # Spike detection is background work, never done on page load: the workers run it every hour.
        registry.register_periodic("reports.detect_spikes", tasks.detect_spikes, every=timedelta(hours=1))
