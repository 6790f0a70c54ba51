from datetime import time

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "xiaobao.security"
    label = "security"
    verbose_name = _("Security")

    def ready(self) -> None:
        from xiaobao.core import registry
        from xiaobao.core.registry import NavEntry
        from xiaobao.security import (
            receivers,  # noqa: F401  (connects the lock receiver)
            tasks,
        )

        registry.register_periodic("security.purge_records", tasks.purge_security_records, daily_at=time(3, 20))

        registry.register_navigation(NavEntry("security.locks", _("Login locks"), "security:locks", order=90,
                                              roles=frozenset({"officer", "admin"})))
