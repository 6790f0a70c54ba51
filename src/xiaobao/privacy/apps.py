from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "xiaobao.privacy"
    label = "privacy"
    verbose_name = _("Personal information")

    def ready(self) -> None:
        from xiaobao.core import registry
        from xiaobao.core.registry import NavEntry

        registry.register_navigation(NavEntry(
            "privacy", _("Personal information"), "privacy:access-log", order=40,
            roles=frozenset({"auditor", "officer"})))
