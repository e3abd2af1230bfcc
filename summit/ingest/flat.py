"""A page that lost its line breaks, cut back into its lines: before each post's time
where the times stand inside one long line, and where a prompt or a title bar is glued to
the text after it."""

from __future__ import annotations

import re

from summit.ingest import markers
from summit.ingest.zones import ZONE_ALTERNATION

# A line this long that holds several dated times is a whole page that lost its breaks.
MAX_FLAT_LINE = 1000

_INLINE_STAMP = re.compile(
    r"\s(?=\d{1,2}\.\d{1,2}\.\d{4},? \d{1,2}[:.]\d{2}\b"
    r"|\d{1,2}/\d{1,2}/\d{2}(?:\d{2})? \d{1,2}:\d{2} [AP]M\b)"
)

# A "read more" link copied together with the block after it ("Continue reading...May 23").
_GLUED_PROMPT = re.compile(
    r"^((?:Continue reading|Read more|Weiterlesen|Mehr lesen)\s?(?:\.\.\.|…)?)(?=[A-Z0-9])"
)
GLUED_OPENINGS = "CRWM"  # the first letters of those prompts
# A page title with the newest entry in its bar ("Ukraine im Liveticker +++ 23:27 Titel +++").
_TITLE_BAR_ENTRY = re.compile(r"(?<=\S)\s*(?=\+{3} \d{1,2}[:.]\d{2} )")
# An American blog with each post's time glued to the text: "… the U.S. Open.7:53 p.m.Reader …".
_GLUED_CLOCK = re.compile(r"(?:^|(?<=[.!?”\"’)\]]))(\d{1,2}:\d{2} ?[ap]\.m\.)(?=[A-Z])")
# A match report flattened onto one line: "… Underway! 5' - Montreal forward early. 7' - …",
# "… im Eins-gegen-Eins. 25' Deutschland drückt: …".
_INLINE_MINUTE = re.compile(
    r"(?<=[.!?\"”’)]) (?=\d{1,3}(?:\+\d{1,2})?' ?[-–:] |\d{1,3}(?:\+\d{1,2})?' [A-ZÄÖÜ])"
)
# Or a ticker's times with their colon: "… 625 Stimmen. 21.32 Uhr: Zum Abschluss …".
# or written as four digits, as BBC commentaries did: "… in the park? 1432: Hug between …",
# AFP's with their zone: "… Thanks for joining us. 0442 GMT: Soft-rock …".
_INLINE_CLOCK = re.compile(
    r"(?<=[.!?\"“”’)]) (?=\d{1,2}[.:]\d{2} ?(?:Uhr|[ap]\.?m\.?)?: "
    r"|(?:[01]\d|2[0-3])[0-5]\d(?: GMT| UTC)?: [A-Z\"'])"
)

# Or an English blog's times with their zone: "… Two points are added. 8.55pm GMT 38 mins.
# …" (not the post's "Updated at 8.58pm GMT").
_INLINE_ZONED_CLOCK = re.compile(
    r"(?<!at) (?=\d{1,2}[.:]\d{2} ?[ap]m (?:" + ZONE_ALTERNATION + r")\b)"
)

# A German page flattened by a copy, each post's title glued to its time and text ("…
# voraus.Pegel sinken15.45 Uhr: Die Pegel …"): a time glued to a word opens a post.
_GLUED_POST_CLOCK = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[)\"“”!?])|(?<=[^\W\d]\.))\d{1,2}(?:[.:]\d{2})? Uhr: (?=[A-ZÄÖÜ„\"])"
)
# Where such a post's title starts: after the sentence before it, glued or not, or where a
# word is glued to its first capital ("… bei IhnenBusunglücke in NRW").
_TITLE_START = re.compile(
    r"[.!?:](?=[A-ZÄÖÜ„\"])|[.!?] (?=[A-ZÄÖÜ„\"])|[a-zäöüß](?=[A-ZÄÖÜ][a-zäöüß])"
)
_LONGEST_TITLE = 200


def unflattened(text: str) -> list[str]:
    """A page pasted without its line breaks is cut before each full date and time in it."""
    glued = _GLUED_PROMPT.match(text)
    if glued:
        return [glued.group(1), *unflattened(text[glued.end() :])]
    bar = _TITLE_BAR_ENTRY.search(text, 0, 200) if text.find("+++", 0, 200) >= 0 else None
    if bar and not text.startswith("+"):
        return [text[: bar.start()], *unflattened(text[bar.end() :])]
    if len(text) < MAX_FLAT_LINE:
        return [text]
    if _GLUED_POST_CLOCK.search(text):
        return _titled_posts(text)
    if len(_GLUED_CLOCK.findall(text)) > 1:
        return [part for part in _GLUED_CLOCK.sub("\n\\1 ", text).split("\n") if part]
    if len(minutes := _INLINE_MINUTE.split(text)) > markers.MIN_REPEATS:
        return minutes
    if len(clocks := _INLINE_CLOCK.split(text)) > markers.MIN_REPEATS:
        return clocks
    if len(zoned := _INLINE_ZONED_CLOCK.split(text)) > markers.MIN_REPEATS:
        return zoned
    parts = [part.strip() for part in _INLINE_STAMP.split(text)]
    return [part for part in parts if part] if len(parts) > 2 else [text]


def _titled_posts(text: str) -> list[str]:
    """A flattened page cut before each post's title, a paragraph of its own ("" stands
    for the break the page lost), and between the title and its time."""
    parts, start = [], 0
    for clock in _GLUED_POST_CLOCK.finditer(text):
        before = text[max(start, clock.start() - _LONGEST_TITLE) : clock.start()]
        ends = [found.end() for found in _TITLE_START.finditer(before)]
        title_at = clock.start() - len(before) + ends[-1] if ends else clock.start()
        parts += [text[start:title_at].strip(), "", text[title_at : clock.start()].strip()]
        start = clock.start()
    parts.append(text[start:].strip())
    return parts if parts[0] else parts[2:]
