"""What the findings dumps (dump_pii_findings.py, dump_marketing_findings.py) share."""

from __future__ import annotations

import random

# Fresh sets being written by blind authors now (folder names): the dumps leave them out (nobody may read them
# before scoring). None at the moment.
SKIP: tuple[str, ...] = ()


def joined(texts: list[str], seed: int, size: int, joiners: tuple[str, ...]) -> list[tuple[str, str]]:
    """Long texts of ``size`` shuffled texts each, with random joiners between them (seeded: the same every run),
    so that context checks reaching across texts run on combinations nobody wrote. Each: (name, text)."""
    rng = random.Random(seed)
    pool = list(texts)
    rng.shuffle(pool)
    out = []
    for k in range(0, len(pool), size):
        parts = []
        for s in pool[k : k + size]:
            parts.append(s)
            parts.append(rng.choice(joiners))
        out.append((f"synthetic#{seed}/{k // size}", "".join(parts)))
    return out
