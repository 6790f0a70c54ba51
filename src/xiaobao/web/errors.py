"""The error pages: 400/403/404/500 in the user's language inside the site layout, JSON under the API.

Wired as Django's `handler400` … `handler500` (root urls) and `CSRF_FAILURE_VIEW`. A refused request shows its
reason (the message of the PermissionDenied raised, e.g. a domain error's Chinese message) and a way back; the
API (`/api/`) answers `{"code", "message", "field"}` as its own errors do. The 500 page renders without database
access if the request context cannot be built (the failure may be the database itself).
"""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

logger = logging.getLogger(__name__)

TITLES = {
    400: ("bad_request", gettext_noop("The request could not be understood")),
    403: ("permission_denied", gettext_noop("You may not open this page")),
    404: ("not_found", gettext_noop("Page not found")),
    500: ("server_error", gettext_noop("Something went wrong on our side")),
}


def _reasons() -> dict[int, str]:
    return {
        400: _("The request was incomplete or malformed. Go back and try again."),
        403: _("Your role or data scope does not include this page."),
        404: _("The page does not exist, or it is outside your data scope."),
        500: _("The error has been logged. Try again in a moment; if it persists, tell your administrator."),
    }


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def _back_url(request: HttpRequest) -> str:
    """Where "back" goes: the referring page of this site, else nothing (the home link is always there)."""
    referer = request.META.get("HTTP_REFERER", "")
    if referer and referer != request.build_absolute_uri() and url_has_allowed_host_and_scheme(
            referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return referer
    return ""


def _reason(status: int, exception: BaseException | None) -> str:
    """The exception's own message when it carries one meant for users (a PermissionDenied with a reason)."""
    message = str(exception.args[0]) if exception is not None and exception.args else ""
    if status in (400, 403) and message and not message.startswith(("<", "Forbidden")):
        return message
    return _reasons()[status]


def render_error(request: HttpRequest, status: int, exception: BaseException | None = None,
                 reason: str | None = None) -> HttpResponse:
    code, title = TITLES[status]
    message = reason or _reason(status, exception)
    if _is_api(request):
        return JsonResponse({"code": code, "message": message, "field": None}, status=status)
    context = {"status": status, "title": _(title), "reason": message, "back_url": _back_url(request)}
    try:
        body = loader.render_to_string("errors/error.html", context, request=request)
    except Exception:
        logger.exception("error page rendered without the site layout")
        body = loader.render_to_string("errors/bare.html", context)
    return HttpResponse(body, status=status)


def bad_request(request: HttpRequest, exception: BaseException) -> HttpResponse:
    return render_error(request, 400, exception)


def permission_denied(request: HttpRequest, exception: BaseException) -> HttpResponse:
    return render_error(request, 403, exception)


def page_not_found(request: HttpRequest, exception: BaseException) -> HttpResponse:
    return render_error(request, 404, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    return render_error(request, 500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: the form was open too long, or cookies are off; Django's reason goes to the log only."""
    return render_error(request, 403, reason=_("The form has expired or your browser refused its cookie. "
                                                "Reload the page and submit it again."))
