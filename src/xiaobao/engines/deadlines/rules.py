"""Dated rule versions for complaint deadlines, read from ``rules.toml``."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from xiaobao.engines.deadlines.timebase import beijing_date

__all__ = ["DEFAULT_RULES_PATH", "RuleSet", "RulesError", "load_rules", "rules_in_force"]

DEFAULT_RULES_PATH = Path(__file__).with_name("rules.toml")


class RulesError(ValueError):
    """The rules file is missing, malformed or inconsistent."""


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One version of the complaint-handling deadlines (see rules.toml for the meaning of each)."""

    version: str
    effective_from: date
    decision_days: int = 15
    extension_max_total_days: int = 30
    further_extension_max_total_days: int = 60
    reconsideration_request_days: int = 30
    reconsideration_decision_days: int = 30
    acceptance_hours: int = 24
    due_soon_days: int = 3
    title: str = ""

    def __post_init__(self) -> None:
        _validate(self)


_INT_FIELDS = (
    "decision_days",
    "extension_max_total_days",
    "further_extension_max_total_days",
    "reconsideration_request_days",
    "reconsideration_decision_days",
    "acceptance_hours",
    "due_soon_days",
)
_ALL_FIELDS = frozenset(f.name for f in fields(RuleSet))
_REQUIRED = frozenset({"version", "effective_from", *_INT_FIELDS})


def _validate(rs: RuleSet) -> None:
    where = f"rule set {rs.version!r}"
    if not isinstance(rs.version, str) or not rs.version.strip():
        raise RulesError("rule set version must be a non-empty string")
    if not isinstance(rs.effective_from, date) or hasattr(rs.effective_from, "hour"):
        raise RulesError(f"{where}: effective_from must be a date (YYYY-MM-DD), got {rs.effective_from!r}")
    for name in _INT_FIELDS:
        value = getattr(rs, name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise RulesError(f"{where}: {name} must be an integer, got {value!r}")
        if value <= 0:
            raise RulesError(f"{where}: {name} must be positive, got {value}")
    if not rs.decision_days <= rs.extension_max_total_days <= rs.further_extension_max_total_days:
        raise RulesError(
            f"{where}: expected decision_days <= extension_max_total_days <= "
            f"further_extension_max_total_days, got {rs.decision_days} / {rs.extension_max_total_days} / "
            f"{rs.further_extension_max_total_days}"
        )
    if not isinstance(rs.title, str):
        raise RulesError(f"{where}: title must be a string")


def _parse(data: dict[str, object], source: str) -> list[RuleSet]:
    unknown_top = set(data) - {"ruleset"}
    if unknown_top:
        raise RulesError(
            f"{source}: unknown top-level keys {sorted(unknown_top)} (expected [[ruleset]] tables)"
        )
    tables = data.get("ruleset")
    if not isinstance(tables, list) or not tables:
        raise RulesError(f"{source}: no [[ruleset]] tables found")
    result: list[RuleSet] = []
    for index, table in enumerate(tables, start=1):
        if not isinstance(table, dict):
            raise RulesError(f"{source}: ruleset #{index} is not a table")
        label = f"{source}: ruleset #{index} ({table.get('version', 'no version')!r})"
        unknown = set(table) - _ALL_FIELDS
        if unknown:
            raise RulesError(f"{label}: unknown keys {sorted(unknown)}")
        missing = _REQUIRED - set(table)
        if missing:
            raise RulesError(f"{label}: missing keys {sorted(missing)}")
        try:
            result.append(RuleSet(**table))
        except RulesError as exc:
            raise RulesError(f"{source}: {exc}") from None
    versions = [r.version for r in result]
    dupes = sorted({v for v in versions if versions.count(v) > 1})
    if dupes:
        raise RulesError(f"{source}: duplicate rule versions {dupes}")
    starts = [r.effective_from for r in result]
    if len(set(starts)) != len(starts):
        raise RulesError(f"{source}: two rule versions share the same effective_from date")
    return sorted(result, key=lambda r: r.effective_from)


@lru_cache(maxsize=8)
def _load_cached(path: Path, mtime_ns: int) -> tuple[RuleSet, ...]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path}: not valid TOML: {exc}") from None
    return tuple(_parse(data, str(path)))


def load_rules(path: str | Path | None = None) -> list[RuleSet]:
    """Read the dated rule versions, oldest first; raises :class:`RulesError` on bad data."""
    p = Path(path) if path is not None else DEFAULT_RULES_PATH
    try:
        mtime = p.stat().st_mtime_ns
    except OSError as exc:
        raise RulesError(f"cannot read rules file {p}: {exc.strerror or exc}") from None
    return list(_load_cached(p.resolve(), mtime))


@lru_cache(maxsize=1)
def _shipped_rules() -> tuple[RuleSet, ...]:
    """The shipped rules.toml, read once per process (it changes only with a release)."""
    return tuple(load_rules())


def rules_in_force(on: date | datetime, rules: Sequence[RuleSet] | None = None) -> RuleSet:
    """The rule version in force on ``on`` (latest effective_from on or before it).

    An aware datetime is placed on the Beijing calendar first; a naive one is a ValueError.
    """
    day = beijing_date(on, "on")
    candidates = [r for r in (_shipped_rules() if rules is None else rules) if r.effective_from <= day]
    if not candidates:
        raise RulesError(f"no complaint-handling rule version is in force on {day.isoformat()}")
    return max(candidates, key=lambda r: r.effective_from)
