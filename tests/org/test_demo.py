"""The demo seed: one branch, 18 sub-institutions, 5 officers, 46 part-time handlers; idempotent."""

import json

from django.core.management import call_command

from tests.conftest import reference_rows
from xiaobao.audit import services as audit
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role


def test_demo_seeds_the_branch_idempotently_and_its_accounts_log_in(db, capsys, client):
    """One full seed (it takes a while): idempotent, the accounts as JSON or as a table, a handler logs in."""
    reference_rows()
    call_command("demo", "--json")
    first = json.loads(capsys.readouterr().out)
    call_command("demo", "--json")
    second = json.loads(capsys.readouterr().out)
    assert first == second
    assert Institution.objects.filter(level=Institution.Level.BRANCH).count() == 1
    assert Institution.objects.filter(level=Institution.Level.SUB_INSTITUTION).count() == 18
    assert User.objects.filter(groups__name=Role.OFFICER).count() == 5
    handlers = User.objects.filter(groups__name=Role.HANDLER)
    assert handlers.count() == 46
    assert all(h.is_part_time for h in handlers)
    assert handlers.values("institution").distinct().count() == 18
    assert {"username", "password", "role", "institution", "institution_name"} == set(first[0])
    assert {row["role"] for row in first} >= {r.value for r in Role}
    assert audit.verify().ok

    call_command("demo")
    table = capsys.readouterr().out
    assert "wlmq.handler1" in table and "乌鲁木齐中心支公司" in table
    assert client.login(username="wlmq.handler1", password="xiaobao-demo-2026")
