"""Training and exams speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_training.py [--questions 1000] [--people 60] [--candidates 100]

On a fresh embedded SQLite database with the demo's shape (a branch and 18 sub-institutions):
1. Question import from Excel (`services.questions_import`, every row checked and saved through the service):
   seconds for --questions rows, plus the 81 seeded questions (data/questions.toml).
2. One candidate's exam, through the services the pages call: drawing and storing a randomised paper of
   20 single + 10 multiple + 10 true/false questions from the bank (`attempt_start`), saving one answer (the
   htmx request on every change, `answer_save`), handing in with automatic grading (`attempt_submit`);
   milliseconds, best / median of --candidates candidates.
3. The training measures the assessment reads (`training.coverage_rate`, `training.pass_rate`, `training.hours`)
   of the branch and its 18 institutions for a year with --people trainees per institution, 12 mandatory
   courses with attendance and the exam's attempts: seconds one institution at a time and batched
   (`registry.compute_measure_many`, what the assessment calls), with the values compared.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO)]
os.environ["XIAOBAO_DATA_DIR"] = tempfile.mkdtemp(prefix="xiaobao-bench-training-")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xiaobao.settings")
os.environ.setdefault("LOG_LEVEL", "ERROR")

KINDS = ("单选", "多选", "判断")


def question_sheet(rows: int) -> io.BytesIO:
    from openpyxl import Workbook

    from xiaobao.training.services import QUESTION_COLUMNS

    wb = Workbook()
    sheet = wb.active
    sheet.append(QUESTION_COLUMNS)
    tags = ("投诉处理", "消保审查", "个人信息保护", "营销宣传合规", "适老化服务")
    for i in range(rows):
        kind = KINDS[i % 3]
        options = ["正确", "错误", "", "", "", ""] if kind == "判断" else [f"选项{i}-{j}" for j in "ABCD"] + ["", ""]
        answer = {"单选": "ABCD"[i % 4], "多选": "AC", "判断": "正确" if i % 2 else "错误"}[kind]
        sheet.append([kind, f"第{i}题：保险消费者权益保护的规定之{i}。", *options, answer, "", "依据监管规定。",
                      f"{tags[i % 5]}、{tags[(i + 2) % 5]}", "易中难"[i % 3], "bench"])
    out = io.BytesIO()
    wb.save(out)
    out.seek(0)
    return out


def ms(samples: list[float]) -> str:
    samples = sorted(samples)
    return f"best {samples[0] * 1000:.1f} ms   median {statistics.median(samples) * 1000:.1f} ms   (n={len(samples)})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=1000, help="rows of the Excel question import")
    parser.add_argument("--people", type=int, default=60, help="trainees per sub-institution")
    parser.add_argument("--candidates", type=int, default=100, help="candidates taking the exam (timed)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.contrib.auth.models import Group

    from xiaobao.core.registry import Period, compute_measure, compute_measure_many
    from xiaobao.org.models import Institution, User
    from xiaobao.org.roles import Role
    from xiaobao.training import demo, papers, selectors, services
    from xiaobao.training.models import Attendance

    branch = Institution.objects.create(code="650000", name="新疆分公司", level=2, path="/650000/")
    subs = [Institution.objects.create(code=f"65{i:02d}00", name=f"中心支公司{i}", level=3, parent=branch,
                                       path=f"/650000/65{i:02d}00/") for i in range(1, 19)]
    trainer = User.objects.create(username="trainer", institution=branch)
    trainer.groups.set([Group.objects.get_or_create(name=Role.TRAINER)[0]])
    people = User.objects.bulk_create([User(username=f"h{s}-{n}", full_name=f"学员{s}-{n}", institution=sub)
                                       for s, sub in enumerate(subs) for n in range(args.people)])
    handlers = Group.objects.get_or_create(name=Role.HANDLER)[0]
    User.groups.through.objects.bulk_create([User.groups.through(user_id=p.pk, group_id=handlers.pk) for p in people])

    t0 = time.perf_counter()
    seeded = demo.load_questions()
    seeded_s = time.perf_counter() - t0
    sheet = question_sheet(args.questions)
    t0 = time.perf_counter()
    report = services.questions_import(by=trainer, stream=sheet)
    imported_s = time.perf_counter() - t0
    print(f"question bank: {seeded} seeded questions loaded in {seeded_s:.2f} s; Excel import of "
          f"{args.questions:,} rows in {imported_s:.2f} s ({report.imported:,} imported, {len(report.errors)} "
          f"refused; {imported_s / max(args.questions, 1) * 1000:.1f} ms per row)")

    today = selectors.today()
    year = today.year
    rules = [papers.Rule("single", 20, Decimal("2")), papers.Rule("multiple", 10, Decimal("3")),
             papers.Rule("true_false", 10, Decimal("3"))]
    exam = services.exam_create(by=trainer, institution=branch, data=services.ExamData(
        title="年度消保知识考试", rules=rules, duration_minutes=60, opens_on=today - timedelta(days=1),
        closes_on=today + timedelta(days=30), max_attempts=2, mandatory=True))
    starts, saves, hand_ins = [], [], []
    candidates = people[:args.candidates]
    for n, candidate in enumerate(candidates):
        t0 = time.perf_counter()
        attempt, _new = services.attempt_start(by=candidate, exam_id=exam.pk)
        starts.append(time.perf_counter() - t0)
        for a in attempt.answers.select_related("question"):
            right = [a.option_order.index(i) for i in a.question.answer]
            shown = right if n % 4 else [(right[0] + 1) % len(a.option_order)]  # every 4th answers wrongly
            t0 = time.perf_counter()
            services.answer_save(by=candidate, attempt_id=attempt.pk, position=a.position, response=shown)
            saves.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        services.attempt_submit(by=candidate, attempt_id=attempt.pk)
        hand_ins.append(time.perf_counter() - t0)
    bank = len(services._bank())
    print(f"exam of 40 questions drawn from a bank of {bank:,}, {len(candidates)} candidates:")
    print(f"   start (draw and store a randomised paper): {ms(starts)}")
    print(f"   save one answer:                           {ms(saves)}")
    print(f"   hand in with automatic grading:            {ms(hand_ins)}")

    courses = []
    plan, _new = services.plan_create(by=trainer, year=year, institution=branch, title=f"{year}年消保培训计划")
    for month in range(1, 13):
        start = datetime(year, month, 10, 9, 0, tzinfo=selectors.BEIJING)
        courses.append(services.course_add(by=trainer, plan_id=plan.pk, data=services.CourseData(
            title=f"第{month}期消保培训", topic="complaints", format="offline", starts_at=start,
            ends_at=start + timedelta(hours=2), hours=Decimal("2"), trainer=trainer, mandatory=True)))
    Attendance.objects.bulk_create([
        Attendance(course=c, user=p, hours=Decimal("2"), method="trainer", recorded_by=trainer, signed_at=c.starts_at)
        for i, c in enumerate(courses) for j, p in enumerate(people) if j % 4 or i != j % 12], batch_size=2000)
    attended = Attendance.objects.count()
    period = Period.year(year)
    codes = ("training.coverage_rate", "training.pass_rate", "training.hours")
    institutions = [branch, *subs]
    compute_measure(codes[0], branch, period)  # warm up
    per_code = {}
    for code in codes:
        t0 = time.perf_counter()
        values = [compute_measure(code, institution, period) for institution in institutions]
        one_by_one = time.perf_counter() - t0
        t0 = time.perf_counter()
        batch = compute_measure_many(code, institutions, period)  # what the assessment calls
        batched = time.perf_counter() - t0
        equal = [batch[i.pk] for i in institutions] == values
        per_code[code] = (one_by_one, batched, values[0].value, equal)
    one, many = sum(r[0] for r in per_code.values()), sum(r[1] for r in per_code.values())
    print(f"measures of {len(institutions)} institutions for {year} ({len(people):,} trainees, {len(courses)} "
          f"mandatory courses, {attended:,} attendances, {len(candidates)} exam candidates): one institution at a "
          f"time {one:.2f} s, all at once (compute_measure_many) {many:.2f} s")
    for code, (seconds, batched, value, equal) in per_code.items():
        print(f"   {code:<26} {seconds:6.2f} s one by one, {batched:6.2f} s batched ({seconds / batched:.1f}×)   "
              f"(branch: {value}){'' if equal else '  VALUES DIFFER'}")


if __name__ == "__main__":
    main()
