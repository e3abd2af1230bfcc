"""Pass 1 of the text parser: the site's tail cut off and its furniture lines dropped.

What is left out is noted as (line number, text, reason), reported in the order of the
input; which lines are furniture is furniture.py's to say.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from django.utils.translation import gettext as _

from summit.ingest import consent, furniture, markers
from summit.ingest.agencies import PICTURE_CREDITS
from summit.ingest.authors import MAX_CARD_NAME, is_contributor_card, speaks_in_post
from summit.ingest.lines import Line, list_item
from summit.ingest.shapes import could_be_headline, is_paragraph

# (line number, text, reason): what was left out, reported in the order of the input.
Skip = tuple[int, str, str]

# A time of day as pages write it: "20:48", "20.48 Uhr", "9.01pm", "10:32 a.m.".
_CLOCK = r"\d{1,2}[:.]\d{2}(?!\d)(?:\s?(?:[ap]\.?m\.?|Uhr|h\b))?"
# One opening a line ("+++ 20:48 Uhr …"), and one alone on its line ("9.01pm GMT").
_TIME_SHAPE = re.compile(rf"(?:\+{{2,3}}\s*)?{_CLOCK}", re.IGNORECASE)
_BARE_TIME = re.compile(rf"{_CLOCK}(?: [A-Z]{{2,4}})?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d")
_ASCII_DIGITS_AS_ZERO = str.maketrans("0123456789", "0" * 10)


def cut_site_tail(lines: list[Line], skips: list[Skip]) -> list[Line]:
    """Everything from the first piece of site furniture after the content on is not ours.

    The first category line, comment counter or teaser of another story that follows a
    real paragraph marks the end of the content: what follows are other stories with
    their own times ("vor 15 Stunden"), which must not become entries of this ticker.
    """
    texts = [line.text for line in lines]
    paragraphs = list(map(is_paragraph, texts))
    shapes = [
        _time_shape(text) if text[:1].isdigit() or text[:1] == "+" else None for text in texts
    ]
    # Where a time so shaped last opens text of its own (a teaser's time opens none).
    last_of_shape = {
        shape: index
        for index, shape in enumerate(shapes)
        if shape and any(paragraphs[index : index + 4])
    }
    # A marker in the page's head ("Mehr zum Thema" above the entries) has the content
    # still below it: the tail holds teasers, fewer paragraphs than the content above.
    # So the first line asked has more paragraphs above it than from it on.
    above = list(accumulate(paragraphs, initial=0))
    index = bisect_right(above, above[-1] // 2)
    # A marker inside an entry has more entries timed the same way below it: the last line
    # that opens an entry timed as the content above opens its entries ("00:00 Uhr"), once
    # that shape has repeated above the line asked, is where the content goes on at least.
    repeats = _repeated_shapes(shapes, last_of_shape)
    entries_end, seen = -1, 0
    while index < len(texts):
        while seen < len(repeats) and repeats[seen][0] < index:
            entries_end = max(entries_end, repeats[seen][1])
            seen += 1
        if entries_end > index:
            index = entries_end  # no line before it is asked: the end only moves further
            continue
        if furniture.tail_reason(texts[index]):
            reason = _("Seitenelement nach dem Inhalt")
            skips.extend((tail.number, tail.text, reason) for tail in lines[index:])
            return lines[:index]
        index += 1
    return lines


def _repeated_shapes(
    shapes: list[str | None], last_of_shape: dict[str, int]
) -> list[tuple[int, int]]:
    """(line, end) where a time's shape is seen the (MIN_REPEATS - 1)th time, in the order of
    the lines: from below it on, the content goes on at least to `end`."""
    counts: dict[str, int] = {}
    found = []
    enough = max(markers.MIN_REPEATS - 1, 1)
    for index, shape in enumerate(shapes):
        if not shape:
            continue
        counts[shape] = counts.get(shape, 0) + 1
        if counts[shape] == enough:
            found.append((index, last_of_shape.get(shape, -1)))
    return found


def _time_shape(text: str) -> str | None:
    """The shape of a time opening a line, digits as 0 ("00:00 Uhr", "00.00 Uhr:"), or None."""
    if not text[:1].isdigit() and not text.startswith("+"):
        return None
    match = _TIME_SHAPE.match(text)
    if match is None:
        return None
    shape = match.group()
    # ASCII digits by a table, far cheaper than the expression (which also knows others).
    return shape.translate(_ASCII_DIGITS_AS_ZERO) if shape.isascii() else _DIGITS.sub("0", shape)


def drop_furniture(
    lines: list[Line], skips: list[Skip], cards: dict[int, str] | None = None
) -> list[Line]:
    """Consent notices, bylines, credits and captions, ad and share markers in the content;
    `cards` gets the name of each contributor card that names who speaks, by the number of
    the line right under it."""
    dropped: dict[int, str] = {}
    texts = [line.text for line in lines]
    separators = markers.separator_lines(texts, [line.blank_before for line in lines])
    teasers = _timed_teasers(lines)
    caption = furniture.caption()  # translated once: gettext per line costs more than the rules
    consent_words = consent.consent_words(texts)
    # Only the lines a rule may match are asked: most lines of text are passed over at once.
    may_be_furniture = furniture.may_be_furniture
    # A label in a list keeps its bullet: "• Top-Thema" is "Top-Thema" (unless the page
    # repeats it between its entries: a separator, which text.py reads as one).
    items = [text if text in separators else _unmarked(list_item(text)) for text in texts]
    for index in [i for i, text in enumerate(items) if may_be_furniture(text, consent_words[i])]:
        line = lines[index]
        reason = furniture.line_reason(items[index], consent_word=consent_words[index])
        reason = reason or teasers.get(index)
        if reason == caption and _between(lines, index, separators):
            continue  # a picture posted as an entry of its own: its caption is the entry
        if line.text == markers.EDITED_LABEL and line.text in separators:
            continue  # the label over each edited post: where one post ends (a separator)
        if reason and _under_bare_time(lines, index) and furniture.is_story_link(line.text):
            continue  # a post that is a link to another story, and nothing else
        if reason:
            dropped[index] = reason
            if index and lines[index - 1].text in _PLAYER_AT_ZERO:
                dropped[index - 1] = reason  # "00:00" over "Diese Audioversion wurde …"
            if furniture.is_more_stories_label(line.text) and _teaser_follows(lines, index):
                dropped[index + 1] = reason  # the title of the story it points to
            if reason == caption and _picture_title_above(lines, index):
                dropped[index - 1] = caption
        elif furniture.is_photo_credit(items[index]):
            dropped[index] = caption
            if _picture_title_above(lines, index):
                dropped[index - 1] = caption
    _lone_credits(lines, dropped, caption)
    _contributor_cards(lines, dropped, cards)
    _pass_on_bullets(lines, dropped, items)
    _drop_overview(lines, dropped)  # (its lines' bullets open no entry: passed on to none)
    skips.extend((lines[index].number, lines[index].text, why) for index, why in dropped.items())
    kept: list[Line] = []
    apart = False
    for index, line in enumerate(lines):
        if index in dropped:
            # A dropped box (a picture and its caption) still parts what stood around it.
            apart = apart or line.blank_before
            continue
        if apart:
            line.blank_before, apart = True, False
        kept.append(line)
    return kept


# A player's counter at its start, right above the player's label: no midnight.
_PLAYER_AT_ZERO = frozenset({"00:00", "0:00"})


def _unmarked(text: str) -> str:
    """A line inside "+++" marks without them: "+++ Live-Ticker aktualisieren +++" is the
    button it names."""
    if text.startswith("++") and text.endswith("++"):
        return text.strip("+ ") or text
    return text


def _contributor_cards(
    lines: list[Line], dropped: dict[int, str], cards: dict[int, str] | None
) -> None:
    """A name line with its role right under it ("Alan Pardew" over "Former Southampton
    manager on BBC Radio 5 Live"): the card of who speaks in the post, no text of it."""
    # Only a short line may be a card's name: the others (most) are not asked.
    names = [index for index, line in enumerate(lines[:-1]) if len(line.text) <= MAX_CARD_NAME]
    for index in names:
        name, role = lines[index], lines[index + 1]
        if is_contributor_card(name.text, role.text, apart=role.blank_before):
            dropped[index] = dropped[index + 1] = _("Autorenzeile")
            if cards is not None and index + 2 < len(lines) and speaks_in_post(role.text):
                cards[lines[index + 2].number] = name.text


def _lone_credits(lines: list[Line], dropped: dict[int, str], caption: str) -> None:
    """An agency's or picture library's name alone on its line ("Getty Images", "REUTERS"):
    a picture's credit, and the line right above it, when short, the picture's title. After
    a dash ("– Reuters") the name signs the post's text as its source, no picture. In
    brackets ("(PA Graphics)") it credits a graphic posted under its post's headline, which
    stays ("WEATHER Heatwave" over "(PA Graphics)")."""
    for index, line in enumerate(lines):
        text = line.text
        if len(text) <= _LONGEST_CREDIT and _credit_name(text).casefold() in PICTURE_CREDITS:
            dropped[index] = caption
            if text[:1] != "(" and _picture_title_above(lines, index):
                dropped[index - 1] = caption


# The brackets and a word for what was credited around the name: "(PA Graphics)", "(AP file)".
_LONGEST_CREDIT = max(map(len, PICTURE_CREDITS)) + len("() Graphics")


def _credit_name(text: str) -> str:
    """The name a credit line gives, without its brackets and the word for what it credits."""
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1].strip()
    return text.removesuffix(" Graphics").removesuffix(" file")


def _picture_title_above(lines: list[Line], index: int) -> bool:
    """The image's title sits right above its caption or credit line."""
    return index > 0 and not lines[index].blank_before and could_be_headline(lines[index - 1].text)


def _teaser_follows(lines: list[Line], index: int) -> bool:
    """A title below a "Mehr zum Thema" label, with no paragraph of its own under it: the
    other story's title (a headline with its text below is the next entry's)."""
    if index + 1 >= len(lines) or not could_be_headline(lines[index + 1].text):
        return False
    return index + 2 >= len(lines) or not is_paragraph(lines[index + 2].text)


def _timed_teasers(lines: list[Line]) -> dict[int, str]:
    """Headlines in a row, each with its time in brackets after it ("Titel (18.24 Uhr)"):
    the page's overview of its entries, which follow below with their text."""
    teasers = [
        index
        for index, line in enumerate(lines)
        if line.text.endswith(")") and _is_timed_teaser(line.text)
    ]
    found = _in_runs(teasers, _("Übersicht der Einträge"))
    labelled = [index for index, line in enumerate(lines) if _is_labelled_teaser(line.text)]
    links = _in_runs(labelled, _("Hinweis auf andere Artikel"))
    # A row whose last line stands over a paragraph is a post's headlines, or ends in one
    # ("Sondersendung: NDR Info extra zum Ferienbeginn" over "Am Abend hat NDR Info …"):
    # where the links end is unsure, and they are kept.
    if any(i + 1 not in links and _paragraph_below(lines, i) for i in links):
        return found
    return found | links


def _paragraph_below(lines: list[Line], index: int) -> bool:
    """A paragraph, or a line longer than any link, under the line: "…: " before a link too."""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    return len(below) > _MAX_TEASER or is_paragraph(below)


def _in_runs(indices: list[int], reason: str) -> dict[int, str]:
    """The lines among `indices` that stand in a run of at least MIN_REPEATS in a row."""
    found: dict[int, str] = {}
    run: list[int] = []
    for index in [*indices, -1]:  # runs of consecutive lines; -1 closes the last one
        if run and index == run[-1] + 1:
            run.append(index)
            continue
        if len(run) >= markers.MIN_REPEATS:
            found.update(dict.fromkeys(run, reason))
        run = [index]
    return found


def _is_labelled_teaser(text: str) -> bool:
    """A link to another story, its kind before a colon ("Hintergrund: So kommen
    unterschiedliche Fallzahlen zustande"): one line of a row of links when others follow."""
    return ": " in text[:16] and len(text) <= _MAX_TEASER and bool(_LABELLED_TEASER.match(text))


_MAX_TEASER = 120
_LABELLED_TEASER = re.compile(
    r"(?:Überblick|Hintergrund|Analyse|Kommentar|Interview|Sondersendung|Dossier|Chronologie"
    r"|Analysis|Explainer|Opinion): [^.]+[?!]?$"
)


def _drop_overview(lines: list[Line], dropped: dict[int, str]) -> None:
    """Times and titles in a row, nothing between them ("- 20:27 Uhr: ➤ Titel"), two or
    more of the titles standing again below as lines of their own: the page's overview of
    its entries, which follow with their text (posts each a time and a title name no title
    twice). The first post's title right under it loses its arrow ("➤ Titel"): a headline.
    Only the page's head is read, where such an overview stands."""
    listed = [
        (index, teaser["title"])
        for index, line in enumerate(lines[:_OVERVIEW_REACH])
        if line.text[:3].lstrip("-•*– ")[:1].isdigit()
        and (teaser := _TIME_FIRST_TEASER.match(line.text))
    ]
    runs: list[list[tuple[int, str]]] = []
    for index, title in listed:
        if runs and runs[-1][-1][0] + 1 == index:
            runs[-1].append((index, title))
        else:
            runs.append([(index, title)])
    for run in (run for run in runs if len(run) >= markers.MIN_REPEATS):
        after = run[-1][0] + 1
        below = {list_item(line.text) for line in lines[after:]}
        if sum(title in below for _index, title in run) < 2:
            continue
        dropped.update((index, _("Übersicht der Einträge")) for index, _title in run)
        if after < len(lines) and list_item(lines[after].text) in {t for _i, t in run}:
            lines[after].text = list_item(lines[after].text)


_OVERVIEW_REACH = 200  # lines
# A line of such an overview with its time first: "- 20:27 Uhr: ➤ Titel", "• 21:14 Uhr: …".
_TIME_FIRST_TEASER = re.compile(
    rf"^(?:[-•*–]\s*)?{_CLOCK}:?\s+(?:➤\s*)?(?P<title>\S.{{5,150}})$", re.IGNORECASE
)


def _pass_on_bullets(lines: list[Line], dropped: dict[int, str], items: list[str]) -> None:
    """A bulleted label that opens an entry ("• Top-Thema" over its headline) leaves its
    bullet to the line below, where the page's entries open behind bullets ("• Titel"):
    the entry still opens there. (A page whose bullets are all labels, "• Share" under
    each post, opens none with them.)"""
    if not any(item != lines[i].text and i not in dropped for i, item in enumerate(items)):
        return
    for index in dropped:
        below = index + 1
        if items[index] != lines[index].text and below < len(lines) and below not in dropped:
            line = lines[below]
            if list_item(line.text) == line.text:
                line.text = f"{lines[index].text[:1]} {line.text}"


def _is_timed_teaser(text: str) -> bool:
    """A line ending in a time in brackets: one line of an overview when others follow."""
    return (
        len(text) <= furniture.MAX_FURNITURE_LENGTH
        # Where the time's separator stands, or the word after it: "(0)" is asked nothing.
        and (text[-4:-3] in ".:" or text.endswith((" Uhr)", " h)")))
        and bool(_TIMED_TEASER.search(text[-16:]))
    )


_TIMED_TEASER = re.compile(r"\(\d{1,2}[.:]\d{2}(?: Uhr| h)?\)$")


def _under_bare_time(lines: list[Line], index: int) -> bool:
    """Whether the line right above is a time alone ("9.01pm GMT")."""
    above = lines[index - 1].text if index else ""
    return above[:1].isdigit() and bool(_BARE_TIME.match(above))


def _between(lines: list[Line], index: int, separators: set[str]) -> bool:
    """Whether a line stands alone between two of the page's separator lines."""
    before = index == 0 or lines[index - 1].text in separators
    after = index + 1 == len(lines) or lines[index + 1].text in separators
    return before and after and bool(separators)
