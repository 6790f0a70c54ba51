"""Login, logout and failed logins are audit events with the client IP."""

from xiaobao.audit.models import AuditEvent


def test_login_logout_and_failure_are_recorded(cast, client):
    client.post("/login/", {"username": "handler_a", "password": "wrong-password"}, REMOTE_ADDR="10.9.8.7")
    client.post("/login/", {"username": "handler_a", "password": "pw-for-tests-123"}, REMOTE_ADDR="10.9.8.7")
    client.post("/logout/", REMOTE_ADDR="10.9.8.7")
    actions = list(AuditEvent.objects.order_by("seq").values_list("action", "actor_username", "ip"))
    assert actions == [
        ("auth.login_failed", "handler_a", "10.9.8.7"),
        ("auth.login", "handler_a", "10.9.8.7"),
        ("auth.logout", "handler_a", "10.9.8.7"),
    ]
