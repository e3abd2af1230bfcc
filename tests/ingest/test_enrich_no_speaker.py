"""Words before a colon or after "sagt" that name no speaker: a noun with its article, a
thing called off."""

import pytest

from summit.ingest.shapes import opens_a_sign_off, signs_off

from .test_enrich_speakers import speaker_of


@pytest.mark.parametrize(
    "text",
    [
        "Der Streik ist beendet: Die Lokführergewerkschaft hat ihren Streik beendet.",
        "Folgende Straßen werden gesperrt: Rumplerstraße, Alter Postweg.",
        "Zu Gaucks Trost: Den Rekord hält weiter Theodor Heuss.",
        "Marketing-Verein sagt Engener Weihnachtsmarkt ab.",
        "Also: “We haven’t built mechanisms to encourage experimentation.”",
        "Außerdem: „Wir bleiben an der Seite der Ukraine.“",
        # A market wire's topic labels (dpa-AFX): no person says these.
        "Aktien Frankfurt: Rekordjagd in Dax und MDax geht weiter",
        "Aktien Frankfurt Eröffnung: Rekordjagd in Dax und MDax geht weiter",
        "Leitindex Dax: Die Gewinne der Vorwoche hielten zunächst.",
    ],
)
def test_a_noun_with_its_article_or_a_thing_called_off_is_no_speaker(text):
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ursula von der Leyen sagte: Wir bleiben an der Seite der Ukraine.",
            "Ursula von der Leyen",
        ),
        ("Die Stadt sagt das Fest ab, sagte Bürgermeister Hans Meier.", "Hans Meier"),
    ],
)
def test_particles_inside_a_name_and_a_speaker_beside_a_called_off_thing_stay(text, speaker):
    assert speaker_of(text) == speaker


def test_a_place_at_the_end_of_a_headline_before_a_colon_is_no_speaker():
    title = "18 bodies pulled from rubble in Gaza's Khan Younis: Report"
    text = "Emergency workers in Khan Younis have pulled the bodies of 18 people from the rubble."
    assert speaker_of(text, title=title) is None
    assert speaker_of(
        "Keir Starmer said it would be close.", title="Labour leader Keir Starmer: We will win"
    ) == ("Keir Starmer")


@pytest.mark.parametrize(
    "text",
    [
        "That's all for the politics hub tonight. Sir Keir Starmer said Labour would keep "
        "its promises, and we will be back tomorrow.",
        "Damit beenden wir unseren Liveblog für heute. Kanzler Olaf Scholz sagte am Abend, "
        "die Lage bleibe ernst.",
    ],
)
def test_a_closing_post_looking_back_on_the_day_names_no_speaker(text):
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Damit beenden wir unseren Liveblog für heute.",
        "Das war es für heute von uns.",
        "Wir verabschieden uns für heute.",
        "Schluss für heute: Morgen geht es weiter.",
        "Vielen Dank für Ihr Interesse!",
        "Danke fürs Mitlesen.",
        "That's all for tonight.",
        "We’ll be back tomorrow morning.",
        "Thanks for following along.",
        "We're pausing our coverage here.",
        "Signing off for tonight.",
        "Damit verabschiede ich mich aus diesem Liveticker.",
        "Für den Moment darf ich mich von Ihnen verabschieden.",
        "Nach 31 Stunden ist alles wieder am Netz. Wir beenden hiermit den Newsblog.",
        "Damit endet eine lange Konferenz aus der Liga.",
        "Das soll es für den Moment aus der Arena gewesen sein.",
        "Right, that’s all from me. Thanks for your company.",
        "This blog is closing now. You can follow our coverage here.",
        "🤍 Tschüss & macht's gut!",
        "Auf Wiedersehen!",
        "Ticker-Ende",
        "Ende des Livetickers",
    ],
)
def test_every_kind_of_closing_post_passes_the_words_asked_before_the_expression(text):
    # The words asked first must let through all the expression reads, or a sign-off is lost.
    assert signs_off(text) and opens_a_sign_off(text.lower())
