from datetime import time

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "xiaobao.core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self) -> None:
        from xiaobao.core import registry, tasks

        registry.register_periodic("core.purge_background_records", tasks.purge_background_records,
                                   daily_at=time(3, 10))
