"""The Chinese catalogues are complete and their compiled .mo match the .po (run `make messages`).

The project catalogue is `xiaobao/locale`; an app may keep its own in `xiaobao/<app>/locale` (Django finds it),
so that modules do not all edit one file.
"""

import ast
import gettext
import re
from collections import defaultdict
from pathlib import Path

import pytest
from django.conf import settings

import xiaobao

CATALOGUES = sorted(p.parent for p in Path(xiaobao.__file__).parent.rglob("locale/zh_Hans/LC_MESSAGES/django.po"))


def _entries(po: str):
    """(context, msgid, msgstr, fuzzy) for every entry, plurals by their first form."""
    for block in po.split("\n\n"):
        fields: dict[str, str] = {}
        current = None
        fuzzy = False
        for line in block.splitlines():
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif line.startswith(("msgctxt ", "msgid ", "msgid_plural ", "msgstr ", "msgstr[0] ")):
                current, _, rest = line.partition(" ")
                fields[current] = ast.literal_eval(rest)
            elif line.startswith('"') and current:
                fields[current] += ast.literal_eval(line)
        if fields.get("msgid"):
            yield fields.get("msgctxt"), fields["msgid"], fields.get("msgstr", fields.get("msgstr[0]", "")), fuzzy


@pytest.mark.parametrize("locale", CATALOGUES, ids=lambda p: str(p.parent.parent.parent.name))
def test_every_message_has_a_chinese_translation_in_the_compiled_catalogue(locale):
    po = (locale / "django.po").read_text(encoding="utf-8")
    with (locale / "django.mo").open("rb") as fh:
        mo = gettext.GNUTranslations(fh)
    untranslated, stale = [], []
    for context, msgid, msgstr, fuzzy in _entries(po):
        if not msgstr or fuzzy:
            untranslated.append(msgid)
            continue
        compiled = mo.pgettext(context, msgid) if context else mo.gettext(msgid)
        if compiled != msgstr:
            stale.append(msgid)
    assert untranslated == []
    assert stale == []


PACKAGE = Path(xiaobao.__file__).parent
GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy"}
TRANS = re.compile(r"""\{%\s*(?:trans|translate)\s+(["'])(.+?)\1(?:\s+context\s+["'][^"']+["'])?\s*(?:as \w+\s*)?%\}""")


def _code_msgids() -> set[str]:
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "engines" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in GETTEXT
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    for path in PACKAGE.rglob("*.html"):
        found |= {m.group(2) for m in TRANS.finditer(path.read_text(encoding="utf-8"))}
    return found


def test_the_catalogue_holds_every_message_in_the_code():
    """New strings in code or templates must reach the catalogue (`make messages`, then translate)."""
    catalogued = {msgid for locale in CATALOGUES
                  for _ctx, msgid, _str, _fuzzy in _entries((locale / "django.po").read_text(encoding="utf-8"))}
    missing = sorted(_code_msgids() - catalogued)
    assert missing == []


def test_a_message_has_one_chinese_translation_across_the_catalogues():
    """Django merges every catalogue of a language and one translation of a (context, msgid) wins (the project
    catalogue first, then the apps in INSTALLED_APPS order), so an app that translates a shared English message its
    own way is shown another app's word. Same meaning: align the translations; an app's own word: give the message
    a context in that app's code (`pgettext_lazy("<app>", ...)`, `{% translate "..." context "<app>" %}`)."""
    def priority(locale: Path) -> int:  # Django's: the project catalogue, then the apps in INSTALLED_APPS order
        app = "xiaobao." + locale.relative_to(PACKAGE).parts[0]
        return settings.INSTALLED_APPS.index(app) + 1 if app in settings.INSTALLED_APPS else 0

    translations: dict[tuple[str | None, str], dict[str, str]] = defaultdict(dict)
    for locale in sorted(CATALOGUES, key=priority):
        catalogue = locale.relative_to(PACKAGE).parts[0].replace("locale", "the project catalogue")
        for context, msgid, msgstr, _fuzzy in _entries((locale / "django.po").read_text(encoding="utf-8")):
            if msgstr:
                translations[(context, msgid)][catalogue] = msgstr
    clashes = []
    for (context, msgid), by_catalogue in sorted(translations.items(), key=lambda item: (item[0][1], item[0][0] or "")):
        (winner, shown), *others = by_catalogue.items()
        clashes += [f"{msgid!r}" + (f" (context {context!r})" if context else "")
                    + f": {catalogue} translates {own}, but the page shows {winner}'s {shown}"
                    for catalogue, own in others if own != shown]
    assert not clashes, f"{len(clashes)} clashes:\n" + "\n".join(clashes)
