"""The named cast every app test can use: a branch, two sub-institutions and people in them."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

from tests.complaints.conftest import intake
from tests.factories import InstitutionFactory, UserFactory
from xiaobao.complaints import services
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role

PASSWORD = "pw-for-tests-123"

# The marketing engine runs its n-gram classifier beside the rules by default; the suite pins the rules'
# behaviour, and tests/engines/marketing/test_classifier.py tests the classifier where it asks for it.
os.environ.setdefault("XIAOBAO_MARKETING_CLASSIFIER", "0")


@dataclass
class Cast:
    branch: Institution
    sub_a: Institution  # 乌鲁木齐
    outlet_a: Institution  # under sub_a
    sub_b: Institution  # 喀什
    handler_a: User  # handler at sub_a: sees sub_a's subtree only
    reviewer_a: User
    handler_b: User  # the outsider: must see nothing of sub_a
    officer: User  # branch consumer-protection officer: sees everything
    auditor: User  # read-only, sees everything
    admin: User  # administrator only: manages users, sees no case


def _transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker is not None and marker.kwargs.get("transaction")) or any(
        name in item.fixturenames for name in ("live_server", "transactional_db"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every transactional test (live server, browser, marked transaction=True) starts from the database as the
    migrations left it — content types, permissions, the rows data migrations seed (reports' denominator
    definitions, built-in rules) — and leaves it so (below): no test depends on which transactional test ran
    before it. Django's runner gets this by running transactional tests last; with the suite spread over
    processes a file at a time (pytest-xdist), a plain test may follow a transactional one."""
    for item in items:
        if _transactional(item) and "django_db_serialized_rollback" not in item.fixturenames:
            item.fixturenames.append("django_db_serialized_rollback")


def reference_rows() -> None:
    """The rows the data migrations seed (reports' denominator definitions and spike rule), written again if a
    transactional test's flush took them: the tests that seed the whole demo call this first."""
    from importlib import import_module

    from django.apps import apps

    import_module("xiaobao.reports.migrations.0002_definitions_and_rule").forwards(apps, None)


def seed_demo_through(step: str) -> None:
    """The demo steps up to and including `step` (registry order: the organisation first). A module's demo test
    needs what its step builds on, not the whole demo (the last step, the assessment, measures every module: the
    full `xiaobao demo` is tested once, in tests/org/test_demo.py)."""
    from xiaobao.core import registry

    reference_rows()
    steps = registry.demo_steps()
    last = next(s.order for s in steps if s.name == step)
    for demo_step in [s for s in steps if s.order <= last]:
        demo_step.seed()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    yield
    if not _transactional(item) or nextitem is None:
        # no test follows: the session's teardown (just run) has destroyed the test database already
        return
    from django.core.management import call_command
    from django.db import DEFAULT_DB_ALIAS, IntegrityError, connections
    from pytest_django.plugin import blocking_manager_key

    connection = connections[DEFAULT_DB_ALIAS]
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents:  # the test's flush emptied every table: put the migrations' rows back
        with item.config.stash[blocking_manager_key].unblock():
            try:
                connection.creation.deserialize_db_from_string(contents)  # atomic: all or nothing
            except IntegrityError:
                # a request the live server was still answering after the flush (a page polling) wrote rows
                # again (content types, under new ids): empty the tables once more, then restore
                call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(scope="session")
def live_server(request: pytest.FixtureRequest):
    """pytest-django's live server (same address option), whose request threads `_live_server_settled` ends
    after each test (tests/live_server.py says why)."""
    from tests.live_server import SettlingLiveServer

    addr = (request.config.getvalue("liveserver") or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost")
    server = SettlingLiveServer(addr)
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _live_server_settled(request: pytest.FixtureRequest):
    """A test that used the live server ends with no request thread left: each one has answered, closed its own
    database connections and ended before the test's data is flushed (tests/browser/conftest.py closes the
    browser's contexts first, so no page goes on polling)."""
    server = request.getfixturevalue("live_server") if "live_server" in request.fixturenames else None
    yield
    if server is not None:
        server.settle()


@pytest.fixture(autouse=True)
def _fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _tasks_run_immediately(settings):
    """Enqueued background work runs at once in tests, unless a test asks for the real queue."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": []}}


@pytest.fixture
def cast(db) -> Cast:
    branch = InstitutionFactory(code="650000", name="新疆分公司", parent=None)
    sub_a = InstitutionFactory(code="650100", name="乌鲁木齐中心支公司", parent=branch)
    outlet_a = InstitutionFactory(code="650102", name="乌鲁木齐天山区支公司", parent=sub_a)
    sub_b = InstitutionFactory(code="653100", name="喀什中心支公司", parent=branch)
    return Cast(
        branch=branch,
        sub_a=sub_a,
        outlet_a=outlet_a,
        sub_b=sub_b,
        handler_a=UserFactory(username="handler_a", full_name="王芳", institution=sub_a, roles=[Role.HANDLER]),
        reviewer_a=UserFactory(username="reviewer_a", full_name="李强", institution=sub_a, roles=[Role.REVIEWER]),
        handler_b=UserFactory(username="handler_b", full_name="买买提·艾力", institution=sub_b, roles=[Role.HANDLER]),
        officer=UserFactory(username="officer", full_name="赵敏", institution=branch, roles=[Role.OFFICER]),
        auditor=UserFactory(username="auditor", full_name="钱审", institution=branch, roles=[Role.AUDITOR]),
        admin=UserFactory(username="admin", full_name="孙管", institution=branch, roles=[Role.ADMIN], is_staff=True),
    )


@pytest.fixture
def make_complaint(cast):
    """A case registered through the real intake service (by handler_a unless `by=`); fields as `intake()`."""
    def make(by=None, **overrides):
        complaint, _created = services.register(intake(**overrides), by=by or cast.handler_a)
        return complaint

    return make
