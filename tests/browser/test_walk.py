"""Every page, as every demo role, at 1366×768 with DEBUG off (issue 10, "Done when").

The pages come from the URL configuration itself, so a module added later is walked without touching this file;
a URL with parameters is walked with a sample below, or with the demo's first object of the model its path
names (SEGMENT_MODELS), or else with object 1. On every HTML
page: no horizontal overflow, no console error, no 5xx, no English word in the Chinese interface, and a refused
page (400/403/404) is the Chinese error page. The admin role also walks the admin pages it may use.

One browser and one logged-in context per role; the whole walk takes well under two minutes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

import pytest
from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from playwright.sync_api import Error as PlaywrightError

from tests.conftest import reference_rows
from xiaobao.org.models import User

# serialized_rollback (tests/conftest.py gives it to every transactional test): other transactional tests empty
# the tables, including rows the migrations seed (the reports' denominator definitions); this test gets them back
# before it seeds the demo.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Not pages: the API (JSON, walked by the API tests), the language switch and logout (POST-only forms), health.
SKIPPED_PREFIXES = ("api/", "i18n/", "admin/")
SKIPPED_NAMES = {"web:logout", "web:healthz"}

# Words that may appear in the Chinese interface: product names, file formats, the language switch, codes.
ALLOWED_WORDS = {"xiaobao", "English", "Excel", "CSV", "xlsx", "csv", "API", "ID", "PDF", "TOML", "JR", "Word",
                 "App", "APP", "IP", "OK", "v", "LED"}
# Pages of other modules with problems their owners are fixing (issue 10 follow-ups): walked and checked for 5xx,
# but not yet for language and the refused-page layout. Add a line only with the defect named; remove it when fixed.
KNOWN_PROBLEMS: dict[str, str] = {}
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")


@dataclass
class Samples:
    """Objects of the demo data the parametrised URLs are tried with (scoped roles may get a refusal: fine)."""

    complaint: int
    major: int
    attachment: int
    review: int = 1
    review_document: int = 1
    opinion: int = 1
    finding: int = 1
    # The demo's first object of each model in SEGMENT_MODELS (model label → pk), for the guessed pages.
    first: dict[str, int] = field(default_factory=dict)


# The model behind an integer parameter, by the route's first segment and the segment before the parameter
# ("training/courses/<int:pk>/code/" → a course): the page is walked with the demo's first such object instead of
# object 1, which after other transactional tests no longer exists (ids are not reused) and gave only a 404.
SEGMENT_MODELS = {
    ("assessment", "runs"): "assessment.Run", ("assessment", "results"): "assessment.Result",
    ("assessment", "evidence"): "assessment.Evidence",
    ("traceability", "sales"): "traceability.SaleRecord", ("traceability", "items"): "traceability.EvidenceItem",
    ("inspection", "plans"): "inspection.SamplingPlan", ("inspection", "inspection"): "inspection.Inspection",
    ("inspection", "findings"): "inspection.AutoFinding",
    ("outreach", "activities"): "outreach.Activity", ("outreach", "files"): "outreach.ActivityFile",
    ("outreach", "pieces"): "outreach.Piece",
    ("partners", "partners"): "partners.Partner", ("partners", "blacklist"): "partners.Listing",
    ("partners", "contacts"): "partners.Contact", ("partners", "agreements"): "partners.Agreement",
    ("partners", "violations"): "partners.Violation",
    ("training", "plans"): "training.Plan", ("training", "courses"): "training.Course",
    ("training", "materials"): "training.Material", ("training", "exams"): "training.Exam",
    ("training", "attempts"): "training.Attempt", ("training", "answers"): "training.AttemptAnswer",
    ("assistance", "services"): "assistance.Service", ("assistance", "facility-photos"): "assistance.FacilityPhoto",
    ("assistance", "outlets"): "org.Institution", ("assistance", "complaints"): "complaints.Complaint",
}


def first_objects() -> dict[str, int]:
    from django.apps import apps

    found = {}
    for label in set(SEGMENT_MODELS.values()):
        pk = apps.get_model(label).objects.order_by("pk").values_list("pk", flat=True).first()
        if pk is not None:
            found[label] = pk
    return found


def object_kwargs(route: str, pattern: URLPattern, first: dict[str, int]) -> dict[str, object]:
    """The guessed kwargs with each integer parameter set to the demo's first object of its model; a nested
    object (a partner's contact) brings its own parent, so the page shows it rather than a 404."""
    from django.apps import apps

    kwargs = guessed_kwargs(pattern)
    segments = route.strip("/").split("/")
    labels = {}
    for before, segment in pairwise(segments):
        name = re.fullmatch(r"<int:(\w+)>", segment)
        label = name and SEGMENT_MODELS.get((segments[0], before))
        if label and label in first:
            kwargs[name.group(1)] = first[label]
            labels[name.group(1)] = label
    for child, label in list(labels.items())[1:]:
        parent_name, parent_label = next(iter(labels.items()))
        link = next((f for f in apps.get_model(label)._meta.concrete_fields
                     if f.is_relation and f.related_model is apps.get_model(parent_label)), None)
        if link is not None:
            kwargs[parent_name] = apps.get_model(label).objects.values_list(link.attname, flat=True).get(
                pk=kwargs[child])
    return kwargs


NO_SUCH_JOB = "00000000-0000-0000-0000-000000000000"


def sample_kwargs(samples: Samples) -> dict[str, dict[str, object]]:
    """URL name → kwargs of a real object; pages not listed are walked with a guess (`guessed_kwargs`)."""
    return {
        "complaints:detail": {"pk": samples.complaint},
        "complaints:act": {"pk": samples.complaint, "action": "accept"},
        "complaints:upload": {"pk": samples.complaint},
        "complaints:download": {"pk": samples.attachment},
        "complaints:import-job": {"pk": NO_SUCH_JOB},
        "complaints:import-report": {"pk": NO_SUCH_JOB},
        "privacy:unmask": {"complaint_id": samples.complaint, "field": "phone"},
        "privacy:unmask-item": {"complaint_id": samples.complaint, "field": "contact", "item": 1},
        "reports:alert": {"pk": 1},
        "reports:alert-acknowledge": {"pk": 1},
        "major:case-panel": {"pk": samples.major},
        "major:case-act": {"pk": samples.major, "action": "confirm"},
        "web:institution-detail": {"code": "650100"},
        "web:form-checks": {"slot": "complaint.create"},
        "reviews:detail": {"pk": samples.review},
        "reviews:act": {"pk": samples.review, "action": "take"},
        "reviews:upload": {"pk": samples.review},
        "reviews:release": {"pk": samples.review},
        "reviews:download": {"pk": samples.review_document},
        "reviews:answer": {"pk": samples.opinion},
        "reviews:decide": {"pk": samples.finding},
    }


def _patterns(resolver: URLResolver, prefix: str = "", namespace: str = "") -> Iterator[tuple[str, str, URLPattern]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else (
                entry.namespace or namespace)
            yield from _patterns(entry, prefix + str(entry.pattern), inner)
        else:
            name = f"{namespace}:{entry.name}" if namespace else str(entry.name)
            yield prefix + str(entry.pattern), name, entry


GUESSES = {"int": 1, "uuid": NO_SUCH_JOB}  # any other converter (str, slug, path) gets "1"


def guessed_kwargs(pattern: URLPattern) -> dict[str, object]:
    """A page without a sample is still walked: with object 1 (the demo's first record, or a Chinese 404)."""
    return {name: GUESSES.get(type(converter).__name__.removesuffix("Converter").lower(), "1")
            for name, converter in pattern.pattern.converters.items()}


def page_urls(samples: Samples) -> list[str]:
    kwargs = sample_kwargs(samples)
    urls = []
    for route, name, pattern in _patterns(get_resolver()):
        if route.startswith(SKIPPED_PREFIXES) or name in SKIPPED_NAMES:
            continue
        if pattern.pattern.regex.groups == 0:
            urls.append(reverse(name))
        else:
            urls.append(reverse(name, kwargs=kwargs.get(name) or object_kwargs(route, pattern, samples.first)))
    return urls


def admin_urls() -> list[str]:
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        meta = model._meta
        urls.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
    return urls


def not_pages(urls: list[str], username: str) -> set[str]:
    """URLs that are no page for a browser, asked in-process once: POST-only actions (405) and downloads."""
    from django.test import Client

    client = Client()
    client.force_login(User.objects.get(username=username))
    out = set()
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, (url, response.status_code)
        if response.status_code == 405 or "text/html" not in response.get("Content-Type", "text/html"):
            out.add(url)
    return out


def english_words(text: str) -> list[str]:
    """Latin words of the visible text that are neither allowed names nor identifiers (usernames, codes)."""
    found = []
    for token in re.split(r"[\s（）()，,、：:·/|«»\[\]]+", text):
        if not token or re.search(r"[\d.@]", token):
            continue  # usernames (wlmq.handler1), numbers, policy numbers, e-mail addresses
        found += [w for w in WORD.findall(token) if w not in ALLOWED_WORDS]
    return found


@dataclass
class Problem:
    role: str
    url: str
    what: str


# The visible text, less what the page marks translate="no" (HTML's own marker for text that is no language: a
# sampling seed the officer typed, the sign-in address beside its QR code); the page test of each such element
# checks the marker sits on that value alone.
PAGE_FACTS = """() => {
    const title = document.querySelector("[data-testid=error-title]");
    let text = document.body ? document.body.innerText : "";
    for (const code of document.querySelectorAll("body [translate=no]")) {
        if (code.innerText) text = text.replace(code.innerText, " ");
    }
    return {scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth,
            text: text, errorTitle: title ? title.innerText : null};
}"""


def check_page(page, role: str, url: str, status: int, problems: list[Problem]) -> None:
    if status >= 500:
        problems.append(Problem(role, url, f"status {status}"))
    if url in KNOWN_PROBLEMS:
        return
    facts = page.evaluate(PAGE_FACTS)
    if facts["scroll"] > facts["width"]:
        problems.append(Problem(role, url, f"horizontal overflow: {facts['scroll']} > {facts['width']} px"))
    words = english_words(facts["text"])
    if words:
        problems.append(Problem(role, url, f"English in the Chinese interface: {sorted(set(words))[:12]}"))
    if status in (400, 403, 404) and not re.search(r"[\u4e00-\u9fff]", facts["errorTitle"] or ""):
        problems.append(Problem(role, url, f"{status} without the Chinese error page"))


def walk(context, role: str, urls: list[str], base: str, problems: list[Problem]) -> int:
    page = context.new_page()
    console: list[str] = []

    def on_console(message) -> None:
        # The browser reports a refused document (403/404) as a failed resource: that status is checked above.
        if message.type == "error" and message.location.get("url") != page.url:
            console.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: console.append(str(error)))
    walked = 0
    for url in urls:
        console.clear()
        try:
            response = page.goto(base + url, wait_until="load")
        except PlaywrightError as exc:
            if "Download is starting" in str(exc):
                continue  # an export or a template file
            raise
        check_page(page, role, url, response.status if response else 0, problems)
        problems.extend(Problem(role, url, f"console error: {text}") for text in console)
        walked += 1
    page.close()
    return walked


def login(context, base: str, username: str, password: str) -> None:
    page = context.new_page()
    page.goto(f"{base}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button.primary")
    page.wait_for_url(f"{base}/")
    page.close()


@pytest.fixture
def demo(db) -> tuple[list, Samples]:
    from xiaobao.complaints import services
    from xiaobao.complaints.models import Complaint
    from xiaobao.core.demo import seed
    from xiaobao.major.models import MajorCase

    reference_rows()
    accounts = seed()
    complaint = Complaint.objects.filter(institution__code="650100").order_by("pk").first()
    handler = User.objects.get(username="wlmq.handler1")
    attachment = services.attachment_add(complaint_id=complaint.pk, by=handler, name="说明.pdf",
                                         stream=io.BytesIO(b"%PDF-1.4\n%demo\n"), size=15)
    major = MajorCase.objects.order_by("pk").first()
    from xiaobao.reviews.models import Finding, Opinion, ReviewDocument, ReviewRequest

    review = ReviewRequest.objects.order_by("pk").first()
    return accounts, Samples(
        complaint=complaint.pk, major=major.complaint_id, attachment=attachment.pk, review=review.pk,
        review_document=ReviewDocument.objects.filter(request=review).first().pk,
        opinion=Opinion.objects.order_by("pk").first().pk, finding=Finding.objects.order_by("pk").first().pk,
        first=first_objects())


def one_account_per_role(accounts: list) -> dict[str, object]:
    chosen: dict[str, object] = {}
    for account in accounts:
        if account.institution in ("650000", "650100"):  # the branch, or 乌鲁木齐 for institution roles
            chosen.setdefault(account.role, account)
    return chosen


def test_every_page_as_every_demo_role(browser, live_server, demo):
    assert not settings.DEBUG
    accounts, samples = demo
    urls = page_urls(samples)
    skipped = not_pages(urls, "xj.officer1")
    urls = [url for url in urls if url not in skipped]
    problems: list[Problem] = []
    walked: dict[str, int] = {}
    for role, account in one_account_per_role(accounts).items():
        context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        context.set_default_timeout(15_000)
        login(context, live_server.url, account.username, account.password)
        pages = urls + (admin_urls() if role == "admin" else [])
        walked[role] = walk(context, role, pages, live_server.url, problems)
        context.close()
    assert len(walked) >= 6, walked
    report = "\n".join(f"{p.role:10} {p.url:45} {p.what}" for p in problems)
    assert not problems, f"{len(problems)} problems on {sum(walked.values())} pages:\n{report}"


def test_every_parametrised_page_gets_a_url():
    """Fails before any browser starts when a URL cannot be built from its sample or a guess."""
    assert len(page_urls(Samples(complaint=1, major=1, attachment=1))) > 50


def test_every_object_page_names_its_model():
    """A page with an object id in its path is walked with a real object: from a sample, or from SEGMENT_MODELS
    (add the module's line there when this fails)."""
    sampled = sample_kwargs(Samples(complaint=1, major=1, attachment=1))
    unmapped = []
    for route, name, _pattern in _patterns(get_resolver()):
        if route.startswith(SKIPPED_PREFIXES) or name in SKIPPED_NAMES or name in sampled:
            continue
        segments = route.strip("/").split("/")
        unmapped += [f"{name}: {segment}" for before, segment in pairwise(segments)
                     if segment.startswith("<int:") and (segments[0], before) not in SEGMENT_MODELS]
    assert not unmapped, unmapped


def test_only_a_bare_value_is_marked_as_no_language():
    """translate="no" takes text out of the language check: it may sit only on an element holding one value (a
    seed, an address), never on interface text."""
    from pathlib import Path

    import xiaobao

    marked = re.compile(r'<(\w+)[^>]*\btranslate="no"[^>]*>(.*?)</\1>', re.S)
    found = 0
    for path in Path(xiaobao.__file__).parent.rglob("templates/**/*.html"):
        for _tag, inner in marked.findall(path.read_text(encoding="utf-8")):
            assert re.fullmatch(r"\{\{ [\w.]+ \}\}", inner), (path.name, inner)
            found += 1
    assert found >= 2  # the sampling seed, the sign-in address


def test_the_english_detector_ignores_names_and_codes():
    assert english_words("投诉管理 wlmq.handler1 PDAA2025650100001 English 导出 Excel") == []
    assert english_words("held_on 必填 unconfirmed motor") == ["held", "on", "unconfirmed", "motor"]
