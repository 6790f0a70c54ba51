"""登录锁定: the officer's page of locked accounts and addresses, with a release button for each.

A refusal (core.errors.PermissionDenied) becomes the Chinese 403 page (core.middleware.DomainErrorMiddleware)."""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from xiaobao.core.errors import NotFound
from xiaobao.org.models import User
from xiaobao.security import services


@login_required
def locks(request: HttpRequest) -> HttpResponse:
    found = services.locks(user=cast(User, request.user))
    return render(request, "security/locks.html", {"locks": found, "title": _("Login locks")})


@login_required
@require_POST
def clear(request: HttpRequest) -> HttpResponse:
    value = request.POST.get("value", "")
    try:
        services.clear_lock(kind=request.POST.get("kind", ""), value=value, by=cast(User, request.user))
    except NotFound as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Lock released: %(value)s.") % {"value": value})
    return redirect("security:locks")
