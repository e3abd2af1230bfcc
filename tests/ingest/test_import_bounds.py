"""Hostile imports: every dimension bounded with a clear message, no control characters,
only web and mail links, names that slugify to nothing, markup nested without end."""

import hashlib
import json

import pytest
from django.core.management import CommandError
from django.urls import reverse

from summit.ingest import limits
from summit.ticker import services
from summit.ticker.models import Entry, ImportBatch, Speaker
from summit.ticker.sanitize import clean_entry_html

from .conftest import REFERENCE, database_state
from .test_admin import IMPORT_URL, form

REF = ["--reference-time", REFERENCE.isoformat()]


def item(number: int = 1, **changes) -> dict:
    return {
        "title": f"Meldung {number}",
        "body": f"Text der Meldung {number}.",
        "published_at": "2025-08-14T21:15:00+02:00",
        **changes,
    }


def write(tmp_path, content: str, name: str = "input.json") -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return str(path)


def refused(run_import, path: str, target, match: str) -> None:
    before = database_state()
    with pytest.raises(CommandError, match=match) as caught:
        run_import(path, "--ticker", target.slug, *REF)
    assert "\n" not in str(caught.value)
    assert database_state() == before


def test_a_hundred_thousand_tags_on_one_entry_are_refused(target, run_import, tmp_path):
    tags = [f"Schlagwort {n}" for n in range(100_000)]
    path = write(tmp_path, json.dumps([item(tags=tags)]))
    refused(run_import, path, target, "Eintrag 1 hat 100.000 Schlagwörter; höchstens 30")


def test_too_many_tags_are_a_form_error_in_the_admin(staff_client, target):
    text = json.dumps([item(tags=[f"T{n}" for n in range(31)])])
    response = staff_client.post(IMPORT_URL, form(target, text=text, format="json", source=""))
    assert response.status_code == 200
    assert "höchstens 30 sind je Eintrag möglich" in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_too_many_entries_are_refused(target, run_import, tmp_path, monkeypatch):
    monkeypatch.setattr("summit.ingest.limits.MAX_ENTRIES", 3)
    path = write(tmp_path, json.dumps([item(n) for n in range(4)]))
    refused(run_import, path, target, "4 Einträge; höchstens 3 sind je Import möglich")


def test_the_command_line_takes_a_hundred_thousand_entries_and_text_is_counted_too(
    target, run_import, tmp_path, monkeypatch
):
    assert limits.MAX_ENTRIES >= 100_000  # what the README promises for one import
    monkeypatch.setattr("summit.ingest.limits.MAX_ENTRIES", 3)
    text = "".join(f"14.08.2025 21:{n:02} Uhr\n\nMeldung {n}\n\nText {n}.\n\n" for n in range(4))
    refused(run_import, write(tmp_path, text, "ticker.txt"), target, "4 Einträge; höchstens 3")


def test_a_title_longer_than_an_entry_may_have_is_refused_by_its_label(
    target, run_import, tmp_path
):
    path = write(tmp_path, json.dumps([item(1), item(2, title="Lang " * 61)]))
    refused(run_import, path, target, "Eintrag 2 .*Das Feld „Titel“ ist länger als 300 Zeichen")


def test_a_body_longer_than_an_entry_may_have_is_refused(target, run_import, tmp_path):
    path = write(tmp_path, json.dumps([item(body="Wort " * 40_001)]))
    refused(run_import, path, target, "länger als 200.000 Zeichen")


def test_a_speaker_name_longer_than_a_name_may_be_is_refused(target, run_import, tmp_path):
    path = write(tmp_path, json.dumps([item(speaker="Anna " + "Berg" * 60)]))
    refused(run_import, path, target, "Ein Name ist länger als")


def test_too_many_new_names_are_refused(target, run_import, tmp_path, monkeypatch):
    monkeypatch.setattr("summit.ingest.limits.MAX_NEW_NAMES", 5)
    items = [item(n, speaker=f"Person Nummer{chr(65 + n)}") for n in range(6)]
    refused(run_import, write(tmp_path, json.dumps(items)), target, "6 neue Sprecher")


CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"


def cyrillic_name(number: int) -> str:
    """A name that slugify() turns into nothing, unlike every other one made here."""
    digest = hashlib.sha256(str(number).encode()).digest()
    return "".join(CYRILLIC[byte % len(CYRILLIC)] for byte in digest[:12]).capitalize()


def test_names_that_slugify_to_nothing_cost_a_fixed_number_of_queries(
    target, run_import, tmp_path, django_assert_max_num_queries
):
    items = [item(n, speaker=cyrillic_name(n), source=cyrillic_name(n + 500)) for n in range(300)]
    path = write(tmp_path, json.dumps(items))
    with django_assert_max_num_queries(60):  # one per name would be 600 and more
        out, _err = run_import(path, "--ticker", target.slug, *REF)
    assert "300 angelegt" in out
    assert Speaker.objects.count() == 300
    assert len(set(Speaker.objects.values_list("slug", flat=True))) == 300


DEEP = 100_000


def deep_feed(levels: int) -> str:
    body = "&lt;b&gt;" * levels + "tief" + "&lt;/b&gt;" * levels
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>Tief</title><description>{body}</description>"
        "<pubDate>Thu, 14 Aug 2025 19:15:00 GMT</pubDate></item></channel></rss>"
    )


@pytest.mark.parametrize(
    ("levels", "message"),
    [(DEEP, "länger als 200.000 Zeichen"), (20_000, "tiefer als 100 Ebenen verschachtelt")],
)
def test_a_feed_body_nested_without_end_is_refused(target, run_import, tmp_path, levels, message):
    path = write(tmp_path, deep_feed(levels), "feed.xml")
    refused(run_import, path, target, message)


def test_the_admins_body_field_keeps_deep_markup_as_text(make_entry):
    entry = make_entry(body="<b>" * DEEP + "tief" + "</b>" * DEEP)
    entry.refresh_from_db()
    assert entry.body == "<p>tief</p>" and entry.body_text == "tief"
    assert clean_entry_html("<script>" * DEEP) == ""  # unclosed: nothing after it is kept


def test_a_javascript_link_never_reaches_an_entry(target, run_import, tmp_path, make_entry):
    hostile = "javascript:alert(12)//"
    path = write(tmp_path, json.dumps([item(source_url=hostile)]))
    _out, err = run_import(path, "--ticker", target.slug, *REF)
    entry = target.entries.get()
    assert entry.source_url == ""
    assert not Entry.objects.filter(source_url__icontains="javascript").exists()
    # Any other door (form, API) saves through prepare_content, which keeps only web and mail.
    other = make_entry(source_url=" JavaScript:alert(1)")
    assert other.source_url == ""
    assert make_entry(source_url="mailto:redaktion@example.org").source_url.startswith("mailto:")


def test_a_javascript_link_is_dropped_with_a_warning_in_the_preview(target, run_import, tmp_path):
    path = write(tmp_path, json.dumps([item(source_url="javascript:alert(12)//")]))
    out, _err = run_import(path, "--dry-run", "--json", *REF)
    [entry] = json.loads(out)
    assert entry["source_url"] is None
    assert any("keine http-, https- oder mailto-Adresse" in w for w in entry["warnings"])


def test_nul_characters_are_removed_with_a_warning_on_the_command_line(
    target, run_import, tmp_path
):
    items = [item(title="Titel\u0000mit NUL", speaker="Anna\u0000 Berg", external_id="a\u0000b")]
    path = write(tmp_path, json.dumps(items))
    out, err = run_import(path, "--ticker", target.slug, *REF)
    assert "1 angelegt" in out
    assert "Steuerzeichen" in err
    entry = target.entries.get()
    assert (entry.title, entry.speaker.name, entry.external_id) == (
        "Titelmit NUL",
        "Anna Berg",
        "ab",
    )


def test_stray_nul_bytes_in_a_text_file_are_removed_not_refused(db, run_import, tmp_path):
    text = "14.08.2025 21:15 Uhr\n\nEine Meldung\x00\n\nMit einem\x07 Text\x1b darin.\n"
    out, err = run_import(write(tmp_path, text, "ticker.txt"), "--dry-run", "--json", *REF)
    assert "Steuerzeichen" in err
    [entry] = json.loads(out)
    assert (entry["title"], entry["body"]) == ("Eine Meldung", "<p>Mit einem Text darin.</p>")


def test_the_batch_keeps_the_input_as_text_without_bom_and_control_characters(
    target, run_import, tmp_path
):
    text = "\ufeff14.08.2025 21:15 Uhr\n\nEine Meldung\x00\n\nMit einem Text darin.\n"
    run_import(write(tmp_path, text, "ticker.txt"), "--ticker", target.slug, *REF)
    batch = ImportBatch.objects.get()
    assert batch.raw_input == "14.08.2025 21:15 Uhr\n\nEine Meldung\n\nMit einem Text darin.\n"


def test_a_binary_file_is_refused_even_without_a_known_signature(target, run_import, tmp_path):
    path = tmp_path / "daten.bin"
    path.write_bytes(bytes(range(32)) * 400 + b"ein wenig Text")
    refused(run_import, str(path), target, "keine Textdatei")


def test_nul_characters_show_as_a_warning_in_the_admin_preview(staff_client, target):
    text = json.dumps([item(title="Titel\u0000mit NUL")])
    staff_client.post(IMPORT_URL, form(target, text=text, format="json", source=""))
    batch = ImportBatch.objects.get()
    preview = staff_client.get(reverse("admin:ingest_preview", args=[batch.pk])).content.decode()
    assert "Steuerzeichen" in preview
    staff_client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    assert target.entries.get().title == "Titelmit NUL"


def test_a_nul_pasted_into_the_text_field_is_removed_with_a_warning(staff_client, target):
    text = "14.08.2025 21:15 Uhr\n\nEine Meldung\n\nMit einem\x00 Text darin.\n"
    response = staff_client.post(IMPORT_URL, form(target, text=text, source=""))
    assert response.status_code == 302
    batch = ImportBatch.objects.get()
    preview = staff_client.get(reverse("admin:ingest_preview", args=[batch.pk])).content.decode()
    assert "Steuerzeichen" in preview
    staff_client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    assert target.entries.get().body == "<p>Mit einem Text darin.</p>"


def test_control_characters_never_reach_the_database_from_a_form(make_entry):
    entry = make_entry(title="A\x00B\x07C", origin="X\x1bY")
    entry.refresh_from_db()
    assert (entry.title, entry.origin) == ("ABC", "XY")
    services.entry_update(entry, title="D\x00E")
    entry.refresh_from_db()
    assert entry.title == "DE"
