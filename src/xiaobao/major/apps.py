from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MajorConfig(AppConfig):
    """重大投诉: grading, response clocks and escalation, notices, external routes (调解/诉讼/仲裁), root cause,
    rectification (整改) and accountability (问责) of a complaint case. The case itself is `xiaobao.complaints`."""

    name = "xiaobao.major"
    label = "major"
    verbose_name = _("Major complaints")

    def ready(self) -> None:
        from xiaobao.core import registry
        from xiaobao.core.registry import NavEntry
        from xiaobao.major import demo, measures, selectors, tasks

        registry.register_demo("major", demo.seed_major_complaint, order=20)
        registry.register_queue("major", selectors.queue_items, selectors.queue_count)
        registry.register_notice("major.notices", selectors.unread_notice_texts)
        registry.register_periodic("major.escalate", tasks.escalate_missed_clocks, every=tasks.ESCALATION_EVERY)
        measures.register()
        registry.register_navigation(NavEntry(
            "major", _("Major complaints"), "major:board", order=20,
            roles=frozenset({"officer", "head", "reviewer", "auditor"})))
