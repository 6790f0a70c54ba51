from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    name = "xiaobao.outreach"
    label = "outreach"
    verbose_name = _("Education & publicity")

    def ready(self) -> None:
        from xiaobao.core import registry
        from xiaobao.core.registry import Measure, NavEntry
        from xiaobao.outreach import demo, importing, selectors
        from xiaobao.security import imports

        registry.register_demo("outreach", demo.seed, order=80)
        imports.register(imports.Importer(importing.JOB_KIND, importing.apply_job, page="outreach:activity-import"))
        registry.register_navigation(NavEntry("outreach", _("Education & publicity"), "outreach:activities",
                                              order=100))
        for code, label, unit, (compute, compute_many) in (
            ("outreach.activity_count", _("Outreach activities"), _("activities"), selectors.measure_activity_count),
            ("outreach.people_reached", _("People reached by outreach"), _("people"),
             selectors.measure_people_reached),
            ("outreach.materials", _("Outreach materials handed out"), _("copies"), selectors.measure_materials),
            ("outreach.case_story_count", _("Case stories (以案说险) published"), _("pieces"),
             selectors.measure_case_story_count),
            ("outreach.article_count", _("Outreach pieces published"), _("pieces"), selectors.measure_article_count),
            ("outreach.article_reach", _("Reach of published outreach pieces"), _("reads and plays"),
             selectors.measure_article_reach),
        ):
            registry.register_measure(Measure(code, label, "outreach", unit, compute, higher_is_better=True,
                                              compute_many=compute_many))
