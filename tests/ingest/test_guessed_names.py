"""Never invent, always say: a speaker or source read from a weak cue is marked as guessed.

The schema (what `--dry-run --json` prints) carries speaker_guessed / source_guessed only
when true, speaker and source stay plain names; the admin preview shows "geraten".
"""

from zoneinfo import ZoneInfo

from django.urls import reverse

from summit.ingest.drafts import EntryDraft
from summit.ingest.enrich import Enricher
from summit.ingest.names import KnownNames
from summit.ticker.models import ImportBatch

from .test_admin import IMPORT_URL, form

BERLIN = ZoneInfo("Europe/Berlin")


def schema_of(text: str) -> dict:
    draft = EntryDraft(title="", body=f"<p>{text}</p>")
    Enricher(KnownNames.empty()).enrich([draft])
    return draft.to_schema(BERLIN)


def test_a_strong_attribution_is_no_guess():
    item = schema_of("„Wir bleiben“, sagte Bürgermeisterin Eva Lang laut Reuters.")
    assert item["speaker"] == "Eva Lang" and item["source"] == "Reuters"
    assert "speaker_guessed" not in item and "source_guessed" not in item


def test_a_surname_after_a_role_and_an_agency_named_without_cue_are_guesses():
    item = schema_of("Präsident Marek warnte vor Angriffen. Die Bilder verbreitete Reuters.")
    assert item["speaker"] == "Marek" and item["speaker_guessed"] is True
    assert item["source"] == "Reuters" and item["source_guessed"] is True


def test_a_pronoun_speaking_after_a_role_and_a_surname_names_them_as_a_guess():
    item = schema_of(
        'Sportdirektor Salihamidzic erwartet eine heiße Partie. Dann sagt er: "Es wird schwer."'
    )
    assert item["speaker"] == "Salihamidzic" and item["speaker_guessed"] is True
    # A role and a surname, no pronoun speaking: nobody is said to speak.
    assert schema_of("Sportdirektor Salihamidzic erwartet eine heiße Partie.")["speaker"] is None


def test_the_preview_marks_a_guessed_speaker(staff_client, target):
    text = "Ticker\n\n15.08.2025\n\n20:15 Uhr\n\nLage im Norden\n\nPräsident Marek warnte vor Angriffen.\n"
    staff_client.post(IMPORT_URL, form(target, text=text, source=""))
    batch = ImportBatch.objects.get()
    preview = staff_client.get(reverse("admin:ingest_preview", args=[batch.pk])).content.decode()
    assert "Marek" in preview and "geraten" in preview


def test_a_surname_alone_before_an_opinion_is_a_guess():
    item = schema_of("Brenner ist der Meinung, es sei die richtige Entscheidung gewesen.")
    assert item["speaker"] == "Brenner" and item["speaker_guessed"] is True


def test_an_account_that_speaks_is_a_guess():
    item = schema_of("@CityMayorOffice says all roads are closed tonight.")
    assert item["speaker"] == "@CityMayorOffice" and item["speaker_guessed"] is True
