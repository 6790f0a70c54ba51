from datetime import time

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "xiaobao.complaints"
    label = "complaints"
    verbose_name = _("Complaints")

    def ready(self) -> None:
        from xiaobao.complaints import demo, measures, selectors, tasks
        from xiaobao.core import registry
        from xiaobao.core.registry import NavEntry

        registry.register_demo("complaints", demo.seed_complaints, order=10)
        registry.register_demo_object("complaint.minority_language", demo.minority_language_complaint)
        registry.register_periodic("complaints.purge_intake_keys", tasks.purge_intake_keys, daily_at=time(3, 25))
        registry.register_queue("complaints", selectors.queue_items, selectors.queue_count)
        registry.register_notice("complaints.calendar", selectors.calendar_notices)
        measures.register()
        registry.register_personal_data("complaint", lambda user, pk: selectors.complaint_get(user=user, pk=pk))
        registry.register_navigation(NavEntry("complaints", _("Complaints"), "complaints:list", order=10))
        registry.register_navigation(NavEntry("holidays", _("Holiday calendar"), "complaints:holidays", order=900,
                                              roles=frozenset({"admin"})))
