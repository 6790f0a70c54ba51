from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "xiaobao.complaints"
    label = "complaints"
    verbose_name = _("Complaints")

    def ready(self) -> None:
        from xiaobao.complaints import selectors
        from xiaobao.complaints.services import response
        from xiaobao.web import queue

        queue.register(selectors.queue_items)
        queue.register_notice(selectors.calendar_notices)
        queue.register_notice(response.unread_notice_texts)
