"""Small real evidence files made on the spot: a WAV tone sequence, a page-trail zip with its operation log,
a transcript in the engine's JSON Lines format. Used by the demo data, the tests and the bench (nothing of it
is presented as a real sale's evidence)."""

from __future__ import annotations

import io
import json
import math
import struct
import wave
import zipfile
from collections.abc import Sequence

RATE = 8000  # telephone quality, mono 16-bit: 16 KB a second


def tone_wav(seconds: float = 2.0, frequencies: Sequence[float] = (440.0, 660.0), *, seed: int = 0) -> bytes:
    """A mono 8 kHz WAV of short tones (a few KB a second); `seed` shifts the pitch so files differ."""
    frames = int(RATE * seconds)
    step = max(1, frames // max(1, len(frequencies)))
    samples = bytearray()
    for n in range(frames):
        freq = frequencies[min(n // step, len(frequencies) - 1)] + seed % 97
        fade = min(1.0, n / 400, (frames - n) / 400)
        samples += struct.pack("<h", int(8000 * fade * math.sin(2 * math.pi * freq * n / RATE)))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(samples))
    return out.getvalue()


def page_trail_zip(steps: Sequence[str] = ("产品页", "健康告知", "条款阅读", "确认投保", "支付")) -> bytes:
    """A page trail: one small HTML page per step and operations.log with a time per step."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        log = []
        for i, step in enumerate(steps, 1):
            archive.writestr(f"pages/{i:02d}.html", f"<!doctype html><html><body><h1>{step}</h1></body></html>")
            log.append(f"2026-01-05T10:{i:02d}:00+08:00\tview\tpages/{i:02d}.html\t{step}")
        archive.writestr("operations.log", "\n".join(log) + "\n")
    return out.getvalue()


def transcript_jsonl(turns: Sequence[tuple[str, str]], *, transcript_id: str = "", product_line: str = "") -> bytes:
    """One call in the engine's JSON Lines format: {"id", "product_line", "turns": [{"speaker", "text"}]}."""
    line = {"id": transcript_id, "product_line": product_line,
            "turns": [{"speaker": speaker, "text": text} for speaker, text in turns]}
    return (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")


GOOD_CALL: list[tuple[str, str]] = [
    ("agent", "您好，我是平安财险的坐席小王，工号8801，本次通话将全程录音。"),
    ("customer", "好的。"),
    ("agent", "给您介绍的是我公司承保的安心意外伤害保险，由本公司承保。"),
    ("agent", "保险责任是意外身故和伤残，最高赔付50万元。"),
    ("agent", "责任免除包括酒后驾驶、故意自伤和战争，这些情况不赔。"),
    ("agent", "保费每年200元，保险期间一年。"),
    ("agent", "您有15天犹豫期，犹豫期内退保全额退费。"),
    ("agent", "请问您同意投保吗？"),
    ("customer", "我同意投保。"),
]
BAD_CALL: list[tuple[str, str]] = [
    ("agent", "您好，给您推荐一款保险，保本保息稳赚不赔。"),
    ("customer", "嗯。"),
    ("agent", "名额有限，今天不买明天就停售了，条款您自己看一下。"),
    ("customer", "嗯嗯。"),
]
