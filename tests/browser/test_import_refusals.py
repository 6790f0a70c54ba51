"""Every Excel or zip import refused, in a real browser, to a demo role that may not import it (issue 16 item 8's
pages, s11): the user sees a Chinese refusal — the error page, the form's error or the page's message — with no
raw code and no English field name, and nothing is queued. A page that hides its import form from the role is
sent the form anyway (a page left open while the role changed, or a crafted request): the same refusal. Another
user's import job, on the shared job page or the complaint ledger's and traceability's own, is the Chinese
not-found page.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

import pytest

from tests.browser.pages import as_user
from tests.browser.test_walk import PAGE_FACTS, english_words
from tests.conftest import seed_demo_through
from tests.training.conftest import make_course, make_plan, xlsx
from xiaobao.complaints.services import importing as ledger_importing
from xiaobao.core import progress
from xiaobao.core.models import Job
from xiaobao.org.demo import DEMO_PASSWORD
from xiaobao.org.models import User
from xiaobao.outreach import importing as outreach_importing
from xiaobao.traceability import importing as traceability_importing

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# The page's own upload form posting to `target`, marked for the test; else one put on the page, posted as the
# page would (the CSRF token of its sign-out form). Returns whether the page offered its own.
UPLOAD_FORM = """([target, field]) => {
    let form = [...document.querySelectorAll("form")].find(
        f => f.action === target && f.querySelector("input[type=file]"));
    const offered = Boolean(form);
    if (!form) {
        form = document.createElement("form");
        form.method = "post"; form.action = target; form.enctype = "multipart/form-data";
        const token = document.querySelector("input[name=csrfmiddlewaretoken]");
        form.innerHTML = `<input type="hidden" name="csrfmiddlewaretoken" value="${token ? token.value : ""}">`
            + `<input type="file" name="${field}"><button type="submit">send</button>`;
        document.body.appendChild(form);
    }
    form.setAttribute("data-testid", "upload-under-test");
    return offered;
}"""


@dataclass(frozen=True)
class Case:
    what: str
    username: str  # a demo account whose role may not import here
    page: str  # where the user would import from
    action: str  # where the import form posts
    refusal: str  # the Chinese sentence the user must see
    field: str = "file"
    upload: str = "xlsx"  # or "zip"


def _workbook() -> bytes:
    return xlsx([["名称", "日期"], ["示例", "2026-12-01"]]).read()


def _archive() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.csv", "policy_number,kind,file\n")
    return out.getvalue()


def _login(browser, live_server, username: str):
    return as_user(browser, live_server, username, password=DEMO_PASSWORD)


def _visible(page) -> tuple[str, str | None]:
    facts = page.evaluate(PAGE_FACTS)
    return facts["text"], facts["errorTitle"]


def _problems_of(page, case: Case, step: str, status: int) -> list[str]:
    text, error_title = _visible(page)
    found = []
    if status >= 500:
        found.append(f"status {status}")
    if case.refusal not in text:
        found.append(f"no refusal {case.refusal!r} in {text[:300]!r}")
    if status in (403, 404) and not (error_title and any("\u4e00" <= c <= "\u9fff" for c in error_title)):
        found.append(f"{status} without the Chinese error page")
    words = english_words(text)
    if words:
        found.append(f"English or a raw code shown: {sorted(set(words))[:10]}")
    return [f"{case.what} ({case.username}) {step}: {p}" for p in found]


def _offers_upload(page, base: str, case: Case) -> bool:
    return page.evaluate("""([target]) => [...document.querySelectorAll("form")].some(
        f => f.action === target && f.querySelector("input[type=file]"))""", [base + case.action])


def _submit(page, base: str, case: Case) -> int:
    """Send a file through the page's own import form, or through one put on the page if it shows none; the
    status of the page the user lands on."""
    data, name, mime = ((_archive(), "回溯资料.zip", "application/zip") if case.upload == "zip"
                        else (_workbook(), "台账.xlsx", XLSX))
    page.evaluate(UPLOAD_FORM, [base + case.action, case.field])
    form = page.get_by_test_id("upload-under-test")
    form.locator(f"input[type=file][name={case.field}]").set_input_files(
        files=[{"name": name, "mimeType": mime, "buffer": data}])
    with page.expect_response(lambda r: r.request.method == "POST" and r.url == base + case.action) as posted:
        form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    landed = page.evaluate("() => performance.getEntriesByType('navigation')[0].responseStatus")
    return landed or posted.value.status


@pytest.fixture
def demo_course(db):
    seed_demo_through("org")
    trainer = User.objects.get(username="xj.trainer")
    return make_course(trainer, make_plan(trainer, trainer.institution))


def cases(course_id: int) -> list[Case]:
    return [
        Case("宣传教育活动台账", "xj.auditor", "/outreach/activities/import/", "/outreach/activities/import/",
             "您的岗位不能登记宣传教育活动。"),
        Case("合作机构台账", "wlmq.handler1", "/partners/import/", "/partners/import/", "您的岗位不能修改合作机构台账。"),
        Case("特殊群体服务台账", "xj.auditor", "/assistance/import/", "/assistance/import/", "您的角色不能登记特殊群体服务。"),
        Case("保费与保单件数", "xj.head", "/reports/volumes/", "/reports/volumes/import/", "只有消保专员可以修改报表数据。"),
        Case("题库", "xj.auditor", "/training/questions/", "/training/questions/import/",
             "只有培训管理员和消保专员可以修改培训记录"),
        Case("课程签到", "wlmq.handler1", f"/training/courses/{course_id}/",
             f"/training/courses/{course_id}/import/", "只有培训管理员和消保专员可以修改培训记录"),
        Case("投诉台账", "xj.auditor", "/complaints/import/", "/complaints/import/", "您的角色不能导入投诉台账。"),
        Case("投诉台账", "xj.admin", "/complaints/import/", "/complaints/import/", "您的角色不能导入投诉台账。"),
        Case("回溯资料批量导入", "xj.auditor", "/traceability/import/", "/traceability/import/", "页面不存在",
             field="archive", upload="zip"),
    ]


def test_every_import_is_refused_in_chinese_to_a_role_that_may_not_import_it(browser, live_server, demo_course):
    problems: list[str] = []
    for case in cases(demo_course.pk):
        page = _login(browser, live_server, case.username)
        opened = page.goto(live_server.url + case.page)
        status = opened.status if opened else 0
        if status in (403, 404):  # the page itself is refused: its refusal is what the user sees
            problems += _problems_of(page, case, "opening the page", status)
        elif _offers_upload(page, live_server.url, case):
            problems.append(f"{case.what} ({case.username}): offered an import form the role may not use")
        problems += _problems_of(page, case, "sending a file", _submit(page, live_server.url, case))
        page.context.close()
    assert not Job.objects.exists(), list(Job.objects.values_list("kind", "created_by__username"))
    assert not problems, "\n".join(problems)


def test_another_users_import_job_is_the_chinese_not_found_page(browser, live_server, demo_course):
    officer = User.objects.get(username="xj.officer1")
    jobs = [progress.create(kind=kind, title="导入 台账.xlsx", by=officer).pk
            for kind in (outreach_importing.JOB_KIND, ledger_importing.JOB_KIND, traceability_importing.JOB_KIND)]
    urls = [f"/security/imports/{jobs[0]}/", f"/complaints/import/{jobs[1]}/", f"/traceability/import/{jobs[2]}/"]
    page = _login(browser, live_server, "xj.officer2")  # same role and institution, not the uploader
    problems = []
    for url in urls:
        response = page.goto(live_server.url + url)
        text, error_title = _visible(page)
        if response is None or response.status != 404 or "页面不存在" not in (error_title or ""):
            problems.append(f"{url}: {response and response.status} {error_title!r}")
        if english_words(text):
            problems.append(f"{url}: English shown {english_words(text)[:10]}")
    owner = _login(browser, live_server, "xj.officer1")  # the uploader does see the first one
    assert owner.goto(live_server.url + urls[0]).status == 200
    assert not problems, "\n".join(problems)
