"""`scan()`: all detectors, then overlap resolution (higher score, then longer span wins)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .address import find_addresses
from .names import find_names
from .patterns import find_structured

PII_TYPES: frozenset[str] = frozenset(
    {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
)
_STRUCTURED = PII_TYPES - {"PERSON", "ADDRESS"}


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data: text[start:end] (Python str offsets, end exclusive)."""

    start: int
    end: int
    type: str
    score: float
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "type": self.type, "score": round(self.score, 3)}


Span = tuple[int, int, str, float]


def _resolve(spans: list[Span]) -> list[Span]:
    """Keep a set of non-overlapping spans, preferring higher scores, then longer spans."""
    if len(spans) < 2:
        return spans
    spans.sort(key=lambda t: (-t[3], t[0] - t[1], t[0]))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Span] = []
    for sp in spans:
        s, e = sp[0], sp[1]
        i = bisect_right(starts, s)
        # the kept span starting at or before s must end before s; the next one must start after e
        if i and ends[i - 1] > s:
            continue
        if i < len(starts) and starts[i] < e:
            continue
        j = bisect_left(starts, s)
        starts.insert(j, s)
        ends.insert(j, e)
        kept.append(sp)
    kept.sort()
    return kept


def scan(text: str, *, hints: Sequence[str] = (), types: set[str] | None = None) -> list[Finding]:
    """Find personal data in Chinese text.

    hints: names already known on the case (found wherever they occur, with a high score).
    types: restrict the result to these types (default: all of PII_TYPES).
    """
    if not text:
        return []
    if isinstance(hints, str):
        hints = (hints,)
    spans: list[Span] = []
    if types is None or types & _STRUCTURED:
        spans.extend(find_structured(text, types))
    if types is None or "ADDRESS" in types:
        spans.extend(find_addresses(text))
    if types is None or "PERSON" in types:
        spans.extend(find_names(text, hints))
    if types is not None:
        spans = [sp for sp in spans if sp[2] in types]
    return [Finding(s, e, t, sc, text[s:e]) for s, e, t, sc in _resolve(spans)]
