"""Login and API-token throttling per account and per address, audited, released by an officer (issue 16, 11)."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from tests.conftest import PASSWORD
from xiaobao.audit.models import AuditEvent
from xiaobao.org import services as org_services

LIMIT = 5
ADDRESS_LIMIT = 20  # an office behind one NAT address shares it


def login(client: Client, username: str, password: str, ip: str = "10.0.0.1"):
    return client.post("/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def logged_in(response) -> bool:
    return response.status_code == 302 and response.url == "/"


def test_wrong_passwords_lock_the_account_even_for_the_right_one(cast):
    client = Client()
    for _ in range(LIMIT - 1):
        assert login(client, "handler_a", "wrong-password").status_code == 200
    assert login(client, "handler_a", "wrong-password").status_code == 429  # the failure that locks
    response = login(client, "handler_a", PASSWORD)
    assert response.status_code == 429
    text = response.content.decode()
    assert "登录" in text and "15" in text and "消保专员" in text  # Chinese, says how long and who can help
    assert "Content-Security-Policy" in response.headers
    assert not logged_in(login(Client(), "handler_a", PASSWORD, ip="10.0.0.2"))  # the account, from anywhere
    assert AuditEvent.objects.filter(action="auth.locked_out", actor_username="handler_a").exists()
    assert AuditEvent.objects.filter(action="auth.login_failed").count() >= LIMIT


def test_one_address_trying_many_accounts_is_locked_and_others_are_not(cast):
    client = Client()
    for n in range(ADDRESS_LIMIT - 1):
        login(client, f"nobody{n % 4}", "guess", ip="10.9.9.9")  # never 5 on one account
    assert logged_in(login(Client(), "officer", PASSWORD, ip="10.9.9.9"))
    assert login(client, "nobody9", "guess", ip="10.9.9.9").status_code == 429  # the address's 20th failure
    assert login(client, "officer", PASSWORD, ip="10.9.9.9").status_code == 429
    assert logged_in(login(Client(), "officer", PASSWORD, ip="10.0.0.3"))


def test_logging_in_as_oneself_does_not_reset_the_count_on_a_colleagues_account(cast):
    """django-axes' reset on success forgot every failure of the client address: an insider guessed at a
    colleague's password without end, logging in as themselves after every 4 guesses (24 guesses, all answered
    normally, and the colleague's account still open). Only the account that logs in is reset now."""
    guesses = []
    for _round in range(2):
        guesses += [login(Client(), "handler_a", "guess", ip="10.3.3.3").status_code for _ in range(LIMIT - 1)]
        assert logged_in(login(Client(), "handler_b", PASSWORD, ip="10.3.3.3"))
    assert guesses == [200] * (LIMIT - 1) + [429] * (LIMIT - 1)  # the 5th guess in a row locks handler_a
    assert login(Client(), "handler_a", PASSWORD, ip="10.3.3.4").status_code == 429  # from anywhere
    assert logged_in(login(Client(), "handler_b", PASSWORD, ip="10.3.3.3"))  # the insider's own account is not


def test_a_success_resets_the_count_and_the_lock_expires(cast):
    client = Client()
    for _ in range(LIMIT - 1):
        login(client, "reviewer_a", "wrong")
    assert logged_in(login(client, "reviewer_a", PASSWORD))
    for _ in range(LIMIT - 1):
        login(Client(), "reviewer_a", "wrong")
    assert logged_in(login(Client(), "reviewer_a", PASSWORD))  # 4 + 4 failures, never 5 in a row
    for _ in range(LIMIT):
        login(Client(), "reviewer_a", "wrong")
    assert login(Client(), "reviewer_a", PASSWORD).status_code == 429
    with time_machine.travel(timezone.now() + timedelta(minutes=16)):
        assert logged_in(login(Client(), "reviewer_a", PASSWORD))


def test_an_officer_sees_and_releases_a_lock_and_the_release_is_audited(cast):
    for _ in range(LIMIT):
        login(Client(), "handler_a", "wrong", ip="10.1.1.1")
    handler = Client()
    handler.force_login(cast.handler_b)
    assert handler.get("/security/locks/").status_code == 403
    officer = Client()
    officer.force_login(cast.officer)
    page = officer.get("/security/locks/").content.decode()
    assert "登录锁定" in page and "handler_a" in page and "解除" in page
    assert "10.1.1.1" not in page  # 5 failures lock the account, not yet the address (20)
    response = officer.post("/security/locks/clear/", {"kind": "username", "value": "handler_a"})
    assert response.status_code == 302
    assert "handler_a" not in officer.get("/security/locks/").content.decode().split("data-testid=\"locks\"")[1]
    assert logged_in(login(Client(), "handler_a", PASSWORD, ip="10.2.2.2"))
    event = AuditEvent.objects.get(action="auth.lock_cleared")
    assert event.actor_username == "officer" or event.actor_id == cast.officer.pk
    assert officer.post("/security/locks/clear/", {"kind": "username", "value": "nobody"}).status_code == 302


def test_wrong_api_tokens_lock_the_address_with_a_json_429(cast):
    token = org_services.token_create(user=cast.officer)
    client = Client()
    statuses = [client.get("/api/v1/complaints", HTTP_AUTHORIZATION=f"Bearer wrong-{n}", REMOTE_ADDR="10.5.5.5")
                .status_code for n in range(ADDRESS_LIMIT)]
    assert statuses == [401] * (ADDRESS_LIMIT - 1) + [429]
    response = client.get("/api/v1/complaints", HTTP_AUTHORIZATION=f"Bearer {token}", REMOTE_ADDR="10.5.5.5")
    assert response.status_code == 429
    body = response.json()
    assert body["code"] == "too_many_attempts" and "15" in body["message"]
    ok = client.get("/api/v1/complaints", HTTP_AUTHORIZATION=f"Bearer {token}", REMOTE_ADDR="10.6.6.6")
    assert ok.status_code == 200  # another address, and the token's owner, are not locked
    assert AuditEvent.objects.filter(action="auth.login_failed", actor_username="(API token)").count() == ADDRESS_LIMIT
    assert AuditEvent.objects.filter(action="auth.locked_out", ip="10.5.5.5").exists()


@pytest.mark.parametrize("kind,value", [("ip", "10.7.7.7")])
def test_an_address_lock_is_released_by_address(cast, kind, value):
    for _ in range(ADDRESS_LIMIT):
        Client().get("/api/v1/complaints", HTTP_AUTHORIZATION="Bearer nope", REMOTE_ADDR=value)
    officer = Client()
    officer.force_login(cast.officer)
    assert value in officer.get("/security/locks/").content.decode()
    officer.post("/security/locks/clear/", {"kind": kind, "value": value})
    token = org_services.token_create(user=cast.officer)
    assert Client().get("/api/v1/complaints", HTTP_AUTHORIZATION=f"Bearer {token}", REMOTE_ADDR=value).status_code == 200
