from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    name = "xiaobao.reviews"
    label = "reviews"
    verbose_name = _("Consumer-protection reviews")

    def ready(self) -> None:
        from xiaobao.core import registry
        from xiaobao.core.registry import Measure, NavEntry
        from xiaobao.reviews import demo, selectors

        registry.register_demo("reviews", demo.seed, order=40)
        registry.register_navigation(NavEntry("reviews", _("Consumer-protection reviews"), "reviews:list", order=30))
        registry.register_queue("reviews", selectors.queue_items, selectors.queue_count)
        registry.register_notice("reviews.overdue", selectors.overdue_notices)
        for code, label, unit, (compute, compute_many), higher in (
            ("reviews.count", _("Consumer-protection reviews"), _("requests"), selectors.measure_count, True),
            ("reviews.adoption_rate", _("Review opinion adoption rate"), "%", selectors.measure_adoption_rate, True),
            ("reviews.overdue", _("Overdue reviews"), _("requests"), selectors.measure_overdue, False),
            ("reviews.average_days", _("Average days to a review conclusion"), _("days"),
             selectors.measure_average_days, False),
            ("reviews.marketing_violations", _("Marketing violations found in monitoring"), _("items"),
             selectors.measure_marketing_violations, False),
            ("reviews.unreviewed_share", _("Share of marketing material released without review"), "%",
             selectors.measure_unreviewed_share, False),
        ):
            registry.register_measure(Measure(code, label, "reviews", unit, compute, higher_is_better=higher,
                                              compute_many=compute_many))
        registry.register_partner_facts("marketing_violations", "reviews.monitoring",
                                        selectors.partner_marketing_violations)
        from datetime import time

        from xiaobao.reviews.tasks import sweep_releases

        registry.register_periodic("reviews.sweep_releases", sweep_releases, daily_at=time(2, 30))
