"""PII engine quality and speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_pii.py [--mb 20] [--no-presidio]

Quality: per-type precision / recall / F1 (exact span + type) and micro averages on the shared dev corpus
(../shared/datasets/pii.jsonl, read in place) and on the project's own labelled cases (tests/data/pii/).
Speed: UTF-8 MB/s of a large concatenation of the corpus through the full scan, side by side with Microsoft
Presidio configured with equivalent PatternRecognizers (installed into bench/.work/venv when missing).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared/datasets/pii.jsonl"
OWN_CORPUS = sorted((REPO / "tests/data/pii").glob("*.jsonl"))
WORK = REPO / "bench/.work"
PRESIDIO_VENV = WORK / "venv"
TYPES = ("PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN")


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for p in paths:
        with p.open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def score(rows: list[dict], predicted: dict[str, list[tuple[int, int, str]]]) -> dict[str, Counter]:
    counts: dict[str, Counter] = {t: Counter() for t in TYPES}
    for row in rows:
        gold = {(s["start"], s["end"], s["type"]) for s in row["spans"]}
        pred = set(predicted.get(row["id"], []))
        for t in TYPES:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            counts[t]["tp"] += len(g & p)
            counts[t]["fp"] += len(p - g)
            counts[t]["fn"] += len(g - p)
    return counts


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(title: str, counts: dict[str, Counter], other: dict[str, Counter] | None = None) -> None:
    print(f"\n{title}")
    head = f"{'type':<14}{'gold':>5}{'P':>8}{'R':>8}{'F1':>8}"
    print(head + (f"{'presidio F1':>13}" if other else ""))
    total: Counter = Counter()
    total_o: Counter = Counter()
    for t in TYPES:
        c = counts[t]
        total.update(c)
        p, r, f = prf(c)
        line = f"{t:<14}{c['tp'] + c['fn']:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}"
        if other:
            total_o.update(other[t])
            line += f"{prf(other[t])[2]:>13.3f}"
        print(line)
    p, r, f = prf(total)
    line = f"{'micro':<14}{total['tp'] + total['fn']:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}"
    if other:
        line += f"{prf(total_o)[2]:>13.3f}"
    print(line)


def xiaobao_predict(rows: list[dict]) -> dict[str, list[tuple[int, int, str]]]:
    from xiaobao.engines.pii import scan

    return {
        r["id"]: [(f.start, f.end, f.type) for f in scan(r["text"], hints=r.get("hints", ()))] for r in rows
    }


def big_text(rows: list[dict], mb: float) -> str:
    block = "\n".join(r["text"] for r in rows) + "\n"
    n = max(1, int(mb * 1_000_000 / len(block.encode("utf-8"))))
    return block * n


def xiaobao_speed(text: str) -> float:
    from xiaobao.engines.pii import scan

    scan(text[:100_000])  # warm-up
    size = len(text.encode("utf-8"))
    best = 0.0
    for _ in range(2):
        t0 = time.perf_counter()
        scan(text)
        best = max(best, size / (time.perf_counter() - t0) / 1e6)
    return best


# ---------------------------------------------------------------- presidio (runs in its own venv)
def presidio_recognizers() -> list:  # pragma: no cover - runs under bench/.work/venv
    from presidio_analyzer import Pattern, PatternRecognizer

    sys.path.insert(0, str(REPO / "src"))
    from xiaobao.engines.pii import lexicon as lx
    from xiaobao.engines.pii.validators import is_valid_id_card, is_valid_luhn, is_valid_vin

    class Checked(PatternRecognizer):
        def __init__(self, entity: str, regex: str, check=None, context=None) -> None:
            super().__init__(
                supported_entity=entity, patterns=[Pattern(entity, regex, 0.6)], context=context,
                supported_language="zh",
            )
            self._check = check

        def validate_result(self, pattern_text: str):
            return None if self._check is None else bool(self._check(pattern_text))

    sur = "(?:" + "|".join(lx.COMPOUND_SURNAMES) + "|[" + lx.SINGLE_SURNAMES + "])"
    given = "[" + "".join(sorted(lx.GIVEN_CHARS)) + "]"
    titles = "|".join(lx.TITLES)
    tr = "[" + "".join(sorted(lx.TRANSLIT_CHARS)) + "]"
    nd = r"(?<![0-9A-Za-z])"
    na = r"(?![0-9A-Za-z])"
    return [
        Checked("ID_CARD", nd + r"\d{6} ?\d{8} ?\d{3}[\dXx]" + na, is_valid_id_card, ["身份证", "证件"]),
        Checked("BANK_CARD", nd + r"\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?" + na, is_valid_luhn, ["卡号"]),
        Checked("MOBILE", nd + r"(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}" + na, None, ["手机", "电话"]),
        Checked("LANDLINE", nd + r"(?:\(0\d{2,3}\)|0\d{2,3}[ -]?)\d{7,8}" + na, None, ["座机", "电话"]),
        Checked("EMAIL", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", None),
        Checked("LICENSE_PLATE", r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·• ]?"
                r"[A-HJ-NP-Z0-9]{5,6}" + na, None),
        Checked("VIN", nd + r"[A-HJ-NPR-Z0-9]{17}" + na, is_valid_vin),
        Checked("PERSON", rf"{sur}(?:{titles})|{tr}{{1,8}}·{tr}{{1,8}}|(?<=[人户叫主员名：:])\s?{sur}{given}{{1,2}}", None),
        Checked("ADDRESS", r"(?:[\u4e00-\u9fff]{2,9}?(?:省|自治区|市|地区|州|县|区)){1,4}[\u4e00-\u9fff]{1,12}?"
                r"(?:路|街|村)(?:\d+号|[A-Za-z]座)?(?:[\u4e00-\u9fff]{0,6}小区)?(?:\d+(?:号楼|栋|单元|室)\d*)*", None),
    ]


def presidio_worker(corpus: str, mb: float) -> None:  # pragma: no cover - runs under bench/.work/venv
    rows = load([Path(p) for p in corpus.split(os.pathsep)])
    recs = presidio_recognizers()

    def run(text: str) -> list[tuple[int, int, str]]:
        found = []
        for r in recs:
            found.extend((x.start, x.end, x.entity_type) for x in r.analyze(text, [r.supported_entities[0]], None))
        # same overlap rule as a caller would apply: longer span first
        found.sort(key=lambda t: (t[0] - t[1], t[0]))
        kept: list[tuple[int, int, str]] = []
        for s, e, t in found:
            if all(e <= ks or s >= ke for ks, ke, _ in kept):
                kept.append((s, e, t))
        return kept

    pred = {r["id"]: run(r["text"]) for r in rows}
    text = big_text(rows, mb)
    size = len(text.encode("utf-8"))
    t0 = time.perf_counter()
    for r in recs:
        r.analyze(text, [r.supported_entities[0]], None)
    mbs = size / (time.perf_counter() - t0) / 1e6
    print(json.dumps({"pred": pred, "mbs": mbs}))


def presidio_python() -> tuple[str | None, str]:
    """Python executable with presidio-analyzer importable, installing it into bench/.work/venv if needed."""
    try:
        import presidio_analyzer  # noqa: F401

        return sys.executable, "importable in this interpreter"
    except ImportError:
        pass
    py = PRESIDIO_VENV / "bin/python"
    check = [str(py), "-c", "import presidio_analyzer"]
    if py.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return str(py), f"from {PRESIDIO_VENV.relative_to(REPO)}"
    print("installing presidio-analyzer into bench/.work/venv (first run only) ...", flush=True)
    WORK.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(PRESIDIO_VENV)], check=True, capture_output=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", "-q", "presidio-analyzer"], check=True, capture_output=True, text=True
        )
    except (subprocess.CalledProcessError, OSError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        return None, f"install failed: {detail.strip().splitlines()[-1] if detail.strip() else exc}"
    return str(py), "installed into bench/.work/venv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=20.0, help="size of the speed text in MB (default 20)")
    ap.add_argument("--presidio-mb", type=float, default=2.0, help="size of presidio's speed text in MB")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--presidio-worker", metavar="CORPUS", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.presidio_worker:
        presidio_worker(args.presidio_worker, args.presidio_mb)
        return

    sys.path.insert(0, str(REPO / "src"))
    corpora: list[tuple[str, list[Path]]] = []
    if DEV_CORPUS.exists():
        corpora.append(("dev corpus shared/datasets/pii.jsonl", [DEV_CORPUS]))
    else:
        print(f"dev corpus not found at {DEV_CORPUS}: skipped")
    if OWN_CORPUS:
        corpora.append(("own cases tests/data/pii/*.jsonl", OWN_CORPUS))

    py, how = (None, "skipped (--no-presidio)") if args.no_presidio else presidio_python()
    for title, paths in corpora:
        rows = load(paths)
        ours = score(rows, xiaobao_predict(rows))
        theirs = None
        if py:
            env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
            cmd = [py, __file__, "--presidio-worker", os.pathsep.join(map(str, paths)), "--presidio-mb",
                   str(args.presidio_mb)]
            res = subprocess.run(cmd, capture_output=True, text=True, env=env)
            if res.returncode == 0:
                out = json.loads(res.stdout.strip().splitlines()[-1])
                theirs = score(rows, {k: [tuple(x) for x in v] for k, v in out["pred"].items()})
                presidio_mbs = out["mbs"]
            else:
                print(f"presidio run failed: {res.stderr.strip().splitlines()[-1:]}")
                py = None
        report(f"{title}: {len(rows)} texts", ours, theirs)
        if title.startswith("dev"):
            text = big_text(rows, args.mb)
            mbs = xiaobao_speed(text)
            print(f"\nspeed: xiaobao full scan {mbs:.1f} MB/s (UTF-8, {len(text.encode()) / 1e6:.1f} MB, one core)")
            if theirs is not None:
                print(f"speed: presidio PatternRecognizers {presidio_mbs:.2f} MB/s ({args.presidio_mb} MB); "
                      f"ratio xiaobao/presidio = {mbs / presidio_mbs:.1f}x")
    if py is None:
        print(f"\npresidio: not compared ({how})")
    else:
        print(f"\npresidio-analyzer: {how}")


if __name__ == "__main__":
    main()
