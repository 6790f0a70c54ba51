"""`scan()`: all detectors, then overlap resolution (higher score, then longer span wins)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .address import find_addresses
from .address_edges import tidy_addresses
from .names import find_names
from .patterns import find_structured
from .words import find_anchors

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

# Findings are built in bulk: setting the slots directly is about twice as fast as the frozen dataclass
# __init__ (which goes through object.__setattr__ by name for every field).
_new = object.__new__
_set_start = Finding.start.__set__  # type: ignore[attr-defined]
_set_end = Finding.end.__set__  # type: ignore[attr-defined]
_set_type = Finding.type.__set__  # type: ignore[attr-defined]
_set_score = Finding.score.__set__  # type: ignore[attr-defined]
_set_text = Finding.text.__set__  # type: ignore[attr-defined]


def _finding(text: str, s: int, e: int, t: str, sc: float) -> Finding:
    f = _new(Finding)
    _set_start(f, s)
    _set_end(f, e)
    _set_type(f, t)
    _set_score(f, sc)
    _set_text(f, text[s:e])
    return f


def _resolve(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans; inside a cluster of overlapping spans, higher score then longer wins."""
    if len(spans) < 2:
        return spans
    spans.sort()
    kept: list[Span] = []
    keep = kept.append
    first = 0  # the cluster is spans[first:i]
    cluster_end = spans[0][1]
    for i, (s, e, _, _) in enumerate(spans):  # (unpacked, not indexed and sliced: the loop runs once per finding)
        if s >= cluster_end and i:
            if i - first == 1:
                keep(spans[first])
            else:
                kept.extend(_best(spans[first:i]))
            first = i
            cluster_end = e
        elif e > cluster_end:
            cluster_end = e
    kept.extend(_best(spans[first:]))
    return kept


def _best(cluster: list[Span]) -> list[Span]:
    if len(cluster) == 1:
        return cluster
    if len(cluster) == 2:  # (most clusters: the same as below without sorting)
        a, b = cluster
        f, g = (a, b) if (-a[3], a[0] - a[1], a[0]) <= (-b[3], b[0] - b[1], b[0]) else (b, a)
        return cluster if g[1] <= f[0] or g[0] >= f[1] else [f]
    chosen: list[Span] = []
    for sp in sorted(cluster, key=lambda t: (-t[3], t[0] - t[1], t[0])):
        if all(sp[1] <= c[0] or sp[0] >= c[1] for c in chosen):
            chosen.append(sp)
    chosen.sort()
    return chosen


TIERS = ("model", "fast")


def scan(
    text: str, *, hints: Sequence[str] = (), types: set[str] | None = None, tier: str = "model"
) -> list[Finding]:
    """Find personal data in Chinese text.

    hints: names already known on the case (found wherever they occur, with a high score).
    types: restrict the result to these types (default: all of PII_TYPES).
    tier: "model" (default): rules plus the statistical models: LAC for PERSON (names in running prose) and
          the CRF for PERSON and ADDRESS trained on the project's labelled sets (crf.py, combine_crf);
          "fast": rules only, for bulk scanning where speed matters more than bare names.
          The model tier raises model.ModelUnavailable when its packages are not installed.
    """
    return scan_many([text], hints=hints, types=types, tier=tier)[0]


def scan_many(
    texts: Sequence[str], *, hints: Sequence[str] = (), types: set[str] | None = None, tier: str = "model"
) -> list[list[Finding]]:
    """scan() for many texts at once: the model tier tags all of them in shared batches (much faster than
    one call per short text)."""
    if tier not in TIERS:
        raise ValueError(f"unknown tier {tier!r}; known: {', '.join(TIERS)}")
    if isinstance(hints, str):
        hints = (hints,)
    windows: list[list[tuple[int, int]]] = []  # what the LAC model read in each text
    places: list[list[tuple[int, int]]] = []  # ... and read as places, organisations or nouns there
    spans = _engine_spans(texts, hints, types, tier, windows, places)
    if tier == "model" and CRF_MODES != _CRF_OFF and (types is None or types & {"PERSON", "ADDRESS"}):
        from .combine import add_crf_spans

        spans = add_crf_spans(texts, [_resolve(sp) for sp in spans], windows, places, **CRF_MODES)
    tidy = TIDY_ADDRESSES and tier == "model"
    return [_findings(t, sp, types, tidy) for t, sp in zip(texts, spans, strict=True)]


# how the CRF's spans join those of the rules and LAC (combine.combine_crf), chosen on leave-one-set-out
# (bench/bench_pii_crf.py; 22 folds, exact span micro F1 pooled: rules before 0.872 -> 0.908 with these modes).
# ADDRESS "extend": a CRF address replaces the rules' only where it covers them, and stands alone where they
# found none (pooled ADDRESS 0.709 -> 0.807; "crf", the bench's pick at 0.820, scores lower than "extend" on the
# two blind sets of 2026-12-10/11 and cuts the addresses the rules' grammar ends on purpose). PERSON
# "replace_weak_vetted": CRF names replace weaker rule/LAC names they cover and stand where none was found, when
# the lexicon and LAC let them (pooled PERSON 0.871 -> 0.904; real_names_dev 0.899 -> 0.889): unvetted
# "replace_weak" scores higher on complaint text (0.921 micro) but finds nicknames, 于周一 and 向贵司 as names and
# keeps real_names_dev at only 0.862. Forms of address (老赵, 小叶, 阿强, 刘哥, 王姐) the CRF finds stand without the
# vetting (combine._address_form): persons by the datasets README's surname + title rule, as every independent
# author since 2026-12-10 labels them (s12-conv).
CRF_MODES = {"address": "extend", "person": "replace_weak_vetted"}
# every address's edges tidied on the model tier (address_edges.py, s13): ADDRESS exact-span F1 pooled over six
# leave-one-set-out folds 0.789 -> 0.870, over the eight s13 training corpora (never looked at when the edges were
# written) 0.833 -> 0.897 with the model of their day. Not on the fast tier: it would cost bulk DLP about 6% of its
# speed for edges that masking does not need (there it would give 0.764 -> 0.823)
TIDY_ADDRESSES = True
_CRF_OFF = {"address": "rules", "person": "rules"}  # (the CRF is not run at all)


def _engine_spans(
    texts: Sequence[str],
    hints: Sequence[str],
    types: set[str] | None,
    tier: str,
    windows: list[list[tuple[int, int]]] | None = None,
    places: list[list[tuple[int, int]]] | None = None,
) -> list[list[Span]]:
    """The rules' spans (and the LAC model's names on the model tier), overlaps not yet resolved; no CRF. windows,
    places: if given, they receive per text what LAC read and what it read as places, organisations or nouns
    (when it ran)."""
    rule_spans = [_rule_spans(t, hints, types) if t else [] for t in texts]
    if tier == "model" and (types is None or "PERSON" in types):
        from .combine import add_context_names, add_model_names

        rule_spans = add_context_names(texts, add_model_names(texts, rule_spans, windows, places))
    return rule_spans


def _rule_spans(text: str, hints: Sequence[str], types: set[str] | None) -> list[Span]:
    spans: list[Span] = []
    anchors = find_anchors(text)  # titles, address cue words, place names, county ends, capital letters: one pass
    if types is None or types & _STRUCTURED:
        spans.extend(find_structured(text, types, anchors.letter))
    if types is None or "ADDRESS" in types:
        spans.extend(find_addresses(text, anchors.addr_cue, anchors.place, anchors.county))
    if types is None or "PERSON" in types:
        spans.extend(find_names(text, hints, anchors.title))
    return spans


def _findings(text: str, spans: list[Span], types: set[str] | None, tidy: bool = False) -> list[Finding]:
    if types is not None:
        spans = [sp for sp in spans if sp[2] in types]
    out: list[Finding] = []
    add = out.append
    new, set_start, set_end, set_type, set_score, set_text = _new, _set_start, _set_end, _set_type, _set_score, _set_text
    spans = _resolve(spans)
    if tidy:
        # (after the overlaps are resolved: a tidied address only shrinks or splits, so no overlap comes back)
        spans = tidy_addresses(text, spans)
    for s, e, t, sc in spans:
        f = new(Finding)
        set_start(f, s)
        set_end(f, e)
        set_type(f, t)
        set_score(f, sc)
        set_text(f, text[s:e])
        add(f)
    return out
