from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InspectionConfig(AppConfig):
    name = "xiaobao.inspection"
    label = "inspection"
    verbose_name = _("Sales quality inspection")

    def ready(self) -> None:
        from xiaobao.core import registry
        from xiaobao.core.registry import NavEntry

        registry.register_navigation(NavEntry("inspection", _("Sales quality inspection"), "inspection:rules",
                                              order=55))
