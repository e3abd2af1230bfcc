"""What a paste's lines need before they are read as a ticker: the frame of bars a text
browser draws, sentences broken across lines, lines the paste doubled, an embedded post's
signature, the desk label beside every time, authors' cards between entries, a time's
day on the line below it.

text.py runs these passes around classifying the lines (lines.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import repeat

from django.utils.translation import gettext as _

from summit.ingest import furniture, markers, openings
from summit.ingest.lines import SEPARATOR_LINE, TEXT_LINE, Line
from summit.ingest.nonnames import may_be_a_name
from summit.ingest.rawtext import RawLines
from summit.ingest.shapes import could_be_headline, is_paragraph
from summit.ingest.signatures import mark_signatures
from summit.ingest.trim import Skip

_FRAME = re.compile(r"^\|\s?|\s*(?:\|\s*)+$")
# A hard-wrapped line is long: a short one above a lowercase line is a list's or a label.
_WRAPPED = 40
_SENTENCE_ENDS = ".!?:;\"“”»«)’'"
_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w.-]{0,30}):\s+(?P<rest>\S.*)$")
# The text of an author's picture: "Reid Epstein headshot", "Anna Berg Autorenfoto".
_HEADSHOT = re.compile(
    r"^(?P<name>(?:[A-ZÄÖÜ][\w.'’-]+\s){1,3}[A-ZÄÖÜ][\w.'’-]+)\s+(?i:headshot|avatar|portrait"
    r"|profile (?:photo|picture)|autorenfoto|autorenbild|porträt)$"
)
# How _HEADSHOT's lines end: other lines skip the expression.
_HEADSHOT_ENDINGS = (
    "headshot", "avatar", "portrait", "photo", "picture", "autorenfoto", "autorenbild", "porträt"
)  # fmt: skip
# Their last letters, in either case: one test rules out most lines before their endings.
_HEADSHOT_LAST_LETTERS = "".join({ending[-1] for ending in _HEADSHOT_ENDINGS}) + "".join(
    {ending[-1].upper() for ending in _HEADSHOT_ENDINGS}
)
_SIGNATURE_DASHES = "—–-"  # how _POST_SIGNATURE opens: other lines skip the expression
_POST_SIGNATURE = re.compile(
    rf"^[—–-]\s*[^()\n]{{1,60}}\(@\w{{1,30}}\)\s+(?:{furniture.MONTH_NAMES}) \d{{1,2}}, \d{{4}}$"
)


def unframed(raw: RawLines) -> RawLines:
    """A page rendered in a frame of bars ("| Text | |", a text browser's or a gopher
    proxy's) without it: the bars stand on almost every line, the text between them."""
    texts = list(filter(str.strip, filter(None, raw.texts)))
    # Most pages have no bar opening a line: counted without a loop in Python first.
    opened = sum(map(str.startswith, texts, repeat("|")))
    if not texts or opened * 10 < len(texts) * 9:
        return raw
    framed = sum(text.startswith("|") and text.rstrip().endswith("|") for text in texts)
    if framed * 10 < len(texts) * 9:
        return raw
    return RawLines([_FRAME.sub("", text) for text in raw.texts], raw.odd_spaces)


def joined_wraps(lines: list[Line]) -> list[Line]:
    """A paste with its lines broken inside sentences ("… Morgen erwachen wir in" over
    "einem anderen Deutschland."): a line that goes on in lowercase right below a long,
    unfinished one inside a block is the rest of its sentence."""
    joined = lines[:1]
    for line in lines[1:]:
        above = joined[-1]
        broken = len(above.text) >= _WRAPPED and above.text[-1] not in _SENTENCE_ENDS
        # The first line of a block may be a headline glued to its text: kept apart.
        inside = not (above.blank_before or line.blank_before)
        if broken and inside and line.text[0].islower():
            joined[-1] = replace(above, text=f"{above.text} {line.text}")
        else:
            joined.append(line)
    return joined


def drop_repeated_labels(lines: list[Line]) -> None:
    """A label the page puts beside every time ("22.30 Uhr, Onlinebunker: Text") names its
    desk, not the entry: the text beside the time starts after it. Labels that change from
    entry to entry ("HOFBURG: …", "RING: …", "WIEN: …") are places, part of the title."""
    labelled = [
        (line, found)
        for line in lines
        if line.stamp is not None
        and line.stamp.clock is not None  # (not a post's own label: "Mumbai Rains LIVE:")
        and (found := _LABEL.match(line.stamp.rest))
    ]
    counts = Counter(found["label"] for _line, found in labelled)
    for line, found in labelled:
        count = counts[found["label"]]
        if count >= markers.MIN_REPEATS and count * 2 > len(labelled) and line.stamp is not None:
            line.stamp = replace(line.stamp, rest=found["rest"])


def join_days_below_times(lines: list[Line], skips: list[Skip]) -> list[Line]:
    """A bare time with its day alone on the line below ("21:54 Uhr" over "– 24.12.2023"):
    one stamp, the time on that day; the day's line opens nothing of its own."""
    joined: set[int] = set()
    for index in range(len(lines) - 1):
        time_stamp, day_stamp = lines[index].stamp, lines[index + 1].stamp
        if (
            time_stamp is not None
            and day_stamp is not None
            and time_stamp.clock is not None
            and time_stamp.day is None
            and time_stamp.moment is None
            and not time_stamp.rest
            and day_stamp.is_day_heading
            and not day_stamp.rest
            and not lines[index + 1].blank_before
        ):
            lines[index].stamp = replace(time_stamp, day=day_stamp.day)
            joined.add(index + 1)
    skips.extend(
        (lines[index].number, lines[index].text, _("Datum der Zeile darüber")) for index in joined
    )
    return [line for index, line in enumerate(lines) if index not in joined]


def mark_author_cards(lines: list[Line]) -> None:
    """An author's card between entries ("Reid Epstein headshot" over "Reid Epstein in
    Madison, Wis."): the picture's text and the name line below part two entries. So does
    a name alone above a post, where the page signs its posts so."""
    mark_signatures(lines)
    for index, line in enumerate(lines):  # (none at all where the paste was furniture only)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            line.kind is not TEXT_LINE
            or line.text[-1:] not in _HEADSHOT_LAST_LETTERS
            or not openings.ends_like(line.text, _HEADSHOT_ENDINGS)
        ):
            continue
        card = _HEADSHOT.match(line.text)
        if card is None:
            continue
        line.kind = SEPARATOR_LINE
        name = card["name"]
        if following is not None and following.text.startswith(name) and len(following.text) <= 80:
            following.kind, following.stamp = SEPARATOR_LINE, None


def without_doubled_lines(lines: list[Line], skips: list[Skip]) -> list[Line]:
    """A sentence right below itself is the paste's doubling, no second entry; short
    lines (separators, menu labels) may stand twice. An embedded post's signature line
    ("— PULS 24 (@puls24news) October 15, 2017") is the platform's, no text of the entry."""
    kept = lines[:1]
    for line in lines[1:]:
        doubled = line.text == kept[-1].text and not line.blank_before
        if doubled and len(line.text) > markers.MAX_SEPARATOR_LENGTH:
            skips.append((line.number, line.text, _("Doppelte Zeile")))
        elif line.text[:1] in _SIGNATURE_DASHES and _POST_SIGNATURE.match(line.text):
            skips.append((line.number, line.text, _("Signatur eines eingebetteten Beitrags")))
        else:
            kept.append(line)
    return kept


def without_doubled_captions(lines: list[Line], skips: list[Skip]) -> list[Line]:
    """A picture's title twice, as its alternative text and its caption, above its credit
    ("Sonnenfinsternis auf Sulawesi" twice, then "(Foto: dpa)") with the entry's text
    below. A picture posted alone keeps its caption as the entry's text."""
    caption: set[int] = set()
    for index, (title, again, below) in enumerate(zip(lines, lines[1:], lines[2:], strict=False)):
        if title.text != again.text or not could_be_headline(title.text):
            continue
        if furniture.is_photo_credit(below.text) and _paragraph_at(lines, index + 3):
            caption.update((index, index + 1))
    skips.extend((lines[index].number, lines[index].text, furniture.caption()) for index in caption)
    return [line for index, line in enumerate(lines) if index not in caption]


def _paragraph_at(lines: list[Line], index: int) -> bool:
    return index < len(lines) and is_paragraph(lines[index].text)


# A name of two words opening a time's text, then a capital ("Karl Oberascher Entspannte
# Stimmabgabe …"); a subject would go on with its verb, in lowercase.
_LEADING_NAME = re.compile(r"([A-ZÄÖÜ][a-zäöüß'’-]+ [A-ZÄÖÜ][a-zäöüß'’-]+) (?=[A-ZÄÖÜ\"„“])")


def markers_under_times(lines: list[Line]) -> None:
    """A match minute right under a bare time ("7.16pm BST" over "90 min: There will be four
    added minutes."): the text of the post the time opens, no post of its own."""
    for time, marked in zip(lines, lines[1:], strict=False):
        stamp, marker = time.stamp, marked.stamp
        if (
            stamp is not None
            and stamp.names_time
            and not stamp.rest
            and marker is not None
            and not marker.names_time
            and marker.day is None
            and marked.text[:1].isdigit()
        ):
            marked.kind, marked.stamp = TEXT_LINE, None


def drop_authors_beside_times(lines: list[Line]) -> None:
    """The same name right after most of a page's times ("12:44 | 22.04.2018 | Karl
    Oberascher Entspannte Stimmabgabe …", "21:38 | ntatschl"): the posts' author, not
    their text."""
    timed = [line for line in lines if line.stamp and line.stamp.clock and line.stamp.rest]
    # A user's handle: one word in lower case ("ntatschl", "@desk"), never a title ("Tor").
    handles = Counter(
        rest
        for line in timed
        if line.stamp and " " not in (rest := line.stamp.rest) and not rest[0].isupper()
    )
    handle, count = handles.most_common(1)[0] if handles else ("", 0)
    if count >= markers.MIN_REPEATS and count * 2 > len(timed):
        for line in timed:
            if line.stamp and line.stamp.rest == handle:
                line.stamp = replace(line.stamp, rest="")
        return
    leads = [_LEADING_NAME.match(line.stamp.rest) if line.stamp else None for line in timed]
    names = Counter(found[1] for found in leads if found)
    # Names that come back (a page has several authors), opening most of the times' texts.
    authors = {name for name, count in names.items() if count > 1 and may_be_a_name(name.split())}
    signed = sum(names[name] for name in authors)
    if signed < markers.MIN_REPEATS or signed * 2 < len(timed):
        return
    for line, found in zip(timed, leads, strict=True):
        if found and found[1] in authors and line.stamp:
            line.stamp = replace(line.stamp, rest=line.stamp.rest[found.end() :])
