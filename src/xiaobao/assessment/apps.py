from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentConfig(AppConfig):
    name = "xiaobao.assessment"
    label = "assessment"
    verbose_name = _("Assessment")

    def ready(self) -> None:
        from xiaobao.assessment import demo, selectors
        from xiaobao.core import registry
        from xiaobao.core.registry import NavEntry

        registry.register_demo("assessment", demo.seed, order=200)
        registry.register_navigation(NavEntry("assessment", _("Assessment"), "assessment:list", order=70))
        registry.register_queue("assessment", selectors.queue_items, selectors.queue_count)
