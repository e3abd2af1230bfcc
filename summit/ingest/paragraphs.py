"""Entries of a page without times or markers: its paragraphs, by how the page sets
them apart (boxes of their own, a commentary's short blocks, a live page's paragraphs)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summit.ingest import markers
from summit.ingest.shapes import (
    BULLET,
    LIVE_TITLE,
    TRAILING_CLOSERS,
    could_be_headline,
    is_paragraph,
    signs_off,
)

if TYPE_CHECKING:
    from summit.ingest.lines import Line


def paragraph_entries(lines: list[Line], separators: set[str]) -> dict[int, str]:
    """On a page without times or markers, paragraphs that each stand in a box of their own
    (two blank lines around it, or the page's repeated separator lines) are its entries;
    single blank lines only part the paragraphs of one text."""
    found = {}
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        alone = following is None or following.wide_gap or following.text in separators
        after = line.wide_gap or (index > 0 and lines[index - 1].text in separators)
        if after and alone and is_paragraph(line.text):
            found[index] = line.text
    if len(found) >= markers.MIN_REPEATS:
        return found
    return (
        _boxed_texts(lines)
        or _dashed_posts(lines)
        or _listed_posts(lines)
        or _commentary_paragraphs(lines)
        or _live_paragraphs(lines, headed=not separators)
        or _live_lines(lines)
    )


# How far down a newest-first page's closing post ("Danke fürs Mitlesen") is looked for.
_SIGN_OFF_LINES = 3
# The share of a page's lines that must be sentences for each line to be a post.
_MOSTLY = 0.8


def _is_sentence(text: str) -> bool:
    return len(text) >= 20 and text.rstrip(TRAILING_CLOSERS)[-1:] in ".!?:"


def _boxed_texts(lines: list[Line]) -> dict[int, str]:
    """A page that parts its texts by two blank lines and their paragraphs by one: each
    box of paragraphs is an entry, opened by its first paragraph."""
    single = sum(line.blank_before and not line.wide_gap for line in lines)
    opening = {
        index: line.text
        for index, line in enumerate(lines)
        if index and line.wide_gap and _is_sentence(line.text)
    }
    return opening if len(opening) >= markers.MIN_REPEATS and single >= len(opening) else {}


def _titled_live(lines: list[Line]) -> bool:
    """Whether the page's first lines call it live ("LIVE: Der Große Preis", "Liveticker")."""
    return any(LIVE_TITLE.search(line.text) for line in lines[:2])


def _live_lines(lines: list[Line]) -> dict[int, str]:
    """A page titled as live, or opening with its closing post (newest first), whose posts
    follow each other without a blank line: when nearly every line under the title is a
    sentence, each line is a post."""
    if not (_titled_live(lines) or any(signs_off(line.text) for line in lines[:_SIGN_OFF_LINES])):
        return {}
    body = [
        (index, line)
        for index, line in enumerate(lines)
        if index > 1 or not LIVE_TITLE.search(line.text)
    ]
    # (The last line may be cut short where the copy of the page ends.)
    sentences = sum(_is_sentence(line.text) for _index, line in body[:-1])
    if sentences < markers.MIN_REPEATS or sentences < _MOSTLY * (len(body) - 1):
        return {}
    if any(line.blank_before for _index, line in body[1:]) or any(
        could_be_headline(line.text) and not _is_sentence(line.text) for _index, line in body[:-1]
    ):
        return {}  # (headlines open posts of several paragraphs; the last line may be cut)
    return {index: line.text for index, line in body}


def _live_paragraphs(lines: list[Line], *, headed: bool) -> dict[int, str]:
    """A page titled as live, without times, markers or headlines: each paragraph apart
    from the next is an entry of its own. The title may stand under the article's head
    ("Sturmtief «Sebastian» – der FM1Today-Ticker" under headline and standfirst), where
    no rules part the posts (headed)."""
    title = _ticker_heading(lines) if headed else None
    if title is None and _titled_live(lines):
        title = 0
    if title is None:
        return {}
    # A label right under the title ("Key events", "Share this post") heads no posts.
    if any(could_be_headline(line.text) for line in lines[max(2, title + 1 + _HEAD_LABELS) :]):
        return {}
    found = {
        index: line.text
        for index, line in enumerate(lines)
        if index > title and line.blank_before and is_paragraph(line.text)
    }
    return found if len(found) >= markers.MIN_REPEATS else {}


# How many lines right under a live page's title may be labels, not headlines.
_HEAD_LABELS = 2
# How far down the page's head a heading naming the ticker is looked for.
_HEAD_LINES = 10


def _ticker_heading(lines: list[Line]) -> int | None:
    """A heading in the page's head that names the ticker, apart from the lines around it."""
    for index, line in enumerate(lines[:_HEAD_LINES]):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            line.blank_before
            and following is not None
            and following.blank_before
            and could_be_headline(line.text)
            and LIVE_TITLE.search(line.text)
        ):
            return index
    return None


def _bare_headline(text: str) -> bool:
    return could_be_headline(text) and text.rstrip(TRAILING_CLOSERS)[-1:] not in "!?"


def _commentary_paragraphs(lines: list[Line]) -> dict[int, str]:
    blocks = markers.commentary_blocks(
        [line.text for line in lines], [line.blank_before for line in lines]
    )
    # Headlines over the blocks make them the entries' bodies instead; a short block that
    # exclaims or asks ("That's a lot of phones!") is a post of its own.
    if sum(_bare_headline(lines[index].text) for index in blocks) > 1:
        return {}
    return {index: lines[index].text for index in blocks}


_DASHED = re.compile(r"^[–-] (?=\S)")
# The share of the lines below the coverage's introduction that open with a dash, or of
# the lines of the list ending a page that are its items (a heading may stand between).
_MOSTLY_LISTED = 0.7


def _dashed_posts(lines: list[Line]) -> dict[int, str]:
    """A page introducing its live coverage ("Stay tuned for our live coverage below:",
    "… lesen Sie den Live-Ticker") over lines opened by dashes down to its end: each dashed
    line is a post, its text without the dash ("– Tim greets everyone.")."""
    first = next((index for index, line in enumerate(lines) if _DASHED.match(line.text)), None)
    if not first or not LIVE_TITLE.search(lines[first - 1].text):
        return {}
    found = {
        index: line.text[2:]
        for index, line in enumerate(lines)
        if index >= first and _DASHED.match(line.text)
    }
    enough = len(found) >= markers.MIN_REPEATS
    return found if enough and len(found) >= _MOSTLY_LISTED * (len(lines) - first) else {}


# The fewest items a list must hold for its items to be posts, and the fewest words each.
_LISTED_POSTS = 5
_ITEM_WORDS = 3


def _listed_posts(lines: list[Line]) -> dict[int, str]:
    """A page whose text ends in a list of sentences, down to its end: a live page that
    writes each post as a list item ("• Music is on rotation.", "3. And we're in!"); each
    item is a post, its text without the bullet. A list its line above announces
    ("Highlights from the report:", "What you need to know:") is a list of points, and a
    list of labels ("1. Leclerc, Ferrari") none of posts."""
    start = _trailing_list(lines)
    if start is None or (start and lines[start - 1].text.endswith(":")):
        return {}
    if _headlines_over_text(lines, start):
        return {}  # posts with headlines above: the list is the last one's
    found: dict[int, str] = {}
    numbers: list[int] = []
    for index, line in enumerate(lines[start:], start):
        if bullet := BULLET.match(line.text):
            found[index] = line.text[bullet.end() :]
            sign = bullet.group().rstrip(" .)")
            if sign.isdigit():
                numbers.append(int(sign))
    texts = list(found.values())
    counted = all(b - a == 1 for a, b in zip(numbers, numbers[1:], strict=False))
    worded = all(len(text.split()) >= _ITEM_WORDS for text in texts[:-1])
    sentences = sum(_is_sentence(text) for text in texts[:-1])
    enough = len(found) >= _LISTED_POSTS and sentences * 2 >= len(texts) - 1
    return found if enough and counted and worded else {}


def _trailing_list(lines: list[Line]) -> int | None:
    """Where the list that ends the page starts: the first item of the longest stretch down
    to the page's end whose lines are mostly items (a heading may stand between them)."""
    items = 0
    start = None
    for index in range(len(lines) - 1, -1, -1):
        if BULLET.match(lines[index].text):
            items += 1
            if items >= _MOSTLY_LISTED * (len(lines) - index):
                start = index
    return start


# The page's title and the line under it (a byline, a standfirst) stand over its text.
_TITLE_LINES = 2


def _headlines_over_text(lines: list[Line], end: int) -> bool:
    """Whether a headline stands over a paragraph above `end`, below the page's title, or
    a list item shaped as a headline over one below it."""
    for index in range(_TITLE_LINES, len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if index >= end and not BULLET.match(line.text):
            continue
        text = line.text[bullet.end() :] if (bullet := BULLET.match(line.text)) else line.text
        if (
            could_be_headline(text)
            and not _is_sentence(text)
            and not BULLET.match(following.text)
            and (is_paragraph(following.text) or not could_be_headline(following.text))
        ):
            return True
    return False
