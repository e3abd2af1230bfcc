"""Pasted ticker pages and articles: boundaries, times, headlines, lists, quotes, furniture."""

import datetime as dt

from .conftest import ARTICLE_SEED, BERLIN, TICKER_SEED, prepare

SEED_TITLES = [
    "In welchem Flugzeug sitzt Putin?",
    "Trump rechnet zu 75 Prozent mit einem Erfolg",
    "Peskow: Besser keine Vorhersagen machen",
    "Manöver rund um das Treffen",
    "Themenliste: Das steht auf der Agenda des Treffens zwischen Putin und Trump",
    "Putin skizziert Aussichten für Atomabkommen mit den USA",
    "So setzen sich die beiden Delegationen zusammen",
    "ZDF-Umfrage: Mehrheit der Deutschen ist skeptisch hinsichtlich einer Friedenseinigung",
    "Vor Gipfeltreffen in Alaska: Putin findet lobende Worte für Trump",
    "Kiesewetter fürchtet Untergang des kollektiven Westens aufgrund des Gipfeltreffens in Alaska",
    "Szijjártó: Treffen zwischen Putin und Trump in Alaska wird erfolgreich sein",
    "Kreml: Vorbereitungen des Treffens zwischen Putin und Trump in der Endphase",
    'Trump schlägt ein "rasches Treffen" zwischen Putin und Selenskij vor',
    "Warum wurde der Alaska-Gipfel so eilig angesetzt? – Russische Militärexperten warnen vor Minsk 3",
    "Rom: Kiew muss Kompromiss zwischen gerecht und akzeptabel finden",
    "Trump: Abtretung ukrainischer Gebiete ist notwendig für einen Friedensdeal",
    "Selenskij-Berater: Kiew könnte einer Waffenruhe in der Luft zustimmen",
]
FIRST_TIME = dt.datetime(2025, 8, 14, 21, 15, tzinfo=BERLIN)


def by_title(prepared, title):
    return next(draft for draft in prepared.drafts if draft.title == title)


def test_ticker_seed_gives_exactly_17_entries_in_source_order():
    prepared = prepare(TICKER_SEED.read_bytes(), source="RT DE")
    assert [draft.title for draft in prepared.drafts] == SEED_TITLES


def test_only_the_newest_seed_entry_has_its_own_time_the_rest_are_estimated():
    drafts = prepare(TICKER_SEED.read_bytes()).drafts
    assert drafts[0].published_at == FIRST_TIME
    assert drafts[0].time_estimated is False
    assert all(d.published_at == FIRST_TIME and d.time_estimated for d in drafts[1:])
    assert [d.position for d in drafts] == list(range(17, 0, -1))


def test_seed_title_and_intro_are_offered_to_the_ticker_not_imported():
    prepared = prepare(TICKER_SEED.read_bytes())
    assert prepared.result.ticker_title.startswith("Liveticker Alaska-Gipfel:")
    assert prepared.result.ticker_description.startswith("Es könnte eine historische Zusammenkunft")
    reasons = {item.reason for item in prepared.result.skipped}
    assert reasons == {"Titel des Tickers", "Einleitung des Tickers"}


def test_seed_speakers_and_sources_with_the_curated_names(curated):
    prepared = prepare(TICKER_SEED.read_bytes(), curated, source="RT DE")
    expected = {
        "Peskow: Besser keine Vorhersagen machen": ("Dmitri Peskow", "RT DE"),
        "Trump rechnet zu 75 Prozent mit einem Erfolg": ("Donald Trump", "Fox News Radio"),
        SEED_TITLES[7]: (None, "ZDF"),
        "In welchem Flugzeug sitzt Putin?": (None, "Flightradar24"),
        SEED_TITLES[8]: ("Wladimir Putin", "RT DE"),
        SEED_TITLES[9]: ("Roderich Kiesewetter", "The Washington Post"),
        SEED_TITLES[11]: ("Juri Uschakow", "RT DE"),
        SEED_TITLES[14]: ("Guido Crosetto", "Corriere della Sera"),
        SEED_TITLES[16]: ("Michail Podoljak", "Corriere della Sera"),
    }
    for title, (speaker, source) in expected.items():
        draft = by_title(prepared, title)
        assert (draft.speaker, draft.source) == (speaker, source), title
        assert not draft.new_speaker and not draft.new_source


def test_seed_speakers_without_known_names_are_full_names_from_the_text():
    prepared = prepare(TICKER_SEED.read_bytes())
    peskow = by_title(prepared, "Peskow: Besser keine Vorhersagen machen")
    assert (peskow.speaker, peskow.new_speaker) == ("Dmitri Peskow", True)
    # "Waldimir" once, "Wladimir" everywhere else: one person, not two.
    assert by_title(prepared, SEED_TITLES[8]).speaker == "Wladimir Putin"
    assert by_title(prepared, SEED_TITLES[7]).source == "ZDF-Politbarometer"


def test_seed_lists_and_quotes_keep_their_structure():
    prepared = prepare(TICKER_SEED.read_bytes())
    delegations = by_title(prepared, "So setzen sich die beiden Delegationen zusammen")
    assert (
        "<ul><li>Vizepräsident J.D. Vance</li><li>Außenminister Marco Rubio</li>"
        in delegations.body
    )
    kiesewetter = by_title(prepared, SEED_TITLES[9])
    assert '<blockquote><p>"Der Westen als emotionaler' in kiesewetter.body


def test_article_seed_is_one_entry_with_its_dateline_and_source():
    prepared = prepare(ARTICLE_SEED.read_bytes())
    [article] = prepared.drafts
    assert article.title == "Ukraine-Verhandlungen in Alaska? Trump will Putin empfangen"
    assert article.published_at == dt.datetime(2025, 8, 10, 12, 47, tzinfo=BERLIN)
    assert article.published_at.isoformat() == "2025-08-10T12:47:00+02:00"
    assert article.time_estimated is False
    assert article.source == "dpa"
    assert "<h3>Worum geht es?</h3>" in article.body
    assert article.body.startswith("<p>Es soll ein historisches Treffen werden")


def test_article_seed_leaves_out_the_portal_teasers_and_furniture():
    prepared = prepare(ARTICLE_SEED.read_bytes())
    [article] = prepared.drafts
    for furniture in (
        "Kommentare",
        "vor 15 Stunden",
        "Fallout",
        "Foto: Pavel",
        "Archivbild",
        "Konflikte /",
    ):
        assert furniture not in article.body
    skipped = [item.text for item in prepared.result.skipped]
    assert "[6 Kommentare]" in skipped
    assert "vor 15 Stunden" in skipped
    assert "Russisch-amerikanischer Gipfel" in skipped
    assert any(text.startswith("Fallout Staffel 2") for text in skipped)


def test_day_heading_gives_the_date_of_the_times_below_it():
    text = (
        "Freitag, 15. August 2025\n\n21:15 Uhr\n\nPutin landet in Anchorage\n\n"
        "Die Maschine ist gelandet, berichten Reporter vor Ort.\n\n"
        "20:40 Uhr\n\nTrump trifft ein\n\nAir Force One ist in Anchorage gelandet.\n"
    )
    drafts = prepare(text).drafts
    assert [(d.title, d.published_at) for d in drafts] == [
        ("Putin landet in Anchorage", dt.datetime(2025, 8, 15, 21, 15, tzinfo=BERLIN)),
        ("Trump trifft ein", dt.datetime(2025, 8, 15, 20, 40, tzinfo=BERLIN)),
    ]
    assert not any(d.time_estimated for d in drafts)


def test_time_under_the_headline_and_time_on_the_headline_line():
    text = (
        "Putin landet in Anchorage\n14.08.2025, 21.15 Uhr\nDie Maschine ist gelandet.\n\n"
        "21:05 Uhr: Trump ist schon da\n\nAir Force One steht auf dem Vorfeld.\n"
    )
    drafts = prepare(text).drafts
    assert [d.title for d in drafts] == ["Putin landet in Anchorage", "Trump ist schon da"]
    assert drafts[0].published_at == dt.datetime(2025, 8, 14, 21, 15, tzinfo=BERLIN)
    assert drafts[1].published_at == dt.datetime(2025, 8, 14, 21, 5, tzinfo=BERLIN)


def test_english_live_blog():
    text = (
        "Updated at 9.05am ET\n\nLavrov arrives\n\nThe Russian foreign minister has landed, "
        "said Lavrov's spokeswoman.\n\n3.15pm BST\n\nTrump departs\n\nHe left Washington.\n"
    )
    prepared = prepare(text, reference_time=dt.datetime(2025, 8, 15, 20, 0, tzinfo=BERLIN))
    items = [draft.to_schema(BERLIN) for draft in prepared.drafts]
    # The zones the page names keep their offsets; the instants are 15:05 and 16:15 in Berlin.
    assert [(item["title"], item["published_at"]) for item in items] == [
        ("Lavrov arrives", "2025-08-15T09:05:00-04:00"),
        ("Trump departs", "2025-08-15T15:15:00+01:00"),
    ]


def test_plain_text_without_structure_is_one_entry_with_a_warning_about_time():
    drafts = prepare("Ein Absatz ohne Überschrift und ohne Zeit.\n\nNoch ein Absatz.").drafts
    assert len(drafts) == 1
    assert drafts[0].published_at is None
    assert "Keine Zeitangabe" in " ".join(drafts[0].warnings)
