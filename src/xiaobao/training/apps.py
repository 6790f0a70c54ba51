from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "xiaobao.training"
    label = "training"
    verbose_name = _("Training")

    def ready(self) -> None:
        from datetime import timedelta

        from xiaobao.core import registry
        from xiaobao.core.registry import Measure, NavEntry
        from xiaobao.security import imports
        from xiaobao.training import demo, importing, selectors
        from xiaobao.training.tasks import expire_attempts

        imports.register(imports.Importer(importing.QUESTIONS, importing.questions_job, page="training:bank"))
        imports.register(imports.Importer(importing.ATTENDANCE, importing.attendance_job, page="training:course",
                                          page_args=("course_id",)))

        registry.register_demo("training", demo.seed, order=60)
        registry.register_navigation(NavEntry("training", _("Training"), "training:home", order=60))
        registry.register_queue("training", selectors.queue_items, selectors.queue_count)
        for code, label, unit, compute, compute_many in (
            ("training.coverage_rate", _("Mandatory training coverage rate"), "%", selectors.measure_coverage_rate,
             selectors.measure_coverage_rate_many),
            ("training.pass_rate", _("Exam pass rate"), "%", selectors.measure_pass_rate,
             selectors.measure_pass_rate_many),
            ("training.hours", _("Training hours per person"), _("hours"), selectors.measure_hours,
             selectors.measure_hours_many),
        ):
            registry.register_measure(Measure(code, label, "training", unit, compute, higher_is_better=True,
                                              compute_many=compute_many))
        registry.register_periodic("training.expire_attempts", expire_attempts, every=timedelta(minutes=1))
