"""The permission matrix, generated: every route × every demo role × another institution's object → refused.

Nothing here lists routes or objects. The routes come from the URL configuration (pages and the API alike; the
API's methods from its OpenAPI document), the accounts and their data from `xiaobao demo` (every app seeds its
module through the registry), and each route's object from its parameters: `complaint_id`, `route_id`, `pk`,
`code`… name a model (the parameter, or the path segment before it: `/routes/{route_id}` → ExternalRoute,
`/accountability/{record_id}` → AccountabilityRecord, `complaints/<int:pk>/` → Complaint). An object's institution
is found through its foreign keys (its own `institution`, else its case's, else its user's). A module added later
is covered as soon as its routes exist and its demo seeds objects; if a parameter names no model, or no object of
the model lies outside some account's scope, the test says so instead of passing silently.

Refused means: the answer is a refusal (400, 403, 404, 405, 422) or the very answer the same request gets for an
object that does not exist (a page that shows a form before looking anything up), and the object's number, title or
name appears nowhere in it unless it also appears for the nonexistent object (the user's own header). API writes are sent with a schema-valid body (generated from the OpenAPI document), so
they reach the scope check instead of stopping at validation.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.apps import apps
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis.errors import NonInteractiveExampleWarning

from tests.conftest import reference_rows
from xiaobao.core import demo
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import scope_for

# Routes that name no object of an institution (static files, language switch, the Django admin, which only
# staff reach and which is read-only and audited apart).
SKIPPED_PREFIXES = ("admin/", "i18n/", "static/")
# Parameters that are not objects: a fixed sample value each.
SAMPLES = {"action": "note", "token": "0" * 32, "kind": "quarterly", "format": "xlsx", "field": "phone", "item": "0", "slot": "complaint.create", "purpose": "play"}
# Path segments that name their object differently (keep this short: name parameters after their models).
SEGMENT_MODELS = {"import": "job", "case": "complaint", "review": "reviewrequest", "sale": "salerecord"}  # /major/cases/<pk>: a complaint
REFUSED = {400, 403, 404, 405, 422}
# Objects an institution publishes to everyone below it, by design: a training plan's courses and exams apply to
# the institutions under the one that made the plan; an assessment run assesses every institution under the
# assessing one, which sees its own place in it. For these, an object of an ancestor institution is not "outside".
SHARED_DOWNWARD = {"training.course", "training.exam", "training.plan", "assessment.run"}
_PARAM = re.compile(r"<(?:(?P<conv>[^>:]+):)?(?P<name>[^>]+)>")


@dataclass
class Route:
    template: str  # "/complaints/<int:pk>/act/<str:action>/"
    params: list[str]
    api: bool


def _walk(patterns: list[Any], prefix: str = "") -> Iterator[str]:
    for p in patterns:
        route = str(p.pattern)
        if isinstance(p, URLResolver):
            yield from _walk(p.url_patterns, prefix + route)
        elif isinstance(p, URLPattern):
            yield prefix + route


def routes() -> list[Route]:
    found, seen = [], set()
    for template in _walk(get_resolver().url_patterns):
        if template.startswith(SKIPPED_PREFIXES) or "^" in template or template in seen:
            continue
        seen.add(template)
        params = [m["name"] for m in _PARAM.finditer(template)]
        found.append(Route("/" + template, params, template.startswith("api/")))
    return found


def _project_models() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if m.__module__.startswith("xiaobao.")]


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"  # activities → activity
    return word[:-1] if word.endswith("s") else word


def model_for(route: Route, param: str) -> type[models.Model] | None:
    """The model a path parameter names: `<segment><stem>`, `<stem>`, then `<segment>` (segment = the literal
    path segment before the parameter, singular), first exactly, then as the end of a model name."""
    parts = route.template.strip("/").split("/")
    index = next(i for i, part in enumerate(parts) if f"{param}>" in part)
    segment = _singular(parts[index - 1].replace("-", "")) if index else ""
    segment = SEGMENT_MODELS.get(segment, segment)
    stem = "" if param in ("pk", "id") else param.removesuffix("_id").replace("_", "")
    names = {m._meta.model_name: m for m in _project_models()}
    for candidate in (segment + stem, stem, segment):
        if candidate in names:
            return names[candidate]
    for candidate in (segment + stem, stem):
        ends = [m for name, m in names.items() if candidate and name.endswith(candidate)]
        if len(ends) == 1:
            return ends[0]
    return None


# Objects that belong to a person rather than to what they hang on: an exam attempt is its candidate's.
OWNED_BY = {"training.attempt": "candidate", "training.attemptanswer": "attempt"}


def institution_of(obj: models.Model, depth: int = 0) -> Institution | None:
    """The institution an object belongs to, through its foreign keys (own institution first, then other objects,
    then users)."""
    if isinstance(obj, Institution):
        return obj
    owner = OWNED_BY.get(obj._meta.label_lower)
    if owner is not None and depth <= 3:
        return institution_of(getattr(obj, owner), depth + 1)
    if depth > 3:
        return None
    fks = [f for f in obj._meta.concrete_fields if f.is_relation and f.many_to_one and getattr(obj, f.attname)]
    fks.sort(key=lambda f: (f.related_model is not Institution or f.name != "institution",
                            f.related_model is Institution, f.related_model is User))
    for f in fks:
        found = institution_of(getattr(obj, f.name), depth + 1)
        if found is not None:
            return found
    return None


def _value(obj: models.Model, param: str) -> str:
    if param in ("pk", "id") or param.endswith("_id"):
        return str(obj.pk)
    return str(getattr(obj, param, obj.pk))


def _nonexistent(value: str) -> str:
    if value.isdigit():
        return "999999999"
    if re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", value):
        return "00000000-0000-0000-0000-000000000000"
    return "NOSUCH0"


def _markers(obj: models.Model) -> list[str]:
    return [str(getattr(obj, name)) for name in ("number", "title", "name") if getattr(obj, name, "")]


@pytest.fixture
def demo_world(db, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    reference_rows()
    demo.seed()
    # One account per role (set of roles) and institution level: the demo's 46 handlers or 18 heads differ only by
    # their institution, which scoping treats alike; every role is still tried against every object route.
    accounts: dict[tuple[tuple[str, ...], str], User] = {}
    for user in User.objects.filter(is_active=True).select_related("institution").order_by("username"):
        if user.institution_id:
            accounts.setdefault((tuple(sorted(user.roles)), user.institution.level), user)
    return list(accounts.values())


def _api_bodies() -> dict[tuple[str, str], Any]:
    """A schema-valid example request for each API operation, keyed by (path, method)."""
    from tests.api.test_fuzz import schema

    examples = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        for result in schema.get_all_operations():
            op = result.ok()
            examples[(op.path, op.method.lower())] = op.as_strategy().example()
    return examples


def _send(client: Any, route: Route, method: str, url: str, bodies: dict[tuple[str, str], Any]) -> tuple[Any, str]:
    if route.api:
        example = bodies.get((_openapi_path(route.template), method))
        body = example.body if example is not None and example.body is not None else {}
        if isinstance(body, dict | list):
            r = getattr(client, method)(url, body, content_type="application/json")
        else:
            r = getattr(client, method)(url, {"file": b""} if method == "post" else {})
    else:
        r = getattr(client, method)(url)
    kind = r.get("Content-Type", "")
    return r, r.content.decode("utf-8", "replace") if kind.startswith(("text/", "application/json")) else ""


def _openapi_path(template: str) -> str:
    return _PARAM.sub(lambda m: "{" + m["name"] + "}", template)


@pytest.mark.fuzz
def test_no_route_reaches_another_institutions_object(demo_world, client):
    from tests.api.test_fuzz import schema

    documented = {path: set(item) for path, item in schema.raw_schema["paths"].items()}
    bodies = _api_bodies()
    object_routes, problems, checked = [], [], 0
    for route in routes():
        named = {p: model_for(route, p) for p in route.params if p not in SAMPLES}
        if not named:
            continue
        missing = [p for p, m in named.items() if m is None]
        assert not missing, f"{route.template}: no model is named by {missing}; name the parameter after it"
        object_routes.append((route, named))
    assert object_routes, "no route takes an object"
    candidates = {m: [(o, institution_of(o)) for o in m.objects.all()[:300]]
                  for _r, named in object_routes for m in named.values()}
    tested_users = set()
    for user in demo_world:
        scope = scope_for(user)
        client.force_login(user)
        for route, named in object_routes:
            objects = {}
            for param, model in named.items():
                shared = model._meta.label_lower in SHARED_DOWNWARD
                outside = next((o for o, inst in candidates[model] if inst is not None and not scope.contains(inst)
                                and not (shared and user.institution.path.startswith(inst.path))), None)
                if outside is None:
                    break
                objects[param] = outside
            if len(objects) < len(named):
                continue  # this account sees every object of the model (e.g. a branch officer)
            tested_users.add(user.username)
            url = missing_url = route.template
            for param in route.params:
                value = SAMPLES[param] if param in SAMPLES else _value(objects[param], param)
                other = value if param in SAMPLES else _nonexistent(value)
                url = re.sub(rf"<(?:[^>:]+:)?{param}>", value, url)
                missing_url = re.sub(rf"<(?:[^>:]+:)?{param}>", other, missing_url)
            methods = ["get", "post"]
            if route.api:
                methods = sorted(documented.get(_openapi_path(route.template), set())) or ["get"]
            for method in methods:
                r, text = _send(client, route, method, url, bodies)
                checked += 1
                leaked = [m for o in objects.values() for m in _markers(o) if m and m in text]
                if (r.status_code in REFUSED and not leaked) or not (set(leaked) or r.status_code not in REFUSED):
                    continue
                baseline, baseline_text = _send(client, route, method, missing_url, bodies)
                leaked = [m for m in leaked if m not in baseline_text]
                if (r.status_code not in REFUSED and r.status_code != baseline.status_code) or leaked:
                    problems.append(f"{user.username} ({','.join(sorted(user.roles))}) {method.upper()} {url} → "
                                    f"{r.status_code} (nonexistent: {baseline.status_code})"
                                    f"{' leaks ' + str(leaked) if leaked else ''}")
    print(f"\npermission matrix: {len(object_routes)} object routes, {len(tested_users)} accounts, "
          f"{checked} requests")
    assert tested_users, "no demo account has an institution outside its scope"
    assert not problems, "\n".join(problems[:60])
