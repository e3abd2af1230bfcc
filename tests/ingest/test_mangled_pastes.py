"""Pastes mangled as editors mangle them never break the importer.

Real pages of the development corpus, cut off mid-line, with lines lost, doubled or
shuffled, and odd characters, impossible times and markup slipped in; and random JSON,
CSV and feed documents. Each import either gives entries or refuses with a message
(UnreadableInput): never another exception, never a script in a body, never a time
without its zone. Seeded, so a failure names the input that caused it.
"""

import json
import random
from datetime import datetime

import pytest

from summit.ingest.drafts import UnreadableInput

from .conftest import prepare
from .scoring import CORPUS, load_documents

DOCUMENTS = load_documents(CORPUS)
RUNS = 40  # per seed; a few seconds in all

# What slips into a paste: invisible and control characters, markers, impossible times.
SLIPS = [
    "\u200b", "\ufeff", "\u202e", "\x00", "\x0b", "\u2028", "+++", "Uhr", "12:61 Uhr",
    "31.02.2025", "99:99", "vor 5 Min.", "2h ago", "(", "„", "|", "•", "##", "GMT+25",
    "Update:", "\t", "24:00 Uhr", "23:59:60", "1.38pm", "10.32am BST", "🤍", "İ", "ſ",
    "<script>alert(1)</script>", "Mo., 15.05.2023, 14:03 Uhr",
]  # fmt: skip


def mangled(text: str, chance: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(chance.randint(1, 8)):
        lines = lines or [""]
        at = chance.randrange(len(lines))
        change = chance.randrange(6)
        if change == 0:
            del lines[at]
        elif change == 1:
            lines.insert(at, chance.choice(SLIPS))
        elif change == 2:
            cut = chance.randint(0, len(lines[at]))
            lines[at] = lines[at][:cut] + chance.choice(SLIPS) + lines[at][cut:]
        elif change == 3:
            lines[at] = lines[at][: chance.randint(0, len(lines[at]))]
        elif change == 4:
            lines.insert(at, lines[chance.randrange(len(lines))])
        else:
            chance.shuffle(lines)
    return "\n".join(lines)


def assert_imported_or_refused(raw: str, **options) -> None:
    try:
        drafts = prepare(raw, **options).drafts
    except UnreadableInput as refusal:
        assert str(refusal)
        return
    for draft in drafts:
        assert "<script" not in draft.body.lower()
        assert draft.published_at is None or draft.published_at.utcoffset() is not None


@pytest.mark.parametrize("seed", range(5))
def test_a_mangled_real_page_is_imported_or_refused_never_broken(seed):
    chance = random.Random(seed)
    for _ in range(RUNS):
        document = chance.choice(DOCUMENTS)
        raw = mangled(document.path.read_text("utf-8"), chance)
        reference = datetime.fromisoformat(document.gold["reference_time"])
        zone = chance.choice([document.gold["timezone"], "America/New_York", "Asia/Kolkata"])
        assert_imported_or_refused(raw, format="text", reference_time=reference, time_zone=zone)


VALUES = [
    None, "", 0, -1, 1e308, True, [], {}, "2025-08-14T21:15:00+02:00", "99:99", "\x00",
    "<script>alert(1)</script>", "a" * 5000, "2025-13-45", 12345678901234567890,
    "javascript:alert(1)", {"a": None}, ["a", 1, None],
]  # fmt: skip
KEYS = [
    "title", "body", "published_at", "speaker", "source", "tags", "entries", "headline",
    "body_text", "uri", "versioncreated", "associations", "renditions", "href", "type",
    "image", "caption", "credit",
]  # fmt: skip


def random_value(chance: random.Random, depth: int = 0):
    if depth < 3 and chance.random() < 0.3:
        if chance.random() < 0.5:
            return [random_value(chance, depth + 1) for _ in range(chance.randint(0, 3))]
        return {chance.choice(KEYS): random_value(chance, depth + 1) for _ in range(3)}
    return chance.choice(VALUES)


def random_json(chance: random.Random) -> str:
    entries = [
        {key: random_value(chance) for key in chance.sample(KEYS, chance.randint(0, 6))}
        for _ in range(chance.randint(0, 4))
    ]
    return json.dumps(chance.choice([{"entries": entries}, entries, random_value(chance)]))


def random_csv(chance: random.Random) -> str:
    columns = chance.sample(KEYS, chance.randint(1, 6))
    rows = [[str(chance.choice(VALUES)).replace(",", ";") for _ in columns] for _ in range(3)]
    return "\n".join(",".join(row) for row in [columns, *rows])


def random_feed(chance: random.Random) -> str:
    item = (
        f"<item><title>{chance.choice(VALUES)}</title>"
        f"<pubDate>{chance.choice(['Thu, 14 Aug 2025 21:15:00 +0200', 'garbage', ''])}</pubDate>"
        f"<description>{chance.choice(VALUES)}</description></item>"
    )
    return chance.choice(
        [
            f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{item}</channel></rss>",
            "<rss><channel><item>",
            "<!DOCTYPE x [<!ENTITY a 'b'>]><rss>&a;</rss>",
        ]
    )


@pytest.mark.parametrize(
    ("form", "maker"),
    [
        ("json", random_json),
        ("ninjs", random_json),
        ("csv", random_csv),
        ("rss", random_feed),
        ("auto", random_json),
    ],
)
def test_a_random_structured_document_is_imported_or_refused_never_broken(form, maker):
    chance = random.Random(form)
    for _ in range(RUNS * 5):
        assert_imported_or_refused(maker(chance), format=form)
