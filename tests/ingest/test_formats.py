"""JSON (our schema), ninjs 1.x/2.x, CSV, RSS and Atom: each read, each recognised, JSON round-trips."""

import json

import pytest

from summit.ingest.detect import detect_format
from summit.ingest.drafts import UnreadableInput

from .conftest import BERLIN, TICKER_SEED, prepare

OWN_JSON = json.dumps(
    [
        {
            "published_at": "2025-08-14T21:15:00+02:00",
            "time_estimated": False,
            "title": "Putin landet",
            "body": "<p>Die Maschine ist gelandet.</p>",
            "speaker": None,
            "source": "dpa",
            "source_url": "https://example.org/putin",
            "tags": ["Diplomatie"],
            "external_id": "dpa:1",
            "warnings": [],
        }
    ]
)

NINJS_1 = json.dumps(
    {
        "uri": "urn:newsml:dpa.com:20250810:1",
        "type": "text",
        "versioncreated": "2025-08-10T10:47:00Z",
        "headline": "Trump will Putin empfangen",
        "body_html": "<p>Washington (dpa) - Trump lädt Putin ein.</p><script>alert(1)</script>",
        "byline": "Anna Muster, dpa",
        "subject": [{"name": "Diplomatie", "code": "medtop:11000000"}],
        "located": "Washington",
    }
)

NINJS_2 = json.dumps(
    {
        "uri": "urn:example:2",
        "versioncreated": "2025-08-11T08:00:00+02:00",
        "headlines": [{"role": "main", "value": "Gipfel in Alaska"}],
        "bodies": [
            {"role": "main", "contenttype": "text/plain", "value": "Klartext."},
            {"role": "main", "contenttype": "text/html", "value": "<p>Der Gipfel steht.</p>"},
        ],
        "by": "AFP",
        "subjects": [{"name": "Gipfel", "uri": "http://cv.iptc.org/x"}],
    }
)

CSV_TEXT = (
    "title;published_at;body;speaker;source;tags;external_id\n"
    'Putin landet;2025-08-14T21:15:00+02:00;"Die Maschine, eine Il-96, ist gelandet.";'
    "Wladimir Putin;dpa;Diplomatie|Militär;csv-1\n"
)

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Gipfel-Feed</title><link>https://example.org/</link>
<description>Meldungen</description>
<item><title>Putin landet</title><link>https://example.org/1</link><guid>rss-1</guid>
<pubDate>Thu, 14 Aug 2025 19:15:00 GMT</pubDate><description>&lt;p&gt;Gelandet.&lt;/p&gt;</description>
<category>Diplomatie</category></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gipfel</title><id>urn:feed</id>
<updated>2025-08-14T19:15:00Z</updated>
<entry><title>Trump landet</title><id>atom-1</id><updated>2025-08-14T19:30:00Z</updated>
<link href="https://example.org/2"/><content type="html">&lt;p&gt;Air Force One ist da.&lt;/p&gt;</content></entry>
</feed>"""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (OWN_JSON, "json"),
        (NINJS_1, "ninjs"),
        (NINJS_2, "ninjs"),
        (CSV_TEXT, "csv"),
        (RSS, "rss"),
        (ATOM, "rss"),
        ("Überschrift\n\nText.", "text"),
        ("[14:03] Die Sitzung beginnt.\n\n[13:50] Der Saal füllt sich.", "text"),
        ("[ad_1]\n\n7:27 pm: The polls have closed.", "text"),
        ("[[title]] [[text]] [[success]] Email address Sign up\n\n9am\n\nCrowds gather.", "text"),
        ('[[{"title": "Verschachtelt"}]]', "json"),
        ('[{"title": "Kaputt"', "json"),
        ("[1, 2]", "json"),
    ],
)
def test_auto_recognises_each_format(raw, expected):
    assert detect_format(raw) == expected


def test_own_json_schema():
    [draft] = prepare(OWN_JSON).drafts
    assert draft.to_schema(BERLIN) == json.loads(OWN_JSON)[0] | {
        "warnings": ["Kein Sprecher erkannt."]
    }


def test_json_round_trip_of_the_seed_is_identical(curated):
    first = prepare(TICKER_SEED.read_bytes(), curated, source="RT DE")
    exported = [draft.to_schema(BERLIN) for draft in first.drafts]
    again = prepare(json.dumps(exported), curated)
    assert [draft.to_schema(BERLIN) for draft in again.drafts] == exported


def test_ninjs_1():
    [draft] = prepare(NINJS_1).drafts
    assert draft.external_id == "urn:newsml:dpa.com:20250810:1"
    assert draft.published_at.astimezone(BERLIN).isoformat() == "2025-08-10T12:47:00+02:00"
    assert draft.title == "Trump will Putin empfangen"
    assert draft.body == "<p>Washington (dpa) - Trump lädt Putin ein.</p>"
    assert draft.source == "dpa"
    assert draft.tags == ["Diplomatie"]


def test_ninjs_2_prefers_the_html_body():
    [draft] = prepare(NINJS_2).drafts
    assert (draft.title, draft.body, draft.source, draft.tags) == (
        "Gipfel in Alaska",
        "<p>Der Gipfel steht.</p>",
        "AFP",
        ["Gipfel"],
    )


def test_csv_with_other_column_order_and_semicolons():
    [draft] = prepare(CSV_TEXT).drafts
    assert draft.title == "Putin landet"
    assert draft.body == "<p>Die Maschine, eine Il-96, ist gelandet.</p>"
    assert (draft.speaker, draft.source, draft.tags, draft.external_id) == (
        "Wladimir Putin",
        "dpa",
        ["Diplomatie", "Militär"],
        "csv-1",
    )


def test_rss_and_atom():
    [item] = prepare(RSS).drafts
    assert (item.title, item.body, item.external_id, item.source_url, item.tags) == (
        "Putin landet",
        "<p>Gelandet.</p>",
        "rss-1",
        "https://example.org/1",
        ["Diplomatie"],
    )
    assert item.published_at.astimezone(BERLIN).isoformat() == "2025-08-14T21:15:00+02:00"
    [entry] = prepare(ATOM).drafts
    assert (entry.title, entry.external_id) == ("Trump landet", "atom-1")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title><item><title>&lol2;</title></item></channel></rss>"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title></item></channel></rss>"""


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("[1, 2, 3]", "kein Objekt"),
        ('{"title": "x"}', "Liste von Einträgen"),
        ('[{"title": 5}]', "„title“ muss Text sein"),
        ('[{"title": "x", "tags": "a,b"}]', "„tags“"),
        ("[" * 100_000, "JSON"),
        ('[{"title": "x",', "Kein gültiges JSON"),
        (BILLION_LAUGHS, "DTD"),
        (EXTERNAL_ENTITY, "DTD"),
        ("<rss><channel><item></channel></rss>", "Kein gültiges XML"),
        ('title,body\n"unclosed,quote\n', "CSV"),
        ("title,body\na,b,c,d\n", "mehr Spalten"),
    ],
)
def test_unreadable_input_is_refused_with_one_clear_message(raw, message):
    with pytest.raises(UnreadableInput) as caught:
        prepare(raw)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_csv_with_an_unknown_header_is_refused_when_csv_was_chosen():
    with pytest.raises(UnreadableInput, match="Kopfzeile"):
        prepare("published_at,wrong\n1,2\n", format="csv")
