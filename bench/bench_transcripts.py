"""Transcripts engine: step quality on tests/data/transcripts.jsonl against a keyword baseline, and speed.

Also scores, each as a separate set, tests/data/transcripts_regression_*.jsonl (formerly "holdout" sets: calls
phrased unlike the development corpus: dialect, monologues, interruptions, withdrawn consent; each was tuned on
after it was first scored, so they are regression sets, in-sample now), then prints the fresh-set history
(score when first scored, and now; bench/fresh_history.toml).

The engine runs as shipped (rules + the steps model, unless XIAOBAO_TRANSCRIPTS_MODEL=0); "rules alone" is the
checklist without the model. The model's leave-one-set-out cross-validation is bench/bench_transcripts_model.py.

Run: .venv/bin/python bench/bench_transcripts.py   (prints numbers, never asserts)
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from xiaobao.engines.marketing.scoring import Score, score_sets
from xiaobao.engines.transcripts import STEPS, check_transcript, default_checklist

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "transcripts.jsonl"
REGRESSION_SETS = sorted((ROOT / "tests" / "data").glob("transcripts_regression_*.jsonl"))

# The naive baseline: a step counts as present when an agent turn (customer turn for consent) contains
# any of its keywords.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "RECORDING_NOTICE": ("录音", "录像"),
    "AGENT_IDENTITY": ("我是", "工号"),
    "PRODUCT_INSURER": ("承保", "险"),
    "COVERAGE": ("保障", "赔", "保额"),
    "EXCLUSIONS": ("免责", "不赔", "除外", "责任免除"),
    "PREMIUM_TERM": ("保费", "元"),
    "COOLING_OFF_OR_CANCELLATION": ("犹豫期", "退保", "冷静期"),
    "CUSTOMER_CONSENT": ("好", "行", "可以", "同意", "嗯", "买"),
}


def keyword_steps(item: dict) -> list[str]:
    present = []
    for step, words in KEYWORDS.items():
        speaker = "customer" if step == "CUSTOMER_CONSENT" else "agent"
        texts = [t["text"] for t in item["turns"] if t["speaker"] == speaker]
        if any(w in text for text in texts for w in words):
            present.append(step)
    return present


def _row(name: str, s: Score) -> str:
    return f"  {name:<28} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}  (tp={s.tp} fp={s.fp} fn={s.fn})"


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def quality(items: list[dict]) -> None:
    results = [check_transcript(i) for i in items]
    steps, micro = score_sets((i["steps_present"], r.steps_present) for i, r in zip(items, results, strict=True))
    base_steps, base_micro = score_sets((i["steps_present"], keyword_steps(i)) for i in items)
    lines = {line: sum(i["product_line"] == line for i in items) for line in ("motor", "accident", "health")}
    print(f"corpus: {len(items)} transcripts {lines}, {sum(len(i['turns']) for i in items)} turns")
    print("per step (engine | keyword baseline F1):")
    for step in STEPS:
        e = steps.get(step, Score(0, 0, 0))
        b = base_steps.get(step, Score(0, 0, 0))
        print(f"{_row(step, e)}   | baseline F1={b.f1:.3f}")
    _, rules_only = score_sets(
        (i["steps_present"], check_transcript(i, second_opinion=False).steps_present) for i in items
    )
    print("steps micro:")
    print(_row("engine", micro))
    print(_row("rules alone (no steps model)", rules_only))
    print(_row("keyword baseline", base_micro))
    _, violations = score_sets((i["violations"], r.violations) for i, r in zip(items, results, strict=True))
    print("violations (marketing codes on agent turns) micro:")
    print(_row("engine", violations))


def main() -> None:
    items = _load(CORPUS)
    default_checklist()
    quality(items)
    for path in REGRESSION_SETS:
        print()
        print(f"== regression set ({path.name}; tuned on: in-sample) ==")
        quality(_load(path))

    size = sum(len(t["text"].encode("utf-8")) for i in items for t in i["turns"])
    rounds = 30
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in range(rounds):
            for i in items:
                check_transcript(i)
        best = min(best, time.process_time() - start)
    n = len(items) * rounds
    print(f"speed: {n / best:.0f} transcripts/s, {size * rounds / 1e6 / best:.2f} MB/s of turn text, "
          f"{best / n * 1000:.2f} ms per transcript (CPU time, one core, best of 3)")
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in range(rounds):
            for i in items:
                check_transcript(i, second_opinion=False)
        best = min(best, time.process_time() - start)
    print(f"speed, rules alone: {n / best:.0f} transcripts/s, {best / n * 1000:.2f} ms per transcript")
    from freshsets import print_history

    print_history("transcripts")


if __name__ == "__main__":
    main()
