"""Login and API-token throttling (issue 16, item 11) on django-axes: the settings' callables live here.

A login is refused for `AXES_COOLOFF_TIME` once an account has failed `AXES_FAILURE_LIMIT` times in a row, or a
client address `ADDRESS_FAILURE_LIMIT` times (whichever comes first). A success resets that account's count, and
only that account's: axes' own reset forgets every failure of the client address, so anybody with an account
could guess at a colleague's password without end from the same machine, logging in as themselves after every
few guesses. The address's count therefore runs on until its failures expire, and its limit is higher than an
account's (an office behind one NAT address shares it). A wrong API token counts against the client address
only (it names no account). Each failure is an `auth.login_failed`
audit event (xiaobao.audit.receivers), each lock an `auth.locked_out` event, each release by an officer an
`auth.lock_cleared` event. Officers and administrators see and clear locks at /security/locks/.
"""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from xiaobao.core.errors import DomainError

API_TOKEN = "(API token)"  # noqa: S105 - the username a wrong bearer token is recorded under: no account is named; the label wrong tokens are counted under, not a secret


class TooManyAttempts(DomainError):
    code = "too_many_attempts"
    http_status = 429


class ThrottleBackend(AxesStandaloneBackend):  # django-axes ships no types: its classes are Any
    """Axes' lock check before the password backends; authentication without a request (the shell, a
    management command) has no client to throttle and passes through instead of failing."""

    def authenticate(self, request: HttpRequest | None, username: str | None = None, password: str | None = None,
                     **kwargs: Any) -> None:
        if request is not None:
            super().authenticate(request, username, password, **kwargs)  # raises when locked
        return None


class ThrottleHandler(AxesDatabaseHandler):  # AXES_HANDLER
    """Axes' database handler with an address limit of its own and a reset on success limited to the account."""

    def get_failures(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> int:
        """The number axes compares with AXES_FAILURE_LIMIT: the account's failures, or that limit itself once the
        client address has reached its own (ADDRESS_FAILURE_LIMIT)."""
        parameters = lockout_parameters(request, credentials)
        counts = {str(parameter): attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0
                  for parameter, attempts in zip(parameters, self.get_user_attempts(request, credentials),
                                                 strict=True)}
        address_reached = counts.get("ip_address", 0) >= settings.ADDRESS_FAILURE_LIMIT
        return max(counts.get("username", 0), settings.AXES_FAILURE_LIMIT if address_reached else 0)

    def reset_user_attempts(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> int:
        """After a successful login: forget the account's failures (from any address), nobody else's."""
        username = get_client_username(request, credentials)
        deleted, _by_model = AccessAttempt.objects.filter(username=username).delete()
        return int(deleted)


def client_ip(request: HttpRequest) -> str:
    """The address the audit chain records too (REMOTE_ADDR: a proxy must overwrite it). Without one (an in-process
    login), the unspecified address 0.0.0.0: axes stores it in an IP column, which PostgreSQL checks."""
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"  # noqa: S104 (an address recorded, not one bound to)


def lockout_parameters(request: Any, credentials: dict[str, Any] | None) -> list[str | list[str]]:
    """Lock the account or the address; a wrong token locks only the address (all tokens share API_TOKEN)."""
    if (credentials or {}).get("username") == API_TOKEN or getattr(request, "username", None) == API_TOKEN:
        return ["ip_address"]
    return ["username", "ip_address"]


def cool_off_minutes() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def locked_message() -> str:
    return _("Too many failed attempts: locked for %(minutes)s minutes. Ask the consumer-protection officer "
             "to release the lock sooner.") % {"minutes": cool_off_minutes()}


def lockout_response(request: HttpRequest, response: Any = None, credentials: dict[str, Any] | None = None,
                     *args: Any, **kwargs: Any) -> HttpResponse:
    """Axes' answer to a locked login: the API's JSON error, or the login page in the site's layout."""
    if request.path.startswith("/api/"):
        return JsonResponse(TooManyAttempts(locked_message()).as_dict(), status=429)
    return render(request, "security/locked_out.html", {"message": locked_message()}, status=429)


def check_token_client(request: HttpRequest) -> None:
    """Refuse a bearer token from an address locked for wrong tokens (or wrong passwords)."""
    if AxesProxyHandler.is_locked(request, {"username": API_TOKEN}):
        raise TooManyAttempts(locked_message())


def token_failed(request: HttpRequest) -> None:
    """A wrong bearer token: a failed login for axes (which may lock the address) and for the audit chain."""
    user_login_failed.send(sender=__name__, credentials={"username": API_TOKEN}, request=request)
