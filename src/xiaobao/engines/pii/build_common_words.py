"""Rebuild common_words.txt (the model tier's word gate) from jieba's dictionary.

    pip install jieba==0.42.1 && python -m xiaobao.engines.pii.build_common_words

jieba's dict.txt (MIT licence) lists about 349,000 words with a frequency and a part-of-speech tag. Kept:
two-character words seen at least MIN_FREQ times, not tagged as a person name (nr, nrt, nrfg), that begin or
end with a character that can start a name (a surname or transliteration character). combine.py does not
send a clause to the model when no name can start in it: a name does not start at the first character of
such a word (公司, 提出, 平安), nor at the second (监管转…, 双方在…). General vocabulary, not from any corpus.
"""

from __future__ import annotations

from pathlib import Path

MIN_FREQ = 100
OUT = Path(__file__).with_name("common_words.txt")


def build() -> list[str]:
    import jieba

    from .lexicon import NAME_STARTS

    words = set()
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            word, freq, *tag = line.split()
            if len(word) != 2 or int(freq) < MIN_FREQ or (tag and tag[0].startswith("nr")):
                continue
            if word[0] in NAME_STARTS or word[1] in NAME_STARTS:
                words.add(word)
    return sorted(words)


def main() -> None:
    words = build()
    head = (
        "# Two-character words from jieba 0.42.1's dict.txt (MIT licence): frequency >= "
        f"{MIN_FREQ}, not person names,\n# beginning or ending with a character that can start a name. "
        "Built by build_common_words.py; do not edit.\n"
    )
    OUT.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
