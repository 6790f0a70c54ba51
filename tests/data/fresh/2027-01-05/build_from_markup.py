"""Build the labelled JSONL sets from their hand-written markup sources.

Each non-empty line of a ``*.src.txt`` file (lines starting with ``#`` are comments) is one record; spans
are written inline as ``[[TYPE:text]]``. Offsets are computed here, never typed by hand.

    python3 build_from_markup.py pii_complaints.src.txt pii_complaints.jsonl pc0105
"""

from __future__ import annotations

import json
import re
import sys

MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(line):
        before = line[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        value = m.group(2)
        spans.append({"start": length, "end": length + len(value), "type": m.group(1)})
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(line[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup: {line}")
    return text, spans


def main(src: str, out: str, prefix: str) -> None:
    records: list[dict[str, object]] = []
    with open(src, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            text, spans = parse(line)
            records.append({"id": f"{prefix}-{len(records) + 1:03d}", "text": text, "spans": spans})
    with open(out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{out}: {len(records)} records")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
