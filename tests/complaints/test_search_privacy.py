"""The complaint list's search keeps phone and ID numbers out of URLs (issue 16 item 14): the filter form posts,
the filters live in the session (encrypted) under a short-lived token, and links carry only the token."""

from __future__ import annotations

import re
import time

import pytest
from django.test import Client

from tests.complaints.conftest import VALID_ID, services
from xiaobao.complaints import searches

PHONE = "13812345678"


@pytest.fixture
def logged_in(client, cast):
    client.force_login(cast.handler_a)
    return client


@pytest.fixture
def two_cases(make_complaint):
    other = services.ComplainantIn(name="李四", phone="13900001111", id_number="", address="")
    return make_complaint(), make_complaint(complainant=other, policy_number="P-OTHER")


def _token(url: str) -> str:
    match = re.search(r"[?&]s=([\w-]+)", url)
    assert match, url
    return match.group(1)


def test_the_filter_form_posts_and_the_address_carries_a_token(logged_in, two_cases):
    mine, other = two_cases
    page = logged_in.get("/complaints/").content.decode()
    assert re.search(r'<form class="toolbar" method="post"[^>]*hx-post=', page)

    r = logged_in.post("/complaints/", {"q": PHONE})
    assert r.status_code == 302 and PHONE not in r["Location"]
    token = _token(r["Location"])
    listing = logged_in.get(r["Location"]).content.decode()
    assert mine.number in listing and other.number not in listing
    # the export links keep the search through the token only
    assert f"/complaints/export.xlsx?s={token}" in listing and f"/complaints/export.csv?s={token}" in listing
    assert not re.search(r'href="[^"]*' + PHONE, listing)


def test_htmx_search_pushes_a_token_and_refreshes_the_export_links(logged_in, two_cases):
    mine, other = two_cases
    r = logged_in.post("/complaints/", {"q": VALID_ID}, HTTP_HX_REQUEST="true")
    rows = r.content.decode()
    assert r.status_code == 200 and "<html" not in rows
    assert mine.number in rows and other.number not in rows
    token = _token(r["HX-Push-Url"])
    assert VALID_ID not in r["HX-Push-Url"]
    assert 'id="export-links"' in rows and 'hx-swap-oob="true"' in rows and f"export.csv?s={token}" in rows


def test_the_pager_carries_the_token(logged_in, make_complaint):
    for n in range(31):
        make_complaint(policy_number=f"P-{n}")
    r = logged_in.post("/complaints/", {"q": PHONE}, HTTP_HX_REQUEST="true")
    token = _token(r["HX-Push-Url"])
    assert f'href="?page=2&s={token}"' in r.content.decode()
    second = logged_in.get(f"/complaints/?page=2&s={token}", HTTP_HX_REQUEST="true").content.decode()
    assert "2 / 2" in second


def test_a_phone_or_id_number_in_a_link_is_refused_not_searched(logged_in, two_cases):
    mine, other = two_cases
    for number in (PHONE, VALID_ID, "138 1234 5678"):
        r = logged_in.get("/complaints/", {"q": number})
        body = r.content.decode()
        assert r.status_code == 400 and "搜索按钮" in body, number
    # case, policy numbers and words still work from a link
    assert mine.number in logged_in.get("/complaints/", {"q": mine.number}).content.decode()
    assert other.number in logged_in.get("/complaints/", {"q": "P-OTHER"}).content.decode()
    r = logged_in.get("/complaints/export.csv", {"q": PHONE})
    assert r.status_code == 422 and "搜索按钮" in r.content.decode()


def test_the_export_uses_the_token_and_refuses_an_unknown_one(logged_in, two_cases):
    mine, other = two_cases
    token = _token(logged_in.post("/complaints/", {"q": PHONE})["Location"])
    csv_text = logged_in.get(f"/complaints/export.csv?s={token}").content.decode("utf-8-sig")
    assert mine.number in csv_text and other.number not in csv_text
    refused = logged_in.get("/complaints/export.csv?s=forged-or-old")
    assert refused.status_code == 422 and "搜索已过期" in refused.content.decode() and other.number not in refused.content.decode()


def test_tokens_are_encrypted_in_the_session_expire_and_belong_to_one_session(logged_in,
                                                                            two_cases, cast, monkeypatch):
    _mine, other = two_cases
    token = _token(logged_in.post("/complaints/", {"q": PHONE})["Location"])
    stored = logged_in.session[searches.SESSION_KEY]
    assert PHONE not in repr(stored) and "enc1:" in repr(stored)

    stranger = Client()
    stranger.force_login(cast.handler_a)  # the same user in another session: the token means nothing there
    assert other.number in stranger.get(f"/complaints/?s={token}").content.decode()

    later = time.time() + searches.SEARCH_TTL.total_seconds() + 1
    monkeypatch.setattr(searches.time, "time", lambda: later)
    expired = logged_in.get(f"/complaints/?s={token}").content.decode()
    assert "搜索已过期" in expired and other.number in expired


def test_a_session_keeps_only_the_newest_searches(logged_in, two_cases):
    for n in range(searches.MAX_SEARCHES + 5):
        logged_in.post("/complaints/", {"q": f"P-{n}"})
    assert len(logged_in.session[searches.SESSION_KEY]) == searches.MAX_SEARCHES
