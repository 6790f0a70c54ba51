"""Pages of the privacy module: unmask fragment (htmx), access log, blocked exports. Thin views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from xiaobao.core.errors import DomainError, NotFound, PermissionDenied
from xiaobao.privacy import forms, policy, selectors, services

PAGE_SIZE = 50


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def unmask(request: HttpRequest, complaint_id: int, field: str, item: int | None = None) -> HttpResponse:
    """GET: the reason form. POST: the value in clear for this response only, or the form with its error."""
    if field not in policy.UNMASKABLE:
        raise Http404
    form = forms.UnmaskForm(request.POST or None)
    context = {"complaint": {"pk": complaint_id}, "field": field, "item": item, "form": form, "open": True,
               "field_label": policy.FIELD_LABELS[field]}
    return unmask_control(request, context, lambda reason: services.unmask(
        user=request.user, complaint_id=complaint_id, field=field, reason=reason, channel="page", item=item))


def unmask_control(request: HttpRequest, context: dict[str, Any], reveal: Callable[[str], str]) -> HttpResponse:
    """The unmask control's answer (privacy/_unmask.html), for any holder of personal data: GET the reason form;
    POST `reveal(reason)` — the service that checks the right and logs the access — and the value in clear for
    this response only, or the form with its error. `context` holds the bound `form`."""
    form = context["form"]
    if request.method == "POST" and form.is_valid():
        try:
            value = reveal(form.cleaned_data["reason"])
        except NotFound as exc:
            raise Http404 from exc
        except DomainError as exc:
            context["error"] = exc.message
            status = exc.http_status if not request.htmx else 200  # htmx swaps only 2xx responses
            return render(request, "privacy/_unmask.html#form", context, status=status)
        return render(request, "privacy/_unmask.html#value", {**context, "value": value})
    return render(request, "privacy/_unmask.html#form", context)


@login_required
def access_log(request: HttpRequest) -> HttpResponse:
    form = forms.AccessLogFilterForm(request.GET or None)
    filters = selectors.AccessLogFilters()
    if form.is_valid():
        filters = selectors.AccessLogFilters(**{k: v or None for k, v in form.cleaned_data.items()})
    try:
        entries = selectors.access_log(user=request.user, filters=filters)
    except PermissionDenied as exc:
        raise DjangoPermissionDenied(str(exc.message)) from exc
    page = Paginator(entries.select_related("complaint"), PAGE_SIZE).get_page(request.GET.get("page"))
    template = "privacy/access_log.html#rows" if request.htmx else "privacy/access_log.html"
    return render(request, template, {"form": form, "page": page, "title": _("Personal data access log"),
                                      "field_labels": policy.FIELD_LABELS})


@login_required
def blocked_exports(request: HttpRequest) -> HttpResponse:
    try:
        entries = selectors.blocked_exports(user=request.user)
    except PermissionDenied as exc:
        raise DjangoPermissionDenied(str(exc.message)) from exc
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "privacy/blocked_exports.html", {"page": page, "title": _("Blocked exports")})


