"""The UI shell: login, home (work queue), organisation pages."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_POST

from xiaobao.core import registry
from xiaobao.org import selectors as org_selectors
from xiaobao.org.scope import scope_for
from xiaobao.web import queue
from xiaobao.web.forms import LoginForm


class LoginView(auth_views.LoginView):
    template_name = "web/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


@login_required
def home(request: HttpRequest) -> HttpResponse:
    page = queue.work_queue_page(request.user, request.GET.get("page"))
    return render(request, "web/home.html",
                  {"page": page, "notices": queue.notices(request.user), "scope": scope_for(request.user),
                   "panels": registry.home_panels(request)})


@login_required
def institution_list(request: HttpRequest) -> HttpResponse:
    institutions = org_selectors.institutions_visible_to(request.user).select_related("parent")
    return render(request, "web/institution_list.html", {"institutions": institutions})


@login_required
def institution_detail(request: HttpRequest, code: str) -> HttpResponse:
    institution = org_selectors.institutions_visible_to(request.user).filter(code=code).first()
    if institution is None:
        raise Http404
    staff = org_selectors.staff_visible_to(request.user).filter(institution=institution).prefetch_related("groups")
    return render(request, "web/institution_detail.html", {"institution": institution, "staff": staff})


@login_required
@require_POST
def form_checks(request: HttpRequest, slot: str) -> HttpResponse:
    """Warnings the other apps have about a form being filled in (htmx, `web/_form_checks.html`); writes nothing.
    A form whose slot no installed app checks gets an empty answer."""
    data = {name: value for name, value in request.POST.items() if name != "csrfmiddlewaretoken"}
    return render(request, "web/_form_check_result.html",
                  {"notices": registry.form_checks(slot, request.user, data)})


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "database": connection.vendor})
