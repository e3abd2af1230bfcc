"""The public pages in German (default) and English (?lang=en), and the English catalogue."""

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
PO_FILE = ROOT / "summit/locale/en/LC_MESSAGES/django.po"
# Where `make messages` finds the interface's strings: Python code and templates.
SOURCE_DIRS = ("summit", "templates")
TEMPLATE_SUFFIXES = (".html", ".txt")
# The keywords makemessages passes to xgettext for the "django" domain.
XGETTEXT = [
    "xgettext",
    "--language=Python",
    "--from-code=UTF-8",
    "--keyword=gettext_noop",
    "--keyword=gettext_lazy",
    "--keyword=ngettext_lazy:1,2",
    "--keyword=pgettext:1c,2",
    "--keyword=npgettext:1c,2,3",
    "--keyword=pgettext_lazy:1c,2",
    "--keyword=npgettext_lazy:1c,2,3",
    "--output=-",
]
TIMELINE = "/ticker/alaska-gipfel/"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def po_entries(text: str | None = None) -> list[dict[str, str]]:
    """Each entry of the .po file (or of `text`) as {keyword: text}, e.g. {"msgid": ..., "msgstr[0]": ...}."""
    if text is None:
        text = PO_FILE.read_text(encoding="utf-8")
    entries: list[dict[str, str]] = []
    for block in text.split("\n\n"):
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


def source_files(build_dir: Path) -> list[Path]:
    """The Python files as they are, each template turned into Python the way makemessages does."""
    from django.utils.translation import templatize

    files = []
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*")):
            if "migrations" in path.parts or not path.is_file():
                continue
            if path.suffix == ".py":
                files.append(path)
            elif path.suffix in TEMPLATE_SUFFIXES:
                built = build_dir / f"{len(files)}.py"
                source = path.read_text(encoding="utf-8")
                built.write_text(templatize(source, origin=str(path)), encoding="utf-8")
                files.append(built)
    return files


def source_messages(build_dir: Path) -> set[str]:
    """Every msgid the code and templates ask to translate."""
    file_list = build_dir / "files.txt"
    file_list.write_text("\n".join(str(path) for path in source_files(build_dir)))
    pot = subprocess.run(
        [*XGETTEXT, f"--files-from={file_list}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {entry["msgid"] for entry in po_entries(pot) if entry.get("msgid")}


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


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext's xgettext")
def test_catalogue_holds_every_message_of_the_source(tmp_path):
    catalogue = {entry["msgid"] for entry in po_entries()}
    missing = sorted(source_messages(tmp_path) - catalogue)
    assert missing == [], "run `make messages` and translate the new entries"
