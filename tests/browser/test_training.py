"""A handler takes a timed exam in the browser: the answers are saved as they are given and survive a reload and
a lost connection, the timer counts from the server's deadline, the attempt passes and prints a certificate. A
read-only auditor is offered no exam, and an outsider can neither open nor answer the handler's paper."""

from __future__ import annotations

import re

import pytest

from tests.browser.test_reviews import as_user
from tests.training.conftest import make_bank, make_exam
from xiaobao.org.roles import Role
from xiaobao.training.codes import AttemptStatus
from xiaobao.training.models import Attempt, AttemptAnswer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def correct_choices(answer: AttemptAnswer) -> list[str]:
    """The shown positions (the option order of this candidate's paper) of the right options."""
    return [str(answer.option_order.index(original)) for original in answer.question.answer]


def answer_on_page(page, answer: AttemptAnswer) -> None:
    section = page.locator(f"[data-testid=question][data-position='{answer.position}']")
    for shown in correct_choices(answer):
        section.locator(f"input[name=choice][value='{shown}']").check()
    section.get_by_test_id("saved").wait_for()  # the server answered: the answer is stored


def remaining(page) -> int:
    return int(page.get_by_test_id("remaining").get_attribute("data-seconds"))


def test_a_handler_takes_a_timed_exam_that_survives_a_reload_and_passes(browser, live_server, cast):
    from tests.factories import UserFactory

    make_bank()
    trainer = UserFactory(username="trainer", institution=cast.branch, roles=[Role.TRAINER])
    exam = make_exam(trainer, cast.branch, minutes=20)

    handler = as_user(browser, live_server, "handler_a")
    handler.goto(f"{live_server.url}/training/exams/{exam.pk}/")
    handler.get_by_test_id("start").click()
    handler.wait_for_url(re.compile(r".*/training/attempts/\d+/$"))
    attempt = Attempt.objects.get(candidate=cast.handler_a)
    answers = list(attempt.answers.select_related("question").order_by("position"))
    assert len(answers) == 8 and all(a.question.kind != "short" for a in answers)
    assert 0 < remaining(handler) <= 20 * 60
    assert "剩余时间" in handler.get_by_test_id("remaining").inner_text()

    half = len(answers) // 2
    for answer in answers[:half]:
        answer_on_page(handler, answer)

    handler.reload()  # the answers given so far come back checked, the clock runs on from the server's deadline
    for answer in answers[:half]:
        section = handler.locator(f"[data-testid=question][data-position='{answer.position}']")
        for shown in correct_choices(answer):
            assert section.locator(f"input[name=choice][value='{shown}']").is_checked()
    assert remaining(handler) <= 20 * 60

    # a lost connection: an answer given offline is not stored; after reconnecting the page is reloaded, the
    # stored answers are there and the rest are given again
    handler.context.set_offline(True)
    offline = answers[half]
    handler.locator(f"[data-testid=question][data-position='{offline.position}'] input[name=choice]").first.check()
    handler.context.set_offline(False)
    handler.reload()
    assert AttemptAnswer.objects.get(pk=offline.pk).response is None
    assert attempt.answers.exclude(response=None).count() == half
    for answer in answers[half:]:
        answer_on_page(handler, answer)
    assert attempt.answers.exclude(response=None).count() == len(answers)

    stored = AttemptAnswer.objects.get(pk=answers[0].pk).response
    outsider = as_user(browser, live_server, "handler_b")  # another institution's handler: not their paper
    assert outsider.goto(f"{live_server.url}/training/attempts/{attempt.pk}/").status == 404
    token = outsider.locator("input[name=csrfmiddlewaretoken]").first.input_value() \
        if outsider.locator("input[name=csrfmiddlewaretoken]").count() else ""
    forged = outsider.request.post(f"{live_server.url}/training/answers/{answers[0].pk}/",
                                   form={"csrfmiddlewaretoken": token, "choice": "0"},
                                   headers={"Referer": f"{live_server.url}/training/"})
    assert forged.status in (403, 404)
    assert AttemptAnswer.objects.get(pk=answers[0].pk).response == stored

    auditor = as_user(browser, live_server, "auditor")  # read-only: offered no exam
    auditor.goto(f"{live_server.url}/training/exams/{exam.pk}/")
    assert auditor.get_by_test_id("start").count() == 0
    assert "您不在本场考试的考生范围内" in auditor.locator("main").inner_text()

    handler.get_by_test_id("submit").click()
    result = handler.get_by_test_id("result")
    result.wait_for()
    assert Attempt.objects.get(pk=attempt.pk).status == AttemptStatus.PASSED
    assert "100" in result.inner_text()
    handler.get_by_role("link", name="证书").click()
    handler.wait_for_url(re.compile(r".*/certificate/$"))
    assert exam.title in handler.locator("main").inner_text()
    assert handler.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no horizontal scrolling
