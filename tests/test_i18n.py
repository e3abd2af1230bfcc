"""The public pages in German (default) and English (?lang=en), and the English catalogue."""

import ast
import re
from pathlib import Path

import pytest
from django.utils import translation

PO_FILE = Path(__file__).resolve().parent.parent / "summit/locale/en/LC_MESSAGES/django.po"
TIMELINE = "/ticker/alaska-gipfel/"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def po_entries() -> list[dict[str, list[str]]]:
    """Each entry of the .po file as {keyword: [text, ...]}, e.g. {"msgid": [...], "msgstr[0]": [...]}."""
    entries: list[dict[str, list[str]]] = []
    for block in PO_FILE.read_text(encoding="utf-8").split("\n\n"):
        entry: dict[str, list[str]] = {}
        keyword = None
        for line in block.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith('"'):
                entry[keyword].append(ast.literal_eval(line))
                continue
            keyword, _, rest = line.partition(" ")
            entry[keyword] = [ast.literal_eval(rest)]
        if entry:
            entries.append({key: "".join(parts) for key, parts in entry.items()})
    return entries


def translations() -> list[tuple[str, str, str]]:
    """(msgid or msgid_plural, msgstr keyword, msgstr) for every message except the header."""
    rows = []
    for entry in po_entries():
        if not entry["msgid"]:
            continue
        for keyword, value in entry.items():
            if keyword.startswith("msgstr"):
                source = (
                    entry["msgid"] if keyword in ("msgstr", "msgstr[0]") else entry["msgid_plural"]
                )
                rows.append((source, keyword, value))
    return rows


@pytest.mark.django_db
def test_timeline_speaks_german_by_default(client, alaska):
    response = client.get(TIMELINE)
    html = response.content.decode()

    assert response.status_code == 200
    assert response.headers["Content-Language"] == "de"
    assert '<html lang="de">' in html
    assert "Das Wichtigste" in html
    assert "Uhrzeit geschätzt" in html
    assert "14.08.2025, 21:15 Uhr" in html
    assert "Key events" not in html


@pytest.mark.django_db
def test_timeline_speaks_english_with_lang_en(client, alaska):
    response = client.get(TIMELINE + "?lang=en")
    html = response.content.decode()

    assert response.status_code == 200
    assert response.headers["Content-Language"] == "en"
    assert '<html lang="en">' in html
    assert "Key events" in html
    assert "time estimated" in html
    assert ">14/08/2025, 21:15</time>" in html
    for german in (
        "Das Wichtigste",
        "Uhrzeit geschätzt",
        "14.08.2025, 21:15 Uhr",
        "Filter und Suche",
    ):
        assert german not in html


def test_po_header_is_english():
    header = po_entries()[0]
    assert header["msgid"] == ""
    assert "Language: en\n" in header["msgstr"]
    assert "charset=UTF-8" in header["msgstr"]
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header["msgstr"]
    assert "#, fuzzy" not in PO_FILE.read_text(encoding="utf-8")


def test_every_message_is_translated():
    rows = translations()
    assert len(rows) > 300
    untranslated = [source for source, _keyword, value in rows if not value.strip()]
    assert untranslated == []


def test_translations_keep_placeholders_and_whitespace():
    for source, keyword, value in translations():
        assert sorted(PLACEHOLDER.findall(value)) == sorted(PLACEHOLDER.findall(source)), (
            source,
            keyword,
        )
        assert (
            value[: len(value) - len(value.lstrip())]
            == source[: len(source) - len(source.lstrip())]
        )
        assert value[len(value.rstrip()) :] == source[len(source.rstrip()) :]


def test_compiled_catalogue_is_used():
    singular = [entry for entry in po_entries() if entry["msgid"] and "msgid_plural" not in entry]
    with translation.override("en"):
        for entry in singular:
            assert translation.gettext(entry["msgid"]) == entry["msgstr"]
        assert translation.ngettext("%(counter)s Fassung", "%(counter)s Fassungen", 1) == (
            "%(counter)s version"
        )
        assert translation.ngettext("%(counter)s Fassung", "%(counter)s Fassungen", 3) == (
            "%(counter)s versions"
        )
