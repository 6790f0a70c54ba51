"""Transcripts of sales calls (通话转写) read into the transcripts engine's turns.

Two formats are accepted:

- JSON Lines in the engine's format: one line `{"id", "product_line", "turns": [{"speaker", "text"}, ...]}`
  (the datasets' transcripts.jsonl format, one call per file), or one `{"speaker", "text"}` object per line;
- plain text with a speaker prefix per turn: `坐席：您好…` / `客户：嗯…` (also 销售, 客服, 业务员, 代理人, 投保人,
  agent, customer, A, C); a line without a prefix continues the turn before it.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput
from xiaobao.engines.transcripts import Turn
from xiaobao.traceability.codes import Kind

if TYPE_CHECKING:
    from xiaobao.traceability.models import EvidenceItem

SPEAKERS: dict[str, str] = {
    "agent": "agent", "坐席": "agent", "座席": "agent", "销售": "agent", "客服": "agent", "业务员": "agent",
    "代理人": "agent", "销售人员": "agent", "a": "agent",
    "customer": "customer", "客户": "customer", "投保人": "customer", "顾客": "customer", "c": "customer",
}
_PREFIX = re.compile(r"^\s*\[?([^\s:：\]]{1,8})\]?\s*[:：]\s*(.*)$")
MAX_TURNS = 5000


def _refuse(message: str) -> InvalidInput:
    return InvalidInput(message, field="file")


def _speaker(raw: object) -> str | None:
    return SPEAKERS.get(str(raw).strip().lower()) if raw is not None else None


def _from_objects(lines: list[str]) -> list[Turn]:
    objects = []
    for number, line in enumerate(lines, 1):
        try:
            value = json.loads(line)
        except ValueError:
            raise _refuse(_("Line %(n)d of the transcript is not valid JSON.") % {"n": number}) from None
        if not isinstance(value, dict):
            raise _refuse(_("Line %(n)d of the transcript is not a JSON object.") % {"n": number})
        objects.append(value)
    if any("turns" in value for value in objects):
        if len(objects) != 1 or not isinstance(objects[0].get("turns"), list):
            raise _refuse(_("A transcript file holds one call: one line with its turns."))
        objects = objects[0]["turns"]
    turns = []
    for number, value in enumerate(objects, 1):
        speaker = _speaker(value.get("speaker")) if isinstance(value, dict) else None
        text = value.get("text") if isinstance(value, dict) else None
        if speaker is None or not isinstance(text, str):
            raise _refuse(_("Turn %(n)d of the transcript needs a speaker (坐席 or 客户) and a text.") % {"n": number})
        turns.append(Turn(speaker, text))
    return turns


def _from_text(lines: list[str]) -> list[Turn]:
    turns: list[Turn] = []
    for number, line in enumerate(lines, 1):
        match = _PREFIX.match(line)
        speaker = _speaker(match.group(1)) if match else None
        if speaker is not None and match is not None:
            turns.append(Turn(speaker, match.group(2).strip()))
        elif turns:
            turns[-1] = Turn(turns[-1].speaker, f"{turns[-1].text}\n{line.strip()}")
        else:
            raise _refuse(_("Line %(n)d of the transcript has no speaker prefix (坐席： or 客户：).") % {"n": number})
    return turns


def parse(content: bytes) -> list[Turn]:
    """The turns of a transcript file (either format); InvalidInput (field "file") when it is neither."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _refuse(_("The transcript is not UTF-8 text.")) from None
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise _refuse(_("The transcript is empty."))
    turns = _from_objects(lines) if lines[0].lstrip().startswith("{") else _from_text(lines)
    if not turns:
        raise _refuse(_("The transcript is empty."))
    if len(turns) > MAX_TURNS:
        raise _refuse(_("The transcript has more than %(n)d turns.") % {"n": MAX_TURNS})
    return turns


def turns_of(item: EvidenceItem) -> list[Turn]:
    """The engine's turns of a transcript item, read from its stored file (contract with `inspection`).

    Raises ValueError for an item that is not a transcript, FileNotFoundError when its file is gone."""
    if item.kind != Kind.TRANSCRIPT:
        raise ValueError(f"evidence item {item.pk} is a {item.kind}, not a transcript")
    return parse(item.path.read_bytes())
