"""Where the model tier loses PERSON recall, by stage (prints a table, never asserts).

    .venv/bin/python bench/pii_name_losses.py [--misses] [SET.jsonl ...]

For every gold PERSON span the model tier misses (overlap matching, as the prose sets are scored), the stage
that lost it:
  * "rule name dropped"        the rules found it, the merge with the model dropped it;
  * "not read"                 no window of the model covers it (no surname start, cue or list mark there);
    with "[whole text: PER]"   when the model, run on the whole text, would have tagged it;
  * "read, model no PER"       a window covers it and the model tags no name there;
  * "model PER, vetoed"        the model tagged it and _good_model_name (after the trims) rejected it;
  * "model PER, lost later"    the model's name stood and was lost in the merge or the scanner's resolution.
Sets: the paths given (jsonl with PERSON spans), by default ../shared/datasets/real_names_dev.jsonl. A set under
tests/data/fresh/ is read only when bench/fresh_history.toml records it with a status other than "fresh":
a fresh set is scored once, blind, and is not diagnosed.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from freshsets import HISTORY, REAL_NAMES, REPO, load_jsonl

STAGES = (
    "rule name dropped",
    "not read [whole text: PER]",
    "not read",
    "read, model no PER",
    "model PER, vetoed",
    "model PER, lost later",
)


def allowed(path: Path) -> bool:
    """Not a fresh set (one under tests/data/fresh/ that the history does not record as tuned on)."""
    try:
        rel = path.resolve().relative_to(REPO)
    except ValueError:
        return True
    if not str(rel).startswith("tests/data/fresh/"):
        return True
    sets = tomllib.loads(HISTORY.read_text(encoding="utf-8")).get("sets", [])
    return any(s["set"] == str(rel) and s.get("status", "fresh") != "fresh" for s in sets)


def losses(rows: list[dict], misses: bool) -> Counter:
    from xiaobao.engines.pii import combine as cm
    from xiaobao.engines.pii import scan_many
    from xiaobao.engines.pii.model import Entity, tagger
    from xiaobao.engines.pii.scanner import _rule_spans

    lac = tagger()
    counts: Counter = Counter()
    found = scan_many([r["text"] for r in rows], types={"PERSON"})

    def over(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    for row, fs in zip(rows, found, strict=True):
        text = row["text"]
        pred = [(f.start, f.end) for f in fs]
        rules = _rule_spans(text, (), {"PERSON"})
        windows = cm.model_windows(text, rules)
        read: list[Entity] = []
        for a, b in windows:
            read.extend(Entity(a + e.start, a + e.end, e.label) for e in lac.tag([text[a:b]])[0])
        read = cm._dotted(text, read)
        for s in row["spans"]:
            if s["type"] != "PERSON":
                continue
            g = (s["start"], s["end"])
            counts["gold"] += 1
            if any(over(g, p) for p in pred):
                continue
            per = [e for e in read if e.label == "PER" and over(g, (e.start, e.end))]
            if any(over(g, sp[:2]) for sp in rules):
                stage = "rule name dropped"
            elif not any(over(g, w) for w in windows):
                whole = cm._dotted(text, lac.tag([text])[0])
                tagged = any(e.label == "PER" and over(g, (e.start, e.end)) for e in whole)
                stage = "not read [whole text: PER]" if tagged else "not read"
            elif not per:
                stage = "read, model no PER"
            elif not cm._good_model_name(text, cm._trim(text, per[0])):
                stage = "model PER, vetoed"
            else:
                stage = "model PER, lost later"
            counts[stage] += 1
            if misses:
                print(f"  {stage:<28} {text[g[0]:g[1]]:<8} …{text[max(0, g[0] - 12) : g[1] + 12]}…")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="print every missed name with its stage")
    args = parser.parse_args()
    paths = args.sets or [REAL_NAMES]
    print(f"{'set':<48}{'gold':>6}{'found':>7}" + "".join(f"{s[:14]:>16}" for s in STAGES))
    for path in paths:
        if not allowed(path):
            print(f"{path}: a fresh set (not recorded as tuned on in {HISTORY.name}); skipped")
            continue
        c = losses(load_jsonl(path), args.misses)
        lost = sum(c[s] for s in STAGES)
        name = str(path)[-47:]
        print(f"{name:<48}{c['gold']:>6}{c['gold'] - lost:>7}" + "".join(f"{c[s]:>16}" for s in STAGES))


if __name__ == "__main__":
    main()
