"""Dump the pii engine's findings over every labelled pii text we hold, to prove a speed change changes nothing.

Run: .venv/bin/python bench/dump_pii_findings.py OUT.jsonl [--fast]   then   cmp BEFORE.jsonl AFTER.jsonl
(compare against main at the same base: quality changes on main change the dump too).

Texts: every labelled pii set (tests/data/pii/*.jsonl, tests/data/fresh/*/pii_*.jsonl), the shared dev corpus and
real_names_dev.jsonl (../shared/datasets, read in place when present), each scanned with its hints; the same sets
restricted to a few type subsets (the detectors skip work by type); a seeded shuffle of all texts joined into long
texts with random joiners (so context checks that reach across texts - windows, repeated names, cue words before a
clause - run on combinations nobody wrote); and the bench's realistic mix (bench_pii.realistic_text, 3 MB, scanned
as one text as the bench does). Each line: a name, then every finding as [start, end, type, score, text].
--fast dumps the rules-only tier; without it the model tier (rules + PERSON model): dump both ways.
Sets being written by blind authors (`SKIP`) are left out.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from dumps import SKIP, joined  # noqa: E402

DATA = ROOT / "tests" / "data"
SHARED = [ROOT.parent / "shared" / "datasets", ROOT.parents[1] / "shared" / "datasets"]  # main / a worktree
JOINERS = ("", "\n", "。", "，", " ", "：", "、", "和", "……", "\n\n")
TYPE_SUBSETS = ({"PERSON"}, {"ADDRESS"}, {"MOBILE", "ID_CARD"}, {"LICENSE_PLATE", "VIN", "EMAIL"}, {"BANK_CARD", "LANDLINE"})


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sets() -> list[Path]:
    paths = sorted((DATA / "pii").glob("*.jsonl")) + sorted(DATA.glob("fresh/*/pii_*.jsonl"))
    paths = [p for p in paths if not any(s in p.parts for s in SKIP)]
    for name in ("pii.jsonl", "real_names_dev.jsonl"):
        shared = next((d / name for d in SHARED if (d / name).exists()), None)
        if shared is not None:
            paths.append(shared)
    return paths


def records() -> list[tuple[str, str, list[str]]]:
    """(name, text, hints) of every labelled text, in a fixed order."""
    out = []
    for path in _sets():
        rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else f"shared/{path.name}"
        out.extend((f"{rel}#{rec['id']}", rec["text"], list(rec.get("hints", ()))) for rec in _load(path))
    return out


def synthetic(texts: list[str], seed: int, size: int) -> list[tuple[str, str, list[str]]]:
    """Long texts of shuffled texts with random joiners (seeded, so the same every run); no hints."""
    return [(name, text, []) for name, text in joined(texts, seed, size, JOINERS)]


def _row(f: object) -> list:  # type: ignore[type-arg]
    return [f.start, f.end, f.type, round(f.score, 6), f.text]  # type: ignore[attr-defined]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--fast", action="store_true", help="the rules-only tier (default: the model tier)")
    ap.add_argument("--mix-mb", type=float, default=3.0, help="size of the realistic mix (default 3 MB)")
    args = ap.parse_args()
    if importlib.util.find_spec("xiaobao") is None:  # (PYTHONPATH may point at another checkout to compare with)
        sys.path.insert(0, str(ROOT / "src"))
    from bench_pii import realistic_text

    from xiaobao.engines.pii import scan_many

    tier = "fast" if args.fast else "model"
    named = records()
    plain = [t for _, t, _ in named]
    named += synthetic(plain, seed=17, size=40)
    named += synthetic(plain, seed=29, size=300)
    total = 0
    with open(args.out, "w", encoding="utf-8") as out:
        # scan_many() as the callers with many texts use it (the model tier batches them); hints per text
        by_hints: dict[tuple[str, ...], list[int]] = {}
        for i, (_, _, hints) in enumerate(named):
            by_hints.setdefault(tuple(hints), []).append(i)
        results: list[list] = [[] for _ in named]
        for hints, idx in by_hints.items():
            for i, found in zip(idx, scan_many([named[i][1] for i in idx], hints=hints, tier=tier), strict=True):
                results[i] = [_row(f) for f in found]
        for (name, _, _), rows in zip(named, results, strict=True):
            total += len(rows)
            out.write(json.dumps([name, rows], ensure_ascii=False) + "\n")
        base = records()
        for types in TYPE_SUBSETS:
            key = ",".join(sorted(types))
            found_all = scan_many([t for _, t, _ in base], types=set(types), tier=tier)
            for (name, _, _), found in zip(base, found_all, strict=True):
                rows = [_row(f) for f in found]
                total += len(rows)
                out.write(json.dumps([f"{key}:{name}", rows], ensure_ascii=False) + "\n")
        mix = realistic_text(args.mix_mb)
        rows = [_row(f) for f in scan_many([mix], tier=tier)[0]]
        total += len(rows)
        for k in range(0, len(rows), 200):
            out.write(json.dumps([f"realistic-mix/{k // 200}", rows[k : k + 200]], ensure_ascii=False) + "\n")
    print(f"tier {tier}: {len(named)} texts, {total} findings (mix {len(rows)}) -> {args.out}")


if __name__ == "__main__":
    main()
