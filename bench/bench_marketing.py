"""Marketing engine: quality on tests/data/marketing.jsonl against a keyword baseline, and speed.

Run: .venv/bin/python bench/bench_marketing.py   (prints numbers, never asserts)
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from xiaobao.engines.marketing import CODES, check_text, default_rules, violation_codes
from xiaobao.engines.marketing.classifier import default_model
from xiaobao.engines.marketing.engine import classifier_enabled
from xiaobao.engines.marketing.scoring import Score, score_sets

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "marketing.jsonl"
# Regression sets (formerly "holdout" batches): each written before the rule fixes of its round, then tuned on;
# the engine's predictions on each batch before those fixes are kept in PREFIX (one {"id", "predicted"} per
# line) so the bench can show both.
REGRESSION_SETS = sorted((ROOT / "tests" / "data").glob("marketing_regression_[0-9]*.jsonl"),
                         key=lambda p: int(p.stem.rsplit("_", 1)[1]))
PREFIX = ROOT / "tests" / "data" / "marketing_regression_prefix.jsonl"

# The naive baseline: a plain keyword list per code, any occurrence counts.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "ABSOLUTE_TERM": ("最好", "最佳", "第一", "顶级", "国家级", "唯一", "100%安全", "最低价", "最高级", "首选"),
    "GUARANTEED_RETURN": ("保本", "保息", "稳赚", "零风险", "无风险", "保证收益", "收益", "不会亏"),
    "DEPOSIT_CONFUSION": ("存款", "存单", "储蓄", "存银行", "定期", "理财"),
    "PANIC_SELLING": ("停售", "下架", "最后", "涨价", "倒计时", "限时", "赶紧"),
    "REGULATOR_ENDORSEMENT": ("银保监", "保监会", "监管", "国家", "政府", "兜底"),
    "EXAGGERATED_COVERAGE": ("什么都保", "都能赔", "无条件", "100%理赔", "全报销", "都赔"),
    "DENIGRATE_COMPETITOR": ("别家", "其他公司", "同行", "坑", "骗"),
    "MISLEADING_FREE": ("免费", "0元", "赠送", "白送"),
}


def keyword_codes(text: str) -> list[str]:
    return [code for code, words in KEYWORDS.items() if any(w in text for w in words)]


def _row(name: str, s: Score) -> str:
    return f"  {name:<24} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}  (tp={s.tp} fp={s.fp} fn={s.fn})"


def quality(items: list[dict]) -> None:
    engine_codes, engine_micro = score_sets(
        (i["violations"], violation_codes(check_text(i["text"]))) for i in items
    )
    base_codes, base_micro = score_sets((i["violations"], keyword_codes(i["text"])) for i in items)
    compliant = sum(1 for i in items if not i["violations"])
    print(f"corpus: {len(items)} snippets, {compliant} compliant ({compliant / len(items):.0%})")
    print("per code (engine | keyword baseline F1):")
    for code in CODES:
        e = engine_codes.get(code, Score(0, 0, 0))
        b = base_codes.get(code, Score(0, 0, 0))
        print(f"{_row(code, e)}   | baseline F1={b.f1:.3f}")
    print("micro:")
    print(_row("engine", engine_micro))
    print(_row("keyword baseline", base_micro))


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fresh_batches() -> None:
    before = {d["id"]: d["predicted"] for d in _load(PREFIX)} if PREFIX.exists() else {}
    for path in REGRESSION_SETS:
        items = _load(path)
        n = path.stem.rsplit("_", 1)[1]
        if all(i["id"] in before for i in items):
            _, pre = score_sets((i["violations"], before[i["id"]]) for i in items)
            print(_row(f"regression set {n} (before fixes)", pre))
        _, now = score_sets((i["violations"], violation_codes(check_text(i["text"]))) for i in items)
        print(_row(f"regression set {n} (now)", now))


def speed(items: list[dict], target_mb: float = 8.0, repeats: int = 5) -> None:
    default_rules()  # load and compile outside the timing
    t0 = time.perf_counter()
    default_model()
    model_load = time.perf_counter() - t0
    block = "\n".join(i["text"] for i in items) + "\n"
    copies = max(1, int(target_mb * 1e6 / len(block.encode("utf-8"))))
    text = block * copies
    size = len(text.encode("utf-8"))
    cpu_of = {}
    for opinion in (False, True):
        best = best_cpu = float("inf")
        findings = 0
        for _ in range(repeats):
            start, start_cpu = time.perf_counter(), time.process_time()
            findings = len(check_text(text, second_opinion=opinion))
            best = min(best, time.perf_counter() - start)
            best_cpu = min(best_cpu, time.process_time() - start_cpu)
        cpu_of[opinion] = best_cpu
        print(f"speed, {'rules + classifier' if opinion else 'rules only'}: {size / 1e6:.1f} MB ({copies} copies of "
              f"the corpus, {findings} findings), best of {repeats}: wall {best:.3f} s -> {size / 1e6 / best:.2f} "
              f"MB/s, CPU {best_cpu:.3f} s -> {size / 1e6 / best_cpu:.2f} MB/s per core (CPU time is the fair "
              "figure on a busy machine)")
    extra = cpu_of[True] - cpu_of[False]
    print(f"  the classifier's cost: {extra / (size / 1e6) * 1000:.0f} ms CPU per MB"
          f"{f' ({size / 1e6 / extra:.1f} MB/s on its own)' if extra > 0 else ''}; "
          f"check_text runs it {'by default' if classifier_enabled() else 'only when asked (switched off)'}")
    t0 = time.perf_counter()
    default_rules.cache_clear()
    default_rules()
    load = time.perf_counter() - t0
    print(f"rule load {load * 1000:.0f} ms, classifier load {model_load * 1000:.0f} ms")
    for opinion in (False, True):
        start = time.perf_counter()
        for i in items * 20:
            check_text(i["text"], second_opinion=opinion)
        per_snippet = (time.perf_counter() - start) / (len(items) * 20)
        print(f"per-snippet call (one short text), {'rules + classifier' if opinion else 'rules only'}: "
              f"{per_snippet * 1e6:.0f} µs")


def main() -> None:
    items = _load(CORPUS)
    quality(items)
    if REGRESSION_SETS:
        print("regression sets (formerly holdout batches; each written before its round's rule fixes, then tuned on):")
        fresh_batches()
    speed(items)
    from freshsets import print_history

    print_history("marketing")


if __name__ == "__main__":
    main()
