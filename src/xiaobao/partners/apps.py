from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PartnersConfig(AppConfig):
    name = "xiaobao.partners"
    label = "partners"
    verbose_name = _("Partners")

    def ready(self) -> None:
        from xiaobao.core import registry
        from xiaobao.core.registry import Measure, NavEntry
        from xiaobao.partners import checks, demo, facts, importing, measures, selectors
        from xiaobao.security import imports

        registry.register_demo("partners", demo.seed, order=45)
        imports.register(imports.Importer(importing.JOB_KIND, importing.apply_job, page="partners:import"))
        registry.register_navigation(NavEntry("partners", _("Partners"), "partners:list", order=80))
        registry.register_queue("partners", selectors.queue_items, selectors.queue_count)
        registry.register_notice("partners.expiring", selectors.expiry_notices)
        for slot in ("complaint.create", "sale.create", "review.create", "review.monitoring"):
            registry.register_form_check(slot, "partners.blacklist", checks.blacklist_check)
        registry.register_partner_resolver("partners", facts.resolve)
        registry.register_panel("complaint.detail", "partners.partner", checks.complaint_panel, order=40)
        for slot in ("sale.detail", "review.detail"):
            registry.register_panel(slot, "partners.partner", checks.named_panel, order=40)
        for code, label, unit, (compute, compute_many), higher in (
            ("partners.admitted_count", _("Partners admitted"), _("partners"), measures.admitted, True),
            ("partners.blacklisted_count", _("Blacklisted partners"), _("partners"), measures.blacklisted, False),
            ("partners.complaint_count", _("Complaints naming a partner"), pgettext_lazy("partners", "complaints"),
             measures.complaints, False),
            ("partners.violation_count", _("Partner violations"), pgettext_lazy("partners", "items"),
             measures.violations, False),
            ("partners.marketing_violations", _("Partner marketing violations"), pgettext_lazy("partners", "items"),
             measures.marketing_violations, False),
        ):
            registry.register_measure(Measure(code, label, "partners", unit, compute, higher_is_better=higher,
                                              compute_many=compute_many))
