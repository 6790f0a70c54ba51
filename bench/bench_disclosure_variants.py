"""Disclosure sections when the same wordings state their headings differently. Prints numbers, never asserts.

    .venv/bin/python bench/bench_disclosure_variants.py

Each document of the development, regression and tuned-on 2026-12-08 sets is read, and every paragraph that is a
heading naming a required section is rewritten three ways before the engine's walk (``analyse``) runs again:

- bracket: the heading as a paragraph of its own in 【】 ("【保险责任】");
- run-in:  the heading run in at the start of its first article ("第三条【保险责任】在保险期间内……");
- drop:    the heading removed, so only the articles can state the section.

The labels stay those of the document. For bracket and run-in the sections found should not change at all; for
drop the precision and recall show how much the articles state on their own and that a mention in passing is not
taken for a section. Sets still being written blind or never tuned on are not read here.
"""

from __future__ import annotations

import copy
import json
from array import array
from collections import Counter
from pathlib import Path

from xiaobao.engines.disclosure import analyse, read_paragraphs
from xiaobao.engines.disclosure.model import Para
from xiaobao.engines.disclosure.structure import classify_heading, split_numbering

ROOT = Path(__file__).resolve().parent.parent
SETS = ("tests/data/disclosure", "tests/data/disclosure_regression", "tests/data/fresh/2026-12-08/disclosure")
_CN = "一二三四五六七八九十"


def _plain(index: int, text: str, like: Para) -> Para:
    size = like.sizes[0] if len(like.sizes) else 10.5
    return Para(index, text, bytearray(len(text)), array("f", [size] * len(text)))


def _variant(paras: list[Para], how: str) -> list[Para]:
    out: list[Para] = []
    k = n = 0
    while k < len(paras):
        p = paras[k]
        h = classify_heading(p)
        if h and h.strong and h.codes and not p.in_table and h.body_start >= len(p.text.rstrip()):
            _, _, prefix = split_numbering(p.text)
            label = p.text[prefix:].strip().strip("【】")
            n += 1
            if how == "bracket":
                out.append(_plain(len(out), f"【{label}】", p))
            elif how == "run-in" and k + 1 < len(paras):
                body = paras[k + 1].text
                _, _, body_prefix = split_numbering(body)
                out.append(_plain(len(out), f"第{_CN[n % 10]}条【{label}】{body[body_prefix:]}", p))
                k += 1
            k += 1
            continue
        q = copy.copy(p)
        q.index = len(out)
        out.append(q)
        k += 1
    return out


def main() -> None:
    for name in SETS:
        folder = ROOT / name
        labels = [json.loads(line) for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
                  if line.strip()]
        changed: Counter[str] = Counter()
        tp = fp = fn = 0
        for gold in labels:
            paras, _ = read_paragraphs(folder / gold["file"])
            expected = set(gold["sections_present"])
            for how in ("bracket", "run-in"):
                changed[how] += set(analyse(_variant(paras, how)).sections_present) != expected
            found = set(analyse(_variant(paras, "drop")).sections_present)
            tp, fp, fn = tp + len(found & expected), fp + len(found - expected), fn + len(expected - found)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"{name} ({len(labels)} documents): sections changed by 【】 headings {changed['bracket']}, "
              f"by run-in labels {changed['run-in']}; headings dropped: P {p:.3f} R {r:.3f} "
              f"({tp} of {tp + fn} sections stated by articles alone, {fp} wrong)")


if __name__ == "__main__":
    main()
