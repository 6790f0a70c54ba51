from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TraceabilityConfig(AppConfig):
    name = "xiaobao.traceability"
    label = "traceability"
    verbose_name = _("Sales traceability")

    def ready(self) -> None:
        from xiaobao.traceability import registration

        registration.register()
