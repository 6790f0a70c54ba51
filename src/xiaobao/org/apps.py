from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgConfig(AppConfig):
    name = "xiaobao.org"
    label = "org"
    verbose_name = _("Organisation")

    def ready(self) -> None:
        from xiaobao.core import registry
        from xiaobao.org import demo

        # First: every other demo step needs the branch and its staff; returns the accounts `xiaobao demo` prints.
        registry.register_demo("org", demo.seed_organisation, order=0)
