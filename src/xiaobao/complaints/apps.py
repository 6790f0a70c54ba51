from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "xiaobao.complaints"
    label = "complaints"
    verbose_name = _("Complaints")

    def ready(self) -> None:
        from xiaobao.complaints import selectors, selectors_major
        from xiaobao.web import queue

        queue.register(selectors.queue_items)
        queue.register_notice(selectors.calendar_notices)
        queue.register_notice(selectors_major.unread_notice_texts)
