"""Consumer-protection review speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_reviews.py [--pages 20] [--materials 10000]

1. Submission checks: a --pages-page policy .docx (clauses with exclusions, some emphasised) plus five marketing texts,
   checked by the engines as the background task does (`reviews.checking.check_file`): seconds per document and for
   the whole submission. The submission request itself only stores the files and queues the checks; the page
   shows 检查中… and refreshes itself until they are done.
2. Sweep: --materials released marketing materials re-checked under the current rules (`services.sweep`, on the
   embedded SQLite database): materials/s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO)]
os.environ["XIAOBAO_DATA_DIR"] = tempfile.mkdtemp(prefix="xiaobao-bench-reviews-")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xiaobao.settings")
os.environ.setdefault("LOG_LEVEL", "ERROR")

MARKETING = [
    "「安心宝」意外险，保费每天不到一块钱！本产品保本保息，稳赚不赔。名额有限，下个月就停售了。",
    "以案说险：近期有人冒充保险公司工作人员以“退保返现”为名骗取个人信息，请通过官方渠道办理业务。",
    "车险续保提醒：您的保单将于下月到期，可通过官方APP续保，投保前请阅读条款。",
    "存10年拿回本金还有利息，比存银行划算，政府都给打包票！家人们冲！",
    "百万医疗险，住院医疗费用100%报销，具体以保险合同约定的免赔额和赔付比例为准。",
]


def policy_docx(path: Path, pages: int) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("个人意外伤害保险条款", level=1)
    clause = 1
    for page in range(pages):
        doc.add_heading(f"第{page + 1}部分", level=2)
        for _ in range(12):
            p = doc.add_paragraph(f"第{clause}条 ")
            run = p.add_run("因下列原因造成被保险人身故、伤残的，保险人不承担给付保险金责任："
                            "投保人对被保险人的故意杀害、故意伤害；被保险人酒后驾驶。")
            run.bold = clause % 3 != 0
            clause += 1
    doc.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--materials", type=int, default=10000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from xiaobao.reviews import checking

    work = Path(tempfile.mkdtemp())
    docx = work / "条款.docx"
    policy_docx(docx, args.pages)
    checking.check_file(docx, name="warm.docx", check_as="clause")  # load the engines and the pii model once
    started = time.perf_counter()
    result = checking.check_file(docx, name="条款.docx", check_as="clause")
    policy_s = time.perf_counter() - started
    texts_s = []
    for i, text in enumerate(MARKETING):
        path = work / f"m{i}.txt"
        path.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        checking.check_file(path, name=path.name, check_as="marketing")
        texts_s.append(time.perf_counter() - t0)
    print(f"submission checks: {args.pages}-page policy .docx {policy_s:.2f} s ({len(result.findings)} findings, "
          f"{len(result.text):,} characters); five marketing texts {sum(texts_s) * 1000:.0f} ms in all; "
          f"whole submission {policy_s + sum(texts_s):.2f} s, run as background work after the request returns")

    sweep(args.materials)


def sweep(count: int) -> None:
    from django.db import transaction
    from django.utils import timezone

    from xiaobao.org.models import Institution, User
    from xiaobao.reviews import services
    from xiaobao.reviews.codes import CheckState, Kind, Status
    from xiaobao.reviews.models import Release, ReviewDocument, ReviewRequest

    institution = Institution.objects.create(code="650000", name="新疆分公司", level=2)
    user = User.objects.create(username="bench", institution=institution)
    now = timezone.now()
    with transaction.atomic():
        requests = ReviewRequest.objects.bulk_create([
            ReviewRequest(number=f"SC2026{i:06d}", kind=Kind.MARKETING, material_form="wechat", title=f"材料{i}",
                          institution=institution, requester=user, status=Status.CONCLUDED, conclusion="pass",
                          submitted_at=now, due_on=now.date(), concluded_at=now)
            for i in range(count)])
        documents = ReviewDocument.objects.bulk_create([
            ReviewDocument(request=r, lineage=1, revision=1, check_as="marketing", original_name="m.txt",
                           stored_name=f"bench-{r.pk}.txt", content_type="text/plain", size=100, sha256="0" * 64,
                           text=MARKETING[i % len(MARKETING)], check_state=CheckState.DONE, uploaded_by=user)
            for i, r in enumerate(requests)])
        Release.objects.bulk_create([
            Release(request=d.request, document=d, channel="website", location="https://example.com",
                    published_on=now.date(), registered_by=user) for d in documents])
    started = time.perf_counter()
    outcome = services.sweep()
    elapsed = time.perf_counter() - started
    print(f"sweep: {outcome['checked']:,} released materials re-checked in {elapsed:.1f} s = "
          f"{outcome['checked'] / elapsed:,.0f} materials/s on SQLite ({outcome['flagged']:,} flagged; no owner in "
          "this bench, so no rectification task is opened)")


if __name__ == "__main__":
    main()
