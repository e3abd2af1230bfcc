"""Recorded curation of the Alaska ticker: who the speakers are, what the sources are, which tags.

The fixture is made by importing the seed texts; what an editor adds by hand afterwards
(roles, aliases, source kinds, tag keywords, the ticker's short title) is recorded here
so that the fixture can be rebuilt the same way at any time.
"""

from __future__ import annotations

from typing import Any

from summit.ticker.models import Source, Speaker, Tag, Ticker
from summit.ticker.services import entry_update, name_save

TICKER = {
    "slug": "alaska-gipfel",
    "title": "Liveticker Alaska-Gipfel",
    "language": "de",
    "time_zone": "Europe/Berlin",
    "poll_interval": 10,
}

# (seed file, --source): the ticker page is RT DE's; the dpa article names its own source.
SEED_IMPORTS = (
    ("000_03cd942545f963b3.txt", "RT DE"),
    ("001_fd0f4cb902b02a9c.txt", None),
)

# Key events an editor pinned ("Das Wichtigste") after the import.
PINNED_TITLES = (
    "Trump rechnet zu 75 Prozent mit einem Erfolg",
    "Putin skizziert Aussichten für Atomabkommen mit den USA",
)

# The editor's choice of tags per entry (the keywords below only suggest tags on import).
ENTRY_TAGS = {
    "In welchem Flugzeug sitzt Putin?": ["Diplomatie"],
    "Trump rechnet zu 75 Prozent mit einem Erfolg": ["Diplomatie", "Gebietsfragen"],
    "Peskow: Besser keine Vorhersagen machen": ["Diplomatie"],
    "Manöver rund um das Treffen": ["Militär"],
    "Themenliste: Das steht auf der Agenda des Treffens zwischen Putin und Trump": ["Diplomatie"],
    "Putin skizziert Aussichten für Atomabkommen mit den USA": ["Atomwaffen", "Diplomatie"],
    "So setzen sich die beiden Delegationen zusammen": ["Diplomatie"],
    "ZDF-Umfrage: Mehrheit der Deutschen ist skeptisch hinsichtlich einer Friedenseinigung": [
        "Gebietsfragen", "Umfrage", "Waffenruhe",
    ],
    "Vor Gipfeltreffen in Alaska: Putin findet lobende Worte für Trump": ["Atomwaffen", "Diplomatie"],
    "Kiesewetter fürchtet Untergang des kollektiven Westens aufgrund des Gipfeltreffens in Alaska": [
        "Europa",
    ],
    "Szijjártó: Treffen zwischen Putin und Trump in Alaska wird erfolgreich sein": ["Diplomatie", "Europa"],
    "Kreml: Vorbereitungen des Treffens zwischen Putin und Trump in der Endphase": ["Diplomatie"],
    'Trump schlägt ein "rasches Treffen" zwischen Putin und Selenskij vor': ["Diplomatie"],
    "Warum wurde der Alaska-Gipfel so eilig angesetzt? – Russische Militärexperten warnen vor "
    "Minsk 3": ["Militär"],
    "Rom: Kiew muss Kompromiss zwischen gerecht und akzeptabel finden": ["Europa", "Gebietsfragen"],
    "Trump: Abtretung ukrainischer Gebiete ist notwendig für einen Friedensdeal": [
        "Gebietsfragen", "Waffenruhe",
    ],
    "Selenskij-Berater: Kiew könnte einer Waffenruhe in der Luft zustimmen": ["Waffenruhe"],
    "Ukraine-Verhandlungen in Alaska? Trump will Putin empfangen": [
        "Diplomatie", "Gebietsfragen", "Waffenruhe",
    ],
}  # fmt: skip

# Speakers the editor corrected after the import. The dpa explainer quotes Selenskyj once
# among many voices; as a whole it is nobody's statement.
SPEAKER_CORRECTIONS: dict[str, str | None] = {
    "Ukraine-Verhandlungen in Alaska? Trump will Putin empfangen": None,
}

SPEAKERS = (
    ("Donald Trump", "US-Präsident", ["Trump"]),
    ("Wladimir Putin", "Präsident Russlands", ["Putin", "Waldimir Putin", "Vladimir Putin"]),
    ("Dmitri Peskow", "Kremlsprecher", ["Peskow", "Dmitry Peskov", "Peskov"]),
    (
        "Juri Uschakow",
        "Berater des russischen Präsidenten",
        ["Uschakow", "Jury Uschakow", "Yuri Ushakov"],
    ),
    ("Roderich Kiesewetter", "CDU-Außenpolitiker", ["Kiesewetter"]),
    ("Péter Szijjártó", "Außenminister Ungarns", ["Szijjártó", "Peter Szijjarto"]),
    ("Guido Crosetto", "Verteidigungsminister Italiens", ["Crosetto"]),
    (
        "Michail Podoljak",
        "Berater des ukrainischen Präsidialamtes",
        ["Podoljak", "Mychajlo Podoljak", "Mykhailo Podolyak"],
    ),
    (
        "Wolodymyr Selenskyj",
        "Präsident der Ukraine",
        ["Selenskyj", "Selenskij", "Wladimir Selenskij", "Zelensky", "Volodymyr Zelensky"],
    ),
)

SOURCES: tuple[tuple[str, str, str, list[str]], ...] = (
    ("RT DE", Source.Kind.BROADCASTER, "https://de.rt.com/", []),
    ("dpa", Source.Kind.AGENCY, "https://www.dpa.com/", ["Deutsche Presse-Agentur"]),
    ("Fox News Radio", Source.Kind.BROADCASTER, "", ["Fox News"]),
    (
        "ZDF",
        Source.Kind.BROADCASTER,
        "https://www.zdf.de/",
        ["ZDF-Politbarometer", "Politbarometer"],
    ),
    (
        "The Washington Post",
        Source.Kind.NEWSPAPER,
        "https://www.washingtonpost.com/",
        ["Washington Post"],
    ),
    ("Corriere della Sera", Source.Kind.NEWSPAPER, "https://www.corriere.it/", []),
    ("Flightradar24", Source.Kind.OTHER, "https://www.flightradar24.com/", []),
)

TAGS = (
    ("Diplomatie", ["Gipfel", "Treffen", "Verhandlung", "Delegation"]),
    ("Atomwaffen", ["Atom", "New-START", "nuklear", "Sprengköpfe"]),
    ("Waffenruhe", ["Waffenruhe", "Waffenstillstand", "Feuerpause"]),
    ("Gebietsfragen", ["Gebietstausch", "Gebietsabtretung", "Gebietsverzicht", "Gebiete"]),
    ("Militär", ["Manöver", "Truppen", "Front", "Luftwaffe"]),
    ("Umfrage", ["Umfrage", "Befragten", "Politbarometer"]),
    ("Europa", ["EU", "Europäer", "europäisch"]),
)


def curate_names() -> None:
    """Create or update the curated speakers, sources and tags, through the services."""
    for name, role, aliases in SPEAKERS:
        _curated(Speaker, name, role=role, aliases=aliases)
    for name, kind, url, aliases in SOURCES:
        _curated(Source, name, kind=kind, url=url, aliases=aliases)
    for name, keywords in TAGS:
        _curated(Tag, name, keywords=keywords)


def _curated(model: type[Speaker | Source | Tag], name: str, **fields: object) -> None:
    obj = model.objects.filter(name=name).first() or model(name=name)
    for field, value in fields.items():
        setattr(obj, field, value)
    name_save(obj)


def curate_entries(ticker: Ticker) -> None:
    """Apply the recorded editorial decisions to the imported entries, through the services."""
    for entry in ticker.entries.filter(title__in=list(ENTRY_TAGS)):
        changes: dict[str, Any] = {}  # field values for entry_update
        if entry.title in SPEAKER_CORRECTIONS:
            name = SPEAKER_CORRECTIONS[entry.title]
            changes["speaker"] = Speaker.objects.get(name=name) if name else None
        tags = Tag.objects.filter(name__in=ENTRY_TAGS[entry.title])
        entry_update(entry, tags=tags, pinned=entry.title in PINNED_TITLES, **changes)
