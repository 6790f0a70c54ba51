"""Rebuild common_words.txt (the model tier's word gate) from jieba's dictionary.

    pip install jieba==0.42.1 && python -m xiaobao.engines.pii.build_common_words

jieba's dict.txt (MIT licence) lists about 349,000 words with a frequency and a part-of-speech tag. Kept:
words of 2 to 4 characters seen at least MIN_FREQ times, not tagged as a person name (nr, nrt, nrfg), that
contain a character that can start a name (a surname, a transliteration character, a character of foreign
names), and two-character words
that begin with a given-name character. combine.py does not look for a name starting inside such a word or at
its first character (公司, 提出, 保费; 监管转…, 双方在…, 因不属于), nor at a rarer surname character before
such a word (和家人, 单显示).
General vocabulary, not from any corpus.
"""

from __future__ import annotations

from pathlib import Path

MIN_FREQ = 30
OUT = Path(__file__).with_name("common_words.txt")


def build() -> dict[str, int]:
    import jieba

    from .lexicon import FOREIGN_CHARS, GIVEN_CHARS, NAME_STARTS

    starts = NAME_STARTS | FOREIGN_CHARS

    words: dict[str, int] = {}
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            word, freq, *tag = line.split()
            if not 2 <= len(word) <= 4 or int(freq) < MIN_FREQ or (tag and tag[0].startswith("nr")):
                continue
            if any(c in starts for c in word) or (len(word) == 2 and word[0] in GIVEN_CHARS):
                words[word] = int(freq)
    return dict(sorted(words.items()))


def main() -> None:
    words = build()
    head = (
        "# Words of 2-4 characters from jieba 0.42.1's dict.txt (MIT licence): frequency >= "
        f"{MIN_FREQ}, not person names,\n# containing a character that can start a name (or 2 characters "
        "beginning with a given-name character),\n# each with its frequency in jieba's dictionary. "
        "Built by build_common_words.py; do not edit.\n"
    )
    OUT.write_text(head + "\n".join(f"{w} {f}" for w, f in words.items()) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
