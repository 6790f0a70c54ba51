"""A run's results as Excel (考核结果导出): ranking, grade, element and indicator scores, through the DLP check."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.assessment import selectors
from xiaobao.assessment.models import Run
from xiaobao.core.safe_export import xlsx_bytes
from xiaobao.org.models import User
from xiaobao.privacy import dlp

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ExportFile:
    filename: str
    content: bytes
    content_type: str


def run_xlsx(*, user: User, run: Run) -> ExportFile:
    template = selectors.template_of(run)
    previous = selectors.comparison(run, user)
    headers = [_("Rank"), _("Institution code"), _("Institution"), _("Total score"), pgettext("assessment", "Grade"),
               _("Weight assessed"), _("Previous period"),
               *[e.name for e in template.elements],
               *[f"{i.name}" for i in template.indicators], _("Leadership evaluation")]
    rows = []
    for result in selectors.results_of(run, user).prefetch_related("scores"):
        scores = {s.indicator: selectors.stage_score(s, run.status) for s in result.scores.all()}
        elements = {e["code"]: e["score"] for e in result.elements}
        before = previous.get(result.institution_id)
        rows.append([
            result.rank or "", result.institution.code, result.institution.name,
            result.total if result.total is not None else "", result.grade_name, result.scored_weight,
            before.total if before is not None and before.total is not None else "",
            *[elements.get(e.code, "") for e in template.elements],
            *[scores.get(i.code) if scores.get(i.code) is not None else _("Not scored")
              for i in template.indicators],
            _("Yes") if result.leadership else _("No"),
        ])
    content = xlsx_bytes(_("Assessment results"), headers, rows)
    filename = f"assessment-{run.pk}-{timezone.localdate():%Y%m%d}.xlsx"
    dlp.check_export(user=user, filename=filename, content=content, kind="xlsx")
    return ExportFile(filename, content, XLSX)
