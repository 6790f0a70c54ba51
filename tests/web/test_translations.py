"""The Chinese catalogue is complete and its compiled .mo matches the .po (run `make messages`)."""

import gettext
import re
from pathlib import Path

import xiaobao

LOCALE = Path(xiaobao.__file__).parent / "locale" / "zh_Hans" / "LC_MESSAGES"
ENTRY = re.compile(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n)+)', re.MULTILINE)


def _unquote(block: str) -> str:
    return "".join(line[1:-1] for line in block.strip().splitlines()).encode().decode("unicode_escape").encode(
        "latin-1").decode("utf-8")


def test_every_message_has_a_chinese_translation_in_the_compiled_catalogue():
    po = (LOCALE / "django.po").read_text(encoding="utf-8")
    with (LOCALE / "django.mo").open("rb") as fh:
        mo = gettext.GNUTranslations(fh)
    untranslated, stale = [], []
    for msgid_block, msgstr_block in ENTRY.findall(po):
        msgid, msgstr = _unquote(msgid_block), _unquote(msgstr_block)
        if not msgid:
            continue
        if not msgstr:
            untranslated.append(msgid)
        elif mo.gettext(msgid) != msgstr:
            stale.append(msgid)
    assert untranslated == []
    assert stale == []
