from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "xiaobao.audit"
    label = "audit"
    verbose_name = _("Audit trail")

    def ready(self) -> None:
        from xiaobao.audit import receivers  # noqa: F401 - connects the login/logout receivers
