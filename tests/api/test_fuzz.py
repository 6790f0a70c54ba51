"""The real API fuzzed from its own OpenAPI document (schemathesis, in CI on both databases).

Every operation of /api/v1/openapi.json gets generated requests — schema-valid and schema-violating, from the
document's examples, its boundaries and random data — sent through the whole Django stack as the demo's branch
officer (who sees every institution) against the demo branch (`xiaobao demo`, seeded once for the module; a path
id names one of the demo's objects two times in three, so requests reach the rules behind the 404), with the
responses checked: no 5xx, only documented status codes, bodies and headers as
documented, auth enforced, methods outside the document refused. A module added later is fuzzed without a line
here. `XIAOBAO_FUZZ_EXAMPLES` sets the examples per operation (CI default below); the run is derandomised so
CI is reproducible; `XIAOBAO_FUZZ_SEED=random` explores new cases locally.

Every check runs on every operation (a module added later included), with two exceptions: `POSITIVE_NOT_YET`
names the operations that still refuse some schema-valid request with a 422 (schemathesis's
positive_data_acceptance check, which takes 2xx, 401, 403, 404, 409 and 429 for schema-valid data) and
`NEGATIVE_NOT_YET` those that still accept some schema-violating one, each with its reason. Shrink them; never
add an operation to make a new module pass.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from django.test import override_settings
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi import checks as openapi_checks

from tests.api.test_permission_matrix import Route, model_for
from tests.conftest import reference_rows
from xiaobao.core import demo
from xiaobao.org import services as org_services
from xiaobao.org.models import User
from xiaobao.org.roles import Role
from xiaobao.wsgi import application

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("XIAOBAO_FUZZ_EXAMPLES", "25"))
DERANDOMIZE = os.environ.get("XIAOBAO_FUZZ_SEED") != "random"

# Why each operation still answers some schema-valid request with 422 (issue 16). Classes:
CLOCK = "a window that moves with the clock (a date not after today, a time at most a day ahead)"
CONTENTS = "the contents of a file or a text the schema cannot describe"
RULE = "a rule the schema does not state (a cross-field rule, a check digit)"
POSITIVE_NOT_YET: dict[str, str] = {
    "POST /complaints": CLOCK + ": received_at between the first rules (2020-03-01) and a day from now (in its "
                        "description); " + RULE + ": sub_cause must be one of its cause's",
    "POST /traceability/sales": CLOCK + ": sold_at at most a day ahead; " + RULE + ": the contract's end not "
                                "before its start, the ID number's check digit, a phone of 7 to 15 digits",
    "POST /major/rules": CONTENTS + ": TOML",
    "POST /reviews": CLOCK + ": a planned release date not before yesterday (in its description)",
    "POST /traceability/imports": CONTENTS + ": the zip's",
    "POST /inspection/rules": CONTENTS + ": TOML",
    "POST /assessment/templates": CONTENTS + ": TOML",
    "POST /assistance/services": CLOCK + ": served_on not after today; " + RULE + ": at least one group served, "
                                 "the ID number's check digit, a phone of 7 to 15 digits, the customer's name unless "
                                 "a complaint is linked, measures listed once",
    # Reached only since the fuzzing takes the demo's objects (before, a random id ended in 404 first):
    "POST /assessment/results/{result_id}/evidence": CONTENTS + ": the file's type (PDF, Word, Excel, image, text)",
    "POST /complaints/{complaint_id}/attachments": CONTENTS + ": the file's type, and its extension matching it",
    "POST /outreach/activities/{activity_id}/files": CONTENTS + ": the file's type (photo, PDF, Word, Excel, MP4)",
    "POST /partners/{partner_id}/agreements": CONTENTS + ": the file's type (Word, PDF, image)",
    "POST /traceability/sales/{sale_id}/items": CONTENTS + ": the file's type for its kind (recording, video, "
                                                "page trail zip, UTF-8 transcript)",
    "POST /complaints/{complaint_id}/routes": CLOCK + ": referred_on not after today",
    "POST /assistance/outlets/{institution_id}/checks": CLOCK + ": checked_on not after today",
    "POST /partners/{partner_id}/blacklist": RULE + ": ends_on not before starts_on",
    "POST /training/plans/{plan_id}/courses": RULE + ": ends_at after starts_at",
    "POST /partners/{partner_id}/violations": CLOCK + ": occurred_on not after today",
    "POST /partners/violations/{violation_id}/rectified": CLOCK + ": on between the violation's date and today",
    "POST /partners/{partner_id}/evaluations": CLOCK + ": a past or the current year",
    "POST /complaints/{complaint_id}/grading/confirm": RULE + ": a reason for a level other than the one the case's "
                                                       "rules suggest (a rule of the case, not of the request)",
}
# Why each operation still accepts some schema-violating request (negative_data_rejection).
NEGATIVE_NOT_YET: dict[str, str] = {
}

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
sent = {"requests": 0}


@pytest.fixture(autouse=True)
def keep_test_connection():
    """Requests go straight to the WSGI application, not through Django's test client, so the request signals
    would close the database connection after each response — on PostgreSQL that is the test's own transaction.
    Detach them as the test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# The demo's objects, by (OpenAPI path, path parameter): the values a path parameter takes part of the time, so that
# the fuzzing reaches real objects (random ids end in 404 before any rule runs). Filled while the module's demo
# branch exists; the parameter names its model as in the permission matrix (`model_for`).
REAL_VALUES: dict[tuple[str, str], list[Any]] = {}
VALUES_PER_PARAMETER = 12  # spread over the objects by id, so that several states of a kind are reached


def _real_values() -> dict[tuple[str, str], list[Any]]:
    found: dict[tuple[str, str], list[Any]] = {}
    for path in schema.raw_schema["paths"]:
        template = path.replace("{", "<").replace("}", ">")
        for name in (part[1:-1] for part in template.split("/") if part.startswith("<")):
            model = model_for(Route(template, [], True), name)
            if model is None:
                continue
            field = "pk" if name.endswith("_id") else name
            values = [str(v) if not isinstance(v, int) else v
                      for v in model._default_manager.order_by("pk").values_list(field, flat=True)]
            step = max(1, len(values) // VALUES_PER_PARAMETER)
            if values:
                found[(path, name)] = values[::step][:VALUES_PER_PARAMETER]
    return found


@schema.hook
def flatmap_path_parameters(context: Any, path_parameters: dict[str, Any] | None) -> Any:
    """Each path parameter that names an object: the generated value a third of the time, else one of the demo's
    objects of its kind. Only a value of the kind the document states is replaced (an integer by an id, a string by
    a code), so a schema-violating one stays what it is."""
    if not path_parameters:
        return st.just(path_parameters)
    choices = {}
    for name, value in path_parameters.items():
        real = REAL_VALUES.get((context.operation.path, name), [])
        if real and type(value) is type(real[0]):
            choices[name] = st.one_of(st.just(value), st.sampled_from(real), st.sampled_from(real))
        else:
            choices[name] = st.just(value)
    return st.fixed_dictionaries(choices)


@pytest.fixture(scope="module")
def demo_branch(django_db_setup: Any, django_db_blocker: Any) -> Iterator[str]:
    """The demo branch (every app's demo step, as `xiaobao demo` seeds it), seeded once for the module inside a
    transaction rolled back at its end. Each operation's test runs in a savepoint inside it (pytest-django's `db`):
    its examples share what they change, the next operation starts from the demo again. An officer's token."""
    fast = override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": []}})
    with django_db_blocker.unblock(), fast:
        outer = transaction.atomic()
        outer.__enter__()
        try:
            reference_rows()
            demo.seed()
            REAL_VALUES.update(_real_values())
            officer = User.objects.filter(institution__parent=None, groups__name=Role.OFFICER).order_by("username")[0]
            yield org_services.token_create(user=officer)
        finally:
            REAL_VALUES.clear()
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def officer_token(demo_branch: str, db: None, settings: Any) -> str:
    # schemathesis's auth check sends wrong tokens again and again: the lock that answers that with 429 is tested
    # in tests/security; here every wrong token must get its plain 401.
    settings.AXES_ENABLED = False
    return demo_branch


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=DERANDOMIZE, database=None,
          suppress_health_check=list(HealthCheck))
def test_api(case, officer_token):
    sent["requests"] += 1
    label = case.operation.label.replace(" /api/v1/", " /", 1)
    not_yet = [check for check, names in ((openapi_checks.positive_data_acceptance, POSITIVE_NOT_YET),
                                          (openapi_checks.negative_data_rejection, NEGATIVE_NOT_YET))
               if label in names]
    case.call_and_validate(headers={"Authorization": f"Bearer {officer_token}"}, excluded_checks=not_yet)


def test_every_operation_is_fuzzed():
    """The fuzzing above covers the whole document: no operation is skipped by the loader."""
    operations = [op for op in schema.get_all_operations() if op.ok()]
    assert len(operations) == sum(len(item) for item in schema.raw_schema["paths"].values())
    print(f"\nfuzz: {len(operations)} operations, {sent['requests']} generated requests")


def test_the_operations_not_yet_checked_exist():
    """An operation renamed or removed leaves `POSITIVE_NOT_YET`: the list only shrinks."""
    labels = {op.ok().label.replace(" /api/v1/", " /", 1) for op in schema.get_all_operations() if op.ok()}
    assert set(POSITIVE_NOT_YET) - labels == set() and set(NEGATIVE_NOT_YET) - labels == set()
    print(f"\nfuzz: positive_data_acceptance not yet checked on {len(POSITIVE_NOT_YET)} of {len(labels)} operations")


def test_the_rules_not_yet_in_the_schema_are_described():
    """What the schema cannot state of an operation in `POSITIVE_NOT_YET` (a clock window, a file's contents, a
    comparison of two fields) is in the operation's description, so that a client knows before it is refused."""
    undescribed = [label for label in POSITIVE_NOT_YET
                   if "Beyond the schema" not in _operation(label).get("description", "")]
    assert undescribed == []


def _operation(label: str) -> dict[str, Any]:
    method, path = label.split(" ", 1)
    return schema.raw_schema["paths"][f"/api/v1{path}"][method.lower()]


def test_schema_names_are_unique_across_apps():
    """The OpenAPI document names schemas by class name: two apps' `RulesOut` would silently share one definition
    (the fuzzer then found /major/rules answering against inspection's schema)."""
    import importlib
    import inspect
    import pkgutil

    import ninja

    import xiaobao

    owners: dict[str, list[str]] = {}
    for module_info in (m for m in pkgutil.iter_modules(xiaobao.__path__) if m.ispkg):
        try:
            module = importlib.import_module(f"xiaobao.{module_info.name}.api")
        except ModuleNotFoundError:
            continue
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, ninja.Schema) and value.__module__ == module.__name__:
                owners.setdefault(name, []).append(module_info.name)
    assert {name: apps for name, apps in owners.items() if len(apps) > 1} == {}
