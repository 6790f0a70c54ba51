"""The complaint list's filters behind a short-lived server-side token: a phone or ID number searched for never
appears in a URL (URLs end up in proxy logs, browser history and Referer headers).

The list's filter form posts. Its values are kept in the user's session, encrypted (the session table is not),
under a random token; the list's address, its pager and its export links carry only that token (`?s=<token>`).
A token lives `SEARCH_TTL` and only in the session that made it. A phone or ID number in a link's `q` is
refused, never searched. Interface code: the pages and exports of this app use it; services never see a token.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from cryptography.fernet import InvalidToken
from django.http import HttpRequest

from xiaobao.privacy import crypto

SEARCH_TTL = timedelta(hours=1)
MAX_SEARCHES = 20  # per session: the oldest is forgotten first
SESSION_KEY = "complaints.searches"
TOKEN_PARAM = "s"  # noqa: S105 (a query parameter name, not a secret)
FIELDS = ("q", "status", "channel", "institution", "overdue")


@dataclass(frozen=True)
class FilterInput:
    """Where the list's filters came from: `data` for the form (None: no filters), `token` to carry in links,
    `from_url` when the values were typed into an address (a phone or ID number there is refused), `expired`
    when a token was given but is unknown or too old."""

    data: Mapping[str, str] | None
    token: str | None = None
    from_url: bool = False
    expired: bool = False

    @property
    def query(self) -> str:
        """The query string links carry to keep these filters (never the filter values of a posted search)."""
        return f"{TOKEN_PARAM}={self.token}" if self.token else ""


def _live(searches: Mapping[str, dict[str, object]], now: float) -> dict[str, dict[str, object]]:
    ttl = SEARCH_TTL.total_seconds()
    return {token: entry for token, entry in searches.items()
            if isinstance(entry, dict) and now - float(entry.get("at", 0)) < ttl}  # type: ignore[arg-type]


def save(request: HttpRequest, data: Mapping[str, str]) -> str:
    """Keep the posted filters in the session; returns the token that names them."""
    now = time.time()
    searches = _live(request.session.get(SESSION_KEY, {}), now)
    token = secrets.token_urlsafe(12)
    values = {name: str(data.get(name, "") or "") for name in FIELDS}
    searches[token] = {"at": now, "data": crypto.encrypt(json.dumps(values, ensure_ascii=False))}
    newest = sorted(searches.items(), key=lambda item: float(item[1]["at"]))[-MAX_SEARCHES:]  # type: ignore[arg-type]
    request.session[SESSION_KEY] = dict(newest)
    return token


def load(request: HttpRequest, token: str) -> dict[str, str] | None:
    """The filters a token names in this session, or None if it is unknown or expired."""
    entry = _live(request.session.get(SESSION_KEY, {}), time.time()).get(token)
    if entry is None:
        return None
    try:
        values = json.loads(crypto.decrypt(str(entry["data"])))
    except (InvalidToken, ValueError, KeyError):
        return None
    return {name: str(values.get(name, "")) for name in FIELDS}


def filter_input(request: HttpRequest, *, accept_post: bool = True) -> FilterInput:
    """The filters of a list or export request: posted (kept under a new token), named by a token, or plain
    query parameters (status and the like from links; a phone or ID number there is refused by the form)."""
    if accept_post and request.method == "POST":
        return FilterInput(request.POST)
    token = request.GET.get(TOKEN_PARAM)
    if token:
        data = load(request, token)
        return FilterInput(data, token=token) if data is not None else FilterInput(None, expired=True)
    return FilterInput(request.GET or None, from_url=bool(request.GET))
