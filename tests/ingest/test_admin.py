"""The editors' import: paste -> preview -> confirm -> batch page -> undo."""

from django.test import Client
from django.urls import reverse

from summit.ticker.models import Entry, ImportBatch

from .conftest import ARTICLE_SEED, REFERENCE, TICKER_SEED

IMPORT_URL = "/admin/ticker/importbatch/import/"


def form(target, **changes) -> dict:
    return {
        "ticker": target.pk,
        "text": TICKER_SEED.read_text(encoding="utf-8"),
        "format": "auto",
        "reference_time": REFERENCE.strftime("%Y-%m-%d %H:%M:%S"),
        "time_zone": "",
        "source": "RT DE",
        "status": "published",
        **changes,
    }


def test_paste_preview_confirm_batch_page_and_undo(staff_client, target, curated):
    assert staff_client.get(IMPORT_URL).status_code == 200
    response = staff_client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    preview_url = reverse("admin:ingest_preview", args=[batch.pk])
    assert response.status_code == 302 and response["Location"] == preview_url
    assert not Entry.objects.exists()  # nothing saved before the editor confirms

    preview = staff_client.get(preview_url).content.decode()
    assert preview.count('name="exclude"') == 17
    assert "Peskow: Besser keine Vorhersagen machen" in preview
    assert "Dmitri Peskow" in preview and "Fox News Radio" in preview
    assert "Uhrzeit geschätzt" in preview
    assert "Titel des Tickers" in preview  # skipped boilerplate is listed below

    response = staff_client.post(preview_url, {"exclude": ["2"], "apply": "1"})
    batch_url = reverse("admin:ingest_batch", args=[batch.pk])
    assert response["Location"] == batch_url
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED
    assert target.entries.count() == 16
    assert not target.entries.filter(title="Trump rechnet zu 75 Prozent mit einem Erfolg").exists()

    page = staff_client.get(batch_url).content.decode()
    assert "16 Einträge angelegt" in page and "1 Eintrag übersprungen" in page
    assert "Import zurücknehmen" in page

    target.refresh_from_db()
    revision = target.revision
    response = staff_client.post(reverse("admin:ingest_undo", args=[batch.pk]))
    assert response["Location"] == batch_url
    batch.refresh_from_db()
    target.refresh_from_db()
    assert batch.status == ImportBatch.Status.UNDONE
    assert set(target.entries.values_list("status", flat=True)) == {Entry.Status.WITHDRAWN}
    assert target.entries.count() == 16  # withdrawn, never deleted
    assert target.revision == revision + 1


def test_the_preview_keeps_the_paragraphs_of_a_text_start_apart(staff_client, target):
    page = "21:15 Uhr\n\nDer Gipfel beginnt\n\nErster Absatz.\n\nZweiter Absatz.\n"
    staff_client.post(IMPORT_URL, form(target, text=page))
    batch = ImportBatch.objects.get()
    preview = staff_client.get(reverse("admin:ingest_preview", args=[batch.pk])).content.decode()
    assert "Erster Absatz." in preview and "Absatz.Zweiter" not in preview


def test_a_german_tickers_paste_of_an_english_live_page_keeps_its_times(staff_client, target):
    # Al Jazeera's "23m ago (16:07 GMT)": the German ticker reads English dates as well.
    posts = [("16:07", "Army and RSF agree to a pause"), ("15:33", "State TV cuts transmission"),
             ("15:28", "Smoke over Merowe airport")]  # fmt: skip
    page = "Sudan unrest live news\n\n" + "".join(
        f"{ago} ago ({clock} GMT)\n{title}\nThe fighting in Khartoum went on, witnesses said.\n"
        for ago, (clock, title) in zip(("23m", "57m", "1h"), posts, strict=True)
    )
    now = "2025-12-09 17:30:00"  # 16:30 GMT, the page's "23m ago" after 16:07
    staff_client.post(IMPORT_URL, form(target, text=page, source="", reference_time=now))
    batch = ImportBatch.objects.get()
    preview = staff_client.get(reverse("admin:ingest_preview", args=[batch.pk])).content.decode()
    # (GMT in December is an hour behind the ticker's Berlin time.)
    assert all(f"{int(clock[:2]) + 1}:{clock[3:]}" in preview for clock, _title in posts)
    assert "in der Zukunft" not in preview


def test_the_import_form_offers_the_common_time_zones_first(staff_client):
    page = staff_client.get(IMPORT_URL).content.decode()
    common = page.index('<optgroup label="Häufig">')
    assert common < page.index('value="Europe/London"') < page.index('value="Africa/Abidjan"')


def test_unreadable_input_is_a_form_error(staff_client, target):
    response = staff_client.post(IMPORT_URL, form(target, text=""))
    assert "Bitte Text einfügen oder eine Datei hochladen." in response.content.decode()
    response = staff_client.post(IMPORT_URL, form(target, text='[{"title": 1}]', format="json"))
    assert "muss Text sein" in response.content.decode()
    # A paste of page furniture alone: nothing is left to read, which the editor is told.
    response = staff_client.post(IMPORT_URL, form(target, text="Anzeige\n\nTeilen\n"))
    assert response.status_code == 200
    assert "kein Eintrag gefunden" in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_upload_and_editors_without_publish_permission_import_drafts(client, redakteur, target):
    client.force_login(redakteur)
    with ARTICLE_SEED.open("rb") as upload:
        response = client.post(
            IMPORT_URL, form(target, text="", upload=upload, status="published", source="")
        )
    batch = ImportBatch.objects.get()
    assert batch.options["status"] == "draft"
    assert batch.filename == ARTICLE_SEED.name
    client.post(response["Location"], {"apply": "1"})
    assert target.entries.get().status == Entry.Status.DRAFT


def test_exclusions_survive_paging(staff_client, target, monkeypatch):
    monkeypatch.setattr("summit.ingest.admin.PREVIEW_PAGE_SIZE", 5)
    staff_client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    preview_url = reverse("admin:ingest_preview", args=[batch.pk])
    staff_client.post(f"{preview_url}?page=1", {"exclude": ["1", "3"], "goto": "2"})
    staff_client.post(f"{preview_url}?page=2", {"exclude": ["6"], "goto": "1"})
    batch.refresh_from_db()
    assert batch.excluded == [1, 3, 6]
    staff_client.post(f"{preview_url}?page=1", {"exclude": ["1"], "apply": "1"})
    assert target.entries.count() == 15


def test_undo_asks_for_confirmation_and_names_what_it_withdraws(staff_client, target):
    staff_client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    staff_client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    batch_page = staff_client.get(reverse("admin:ingest_batch", args=[batch.pk])).content.decode()
    undo_url = reverse("admin:ingest_undo", args=[batch.pk])
    assert f'href="{undo_url}"' in batch_page

    confirmation = staff_client.get(undo_url)
    assert confirmation.status_code == 200
    page = confirmation.content.decode()
    assert "diese 17 Einträge aus „Importziel“ zurück" in page
    assert page.count("<li><a href=") == 17 and "Peskow: Besser keine Vorhersagen machen" in page
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED  # asking changed nothing
    assert set(target.entries.values_list("status", flat=True)) == {Entry.Status.PUBLISHED}

    staff_client.post(undo_url)
    assert set(target.entries.values_list("status", flat=True)) == {Entry.Status.WITHDRAWN}


def test_a_chief_publishes_a_draft_import_in_one_step(staff_client, redakteur, target):
    staff_client.post(IMPORT_URL, form(target, status="draft"))
    batch = ImportBatch.objects.get()
    staff_client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    batch_url = reverse("admin:ingest_batch", args=[batch.pk])
    publish_url = reverse("admin:ingest_publish", args=[batch.pk])
    assert "Alle 17 Entwürfe veröffentlichen" in staff_client.get(batch_url).content.decode()

    editor = Client()
    editor.force_login(redakteur)
    assert "Entwürfe veröffentlichen" not in editor.get(batch_url).content.decode()
    assert editor.post(publish_url).status_code == 403
    assert set(target.entries.values_list("status", flat=True)) == {Entry.Status.DRAFT}

    target.refresh_from_db()
    revision = target.revision
    response = staff_client.post(publish_url, follow=True)
    assert "17 Einträge des Imports veröffentlicht." in response.content.decode()
    assert set(target.entries.values_list("status", flat=True)) == {Entry.Status.PUBLISHED}
    target.refresh_from_db()
    assert target.revision == revision + 1
    assert "Entwürfe veröffentlichen" not in staff_client.get(batch_url).content.decode()


def test_the_entry_list_filters_by_import_batch(staff_client, target, make_entry):
    other = make_entry(title="Von Hand geschrieben")
    staff_client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    staff_client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    response = staff_client.get("/admin/ticker/entry/", {"import_batch__id__exact": batch.pk})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Peskow: Besser keine Vorhersagen machen" in page
    assert other.title not in page
