"""The cases behind a statistics figure (统计明细): every number of the reports and dashboards links here."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from xiaobao.complaints import statistics
from xiaobao.complaints.presenters import LIST_FIELDS, complainant_masked, complaint_sla
from xiaobao.core.pagination import CappedPaginator
from xiaobao.web.errors import render_error


@login_required
def figure_records(request: HttpRequest) -> HttpResponse:
    try:
        slice_, figure = statistics.slice_from_params(request.GET)
    except statistics.InvalidSlice as exc:
        what = {"figure": _("the figure"), "start": _("the start of the period"), "end": _("the end of the period"),
                "source": _("the source")}.get(exc.field, _("a filter"))
        return render_error(request, 400, reason=_("The link is not valid: %(what)s is missing or wrong. Open it "
                                                   "again from the report or dashboard.") % {"what": what})
    page = CappedPaginator(statistics.records(user=request.user, slice=slice_, figure=figure), 50).get_page(
        request.GET.get("page"))
    rows = [(c, complainant_masked(c, LIST_FIELDS), complaint_sla(c)) for c in page]
    labels = {name: statistics.dimension_label(name, getattr(slice_, name))
              for name in statistics.DIMENSIONS if getattr(slice_, name)}
    return render(request, "complaints/figure_records.html", {
        "rows": rows, "page": page, "slice": slice_, "figure_label": statistics.figure_label(figure),
        "source_label": statistics.SOURCES[slice_.source],
        "dimension_labels": [(statistics.DIMENSIONS[k][0], v) for k, v in labels.items()],
    })
