"""Dump the marketing engine's findings over every marketing text we hold, to prove a speed change changes nothing.

Run: .venv/bin/python bench/dump_marketing_findings.py OUT.jsonl   then   cmp BEFORE.jsonl AFTER.jsonl

Texts: every marketing set (tests/data/marketing*.jsonl, tests/data/fresh/*/marketing*.jsonl, the regression
sets), every transcript turn (tests/data/transcripts*.jsonl, tests/data/fresh/*/transcripts.jsonl: the
transcripts engine runs the marketing engine on agent turns), the rule file's examples, the bench's large text
(the corpus joined and repeated, as bench_marketing.py builds it) and a seeded shuffle of all snippets joined
into long texts with random joiners (so context checks that reach across snippets - quotations, sentence
scope, windows - are exercised on combinations nobody wrote). Each line: a name, then every finding as
(code, start, end, text, rule, source) as check_text gives them by default (with the classifier's second
opinion unless XIAOBAO_MARKETING_CLASSIFIER=0: dump both ways to cover both); the bench text gives only its count
and a digest (it is the corpus repeated).
Sets being written by blind authors (`SKIP`) are left out.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from xiaobao.engines.marketing import check_text, default_rules

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dumps import SKIP, joined

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
JOINERS = ("", "\n", "。", "，", " ", "“", "”", "！", "：", "……")


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sets() -> list[Path]:
    fresh = sorted(d for d in (DATA / "fresh").iterdir() if d.is_dir() and d.name not in SKIP)
    paths = sorted(DATA.glob("marketing*.jsonl")) + sorted(p for d in fresh for p in d.glob("marketing*.jsonl"))
    paths += sorted(DATA.glob("transcripts*.jsonl")) + sorted(p for d in fresh for p in d.glob("transcripts*.jsonl"))
    return [p for p in paths if "prefix" not in p.name]


def texts() -> list[tuple[str, str]]:
    """(name, text) of every text, in a fixed order."""
    out: list[tuple[str, str]] = []
    for path in _sets():
        rel = path.relative_to(ROOT).as_posix()
        for rec in _load(path):
            if "turns" in rec:
                for k, turn in enumerate(rec["turns"]):
                    out.append((f"{rel}#{rec['id']}/{k}", turn["text"]))
            else:
                out.append((f"{rel}#{rec['id']}", rec["text"]))
    for rule in default_rules().rules:
        for k, ex in enumerate(rule.examples_violation + rule.examples_compliant):
            out.append((f"rules.toml#{rule.id}/{k}", ex))
    return out


def synthetic(snippets: list[str], seed: int = 17, size: int = 60) -> list[tuple[str, str]]:
    """Long texts of shuffled snippets with random joiners (seeded, so the same every run)."""
    return joined(snippets, seed, size, JOINERS)


def bench_text() -> str:
    items = _load(DATA / "marketing.jsonl")
    block = "\n".join(i["text"] for i in items) + "\n"
    copies = max(1, int(8.0 * 1e6 / len(block.encode("utf-8"))))
    return block * copies


def _row(f: object) -> list:  # type: ignore[type-arg]
    return [f.code, f.start, f.end, f.text, f.rule, getattr(f, "source", "rules")]  # type: ignore[attr-defined]


def main(out_path: str) -> None:
    named = texts()
    named += synthetic([t for _, t in named], seed=17)
    named += synthetic([t for _, t in named if not t.startswith("synthetic")], seed=29, size=400)
    total = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for name, text in named:
            rows = [_row(f) for f in check_text(text)]
            total += len(rows)
            out.write(json.dumps([name, rows], ensure_ascii=False) + "\n")
        findings = check_text(bench_text())
        digest = hashlib.sha256(json.dumps([_row(f) for f in findings], ensure_ascii=False).encode()).hexdigest()
        out.write(json.dumps(["bench-text", len(findings), digest]) + "\n")
    print(f"{len(named)} texts, {total} findings, bench text {len(findings)} findings ({digest[:12]}) -> {out_path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "marketing_findings.jsonl")
