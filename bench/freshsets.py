"""Scoring of labelled sets for the engine benches, and the fresh-set history (bench/fresh_history.toml).

Every bench prints, for its engine, each fresh set's score when it was first scored (from the history file,
never recomputed) and now (computed live), and the pii/marketing/transcripts benches also print PERSON F1
on ../shared/datasets/real_names_dev.jsonl (read in place, never copied). Prints numbers, never asserts.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HISTORY = REPO / "bench" / "fresh_history.toml"
REAL_NAMES = REPO.parent / "shared" / "datasets" / "real_names_dev.jsonl"
if not REAL_NAMES.exists():  # a worktree under /work/wt/NAME: shared/ is two levels up
    REAL_NAMES = REPO.parents[1] / "shared" / "datasets" / "real_names_dev.jsonl"


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- pii
def pii_counts(rows: list[dict], predict: Callable[[str], list[tuple[int, int, str]]]) -> dict[str, Counter]:
    """Exact span + type counts per type."""
    counts: dict[str, Counter] = {}
    for row in rows:
        gold = {(s["start"], s["end"], s["type"]) for s in row["spans"]}
        pred = set(predict(row["text"]))
        for t in {x[2] for x in gold | pred}:
            c = counts.setdefault(t, Counter())
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            c["tp"] += len(g & p)
            c["fp"] += len(p - g)
            c["fn"] += len(g - p)
    return counts


def pii_micro(counts: dict[str, Counter]) -> tuple[float, float, float]:
    total: Counter = Counter()
    for c in counts.values():
        total.update(c)
    return f1(total["tp"], total["fp"], total["fn"])


def person_overlap(rows: list[dict], predict: Callable[[str], list[tuple[int, int]]]) -> tuple[float, float, float]:
    """PERSON precision/recall/F1 with overlap matching (real_names_dev.jsonl labels PERSON only): a gold span
    is found when a predicted span overlaps it; a predicted span is right when it overlaps a gold span."""
    hit_gold = n_gold = right_pred = n_pred = 0
    for row in rows:
        gold = [(s["start"], s["end"]) for s in row["spans"] if s["type"] == "PERSON"]
        pred = predict(row["text"])
        n_gold += len(gold)
        n_pred += len(pred)
        hit_gold += sum(any(ps < ge and gs < pe for ps, pe in pred) for gs, ge in gold)
        right_pred += sum(any(ps < ge and gs < pe for gs, ge in gold) for ps, pe in pred)
    p = right_pred / n_pred if n_pred else 1.0
    r = hit_gold / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pii_scan_predict(**kwargs) -> Callable[[str], list[tuple[int, int, str]]]:
    from xiaobao.engines.pii import scan

    return lambda text: [(f.start, f.end, f.type) for f in scan(text, **kwargs)]


def real_names_person_f1(**kwargs) -> tuple[float, float, float] | None:
    if not REAL_NAMES.exists():
        return None
    from xiaobao.engines.pii import scan_many

    rows = load_jsonl(REAL_NAMES)
    found = dict(zip((r["id"] for r in rows), scan_many([r["text"] for r in rows], types={"PERSON"}, **kwargs), strict=True))
    by_text = {r["text"]: found[r["id"]] for r in rows}
    return person_overlap(rows, lambda text: [(f.start, f.end) for f in by_text[text]])


def score_pii(path: Path, metric: str = "micro F1") -> float:
    if metric.startswith("PERSON F1 (overlap)"):  # a PERSON-only set (names in prose)
        from xiaobao.engines.pii import scan

        return person_overlap(
            load_jsonl(path), lambda text: [(f.start, f.end) for f in scan(text, types={"PERSON"})]
        )[2]
    return pii_micro(pii_counts(load_jsonl(path), pii_scan_predict()))[2]


# ---------------------------------------------------------------- marketing / transcripts / disclosure
def score_marketing(path: Path, metric: str = "") -> float:
    from xiaobao.engines.marketing import check_text, violation_codes
    from xiaobao.engines.marketing.scoring import score_sets

    items = load_jsonl(path)
    return score_sets((i["violations"], violation_codes(check_text(i["text"]))) for i in items)[1].f1


def score_transcripts(path: Path, metric: str = "") -> float:
    from xiaobao.engines.marketing.scoring import score_sets
    from xiaobao.engines.transcripts import check_transcript

    items = load_jsonl(path)
    return score_sets((i["steps_present"], check_transcript(i).steps_present) for i in items)[1].f1


def disclosure_sections(folder: Path) -> tuple[float, float, float]:
    """Sections-present precision, recall and F1 (micro over the nine section codes) on a labelled folder."""
    from xiaobao.engines.disclosure import check_document

    tp = fp = fn = 0
    for g in load_jsonl(folder / "labels.jsonl"):
        gold, pred = set(g["sections_present"]), set(check_document(folder / g["file"]).sections_present)
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    return f1(tp, fp, fn)


def score_disclosure(folder: Path, metric: str = "") -> float:
    from xiaobao.engines.disclosure import check_document

    if metric.startswith("sections"):
        return disclosure_sections(folder)[2]
    labels = load_jsonl(folder / "labels.jsonl")
    right = sum(check_document(folder / g["file"]).exclusions_emphasized == g["exclusions_emphasized"] for g in labels)
    return right / len(labels)


SCORERS: dict[str, Callable[[Path, str], float]] = {
    "pii": score_pii,
    "marketing": score_marketing,
    "transcripts": score_transcripts,
    "disclosure": score_disclosure,
}


def history(engine: str) -> list[dict]:
    if not HISTORY.exists():
        return []
    return [s for s in tomllib.loads(HISTORY.read_text(encoding="utf-8")).get("sets", []) if s["engine"] == engine]


def print_history(engine: str) -> None:
    """One line per fresh set of `engine`: first score (recorded), score now (computed), status."""
    sets = history(engine)
    print(f"\nfresh-set history ({engine}; 'first' = score when first scored, before any tuning on it; "
          "from bench/fresh_history.toml):")
    if not sets:
        print("  (none recorded)")
        return
    with_sections_line = {s["set"] for s in sets if s["metric"].startswith("sections")}
    for s in sets:
        path = REPO / s["set"]
        now = f"{SCORERS[engine](path, s['metric']):.3f}" if path.exists() else "  n/a"
        if engine == "disclosure" and path.exists() and (
            s["metric"].startswith("sections") or s["set"] not in with_sections_line
        ):  # sections-present P/R for every disclosure set, on its own line when its first score is recorded
            p, r, _ = disclosure_sections(path)
            now += f" (P {p:.3f} R {r:.3f})" if s["metric"].startswith("sections") else f" (sections P {p:.3f} R {r:.3f})"
        print(f"  {s['set']:<52} {s['metric']:<28} first {s['first']:.3f} ({s['first_date']}, {s['first_commit']})"
              f"  now {now}  [{s['status']}]")


def print_real_names(**kwargs) -> None:
    res = real_names_person_f1(**kwargs)
    label = (f"pii PERSON on ../shared/datasets/real_names_dev.jsonl (real news/web text, overlap spans; a dev set; "
             f"tier {kwargs.get('tier', 'model')})")
    if res is None:
        print(f"\n{label}: file not found, skipped")
        return
    p, r, f = res
    print(f"\n{label}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
