"""Address edges as customers write them, read wrong before s19 (examples written for these tests, not taken from any set)."""

from __future__ import annotations

import pytest

from xiaobao.engines.pii import scan


def found(text: str, typ: str = "ADDRESS", tier: str = "model") -> list[str]:
    return [f.text for f in scan(text, tier=tier) if f.type == typ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a railway bureau after the house number is no road
        ("我在青羊区人民西路四段9号西南铁路局门口被追尾了。", "青羊区人民西路四段9号"),
        # a numbered block of a new town (街区) is one word, not a street
        ("家住白银区平川园区7号街区，电话一直打不通。", "白银区平川园区7号街区"),
    ],
)
def test_words_that_hold_a_road_character(text: str, expected: str) -> None:
    assert found(text) == [expected]
    assert found(text, tier="fast") == [expected]
