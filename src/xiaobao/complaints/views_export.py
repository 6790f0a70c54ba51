"""Export pages of the complaint list (`/complaints/export.xlsx`, `/complaints/export.csv`): thin views.

The filters are the list page's (`forms.FilterForm`), so "export" gives what the list shows: its search token
(`?s=`, see `searches`) or plain parameters from a link (a phone or ID number there is refused).
`plain=1` with `reason` (POST, officers only) exports personal data in clear and is logged.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from xiaobao.complaints import exports, forms, searches, selectors
from xiaobao.core.errors import DomainError, InvalidInput, NotFound
from xiaobao.org import selectors as org_selectors


def _filters(request: HttpRequest) -> selectors.ComplaintFilters:
    # The filters come from the address: the list's search token (`?s=`), or plain parameters from a link.
    given = searches.filter_input(request, accept_post=False)
    if given.expired:  # never "no filters": that would export the whole scope instead of the search
        raise InvalidInput(_("That search has expired: search again on the list, then export."), field="s")
    institutions = [(i.code, i.code) for i in org_selectors.institutions_visible_to(request.user)]
    form = forms.FilterForm(given.data, institutions=institutions, from_url=given.from_url)
    if form.is_bound and not form.is_valid():
        # A filter the list cannot apply (an institution outside the scope) is refused, never dropped.
        name, problems = next(iter(form.errors.items()))
        if name == "institution":  # not among the choices: outside the scope, which the export service refuses
            return selectors.ComplaintFilters(institution=form.data.get("institution"))
        raise InvalidInput(problems[0], field=name)
    if not form.is_bound:
        return selectors.ComplaintFilters()
    d = form.cleaned_data
    return selectors.ComplaintFilters(status=d["status"] or None, channel=d["channel"] or None,
                                      institution=d["institution"] or None,
                                      overdue=True if d["overdue"] else None, q=d["q"] or None)


def _export(request: HttpRequest, fmt: exports.Format) -> HttpResponse:
    params = request.POST if request.method == "POST" else request.GET
    # Clear personal data only through the POST form (CSRF-checked), never from a link.
    plain = request.method == "POST" and params.get("plain") in ("1", "true", "on")
    try:
        file = exports.complaint_export(user=request.user, filters=_filters(request), fmt=fmt, plain=plain,
                                        reason=params.get("reason"))
    except NotFound as exc:
        raise Http404 from exc
    except DomainError as exc:
        return render(request, "privacy/export_refused.html", {"error": exc}, status=exc.http_status)
    response = HttpResponse(file.content, content_type=file.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file.filename}"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def export_xlsx(request: HttpRequest) -> HttpResponse:
    return _export(request, "xlsx")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def export_csv(request: HttpRequest) -> HttpResponse:
    return _export(request, "csv")
