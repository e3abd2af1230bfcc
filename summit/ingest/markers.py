"""Entry markers without a time of day: what opens or separates entries on real tickers.

Agency tickers open an entry with "+++" ("+++ Die EU stellt … bereit."), sports tickers
with the match minute ("90.+3: Tor", "83. Minute: …", "89' Tor Bayern", "90 Spielende"),
and many pages separate entries by the same short line each time ("-", "vor Beginn",
"Post update", "(pma)"). A minute number alone is no proof (a sentence may start with
"18 Menschen …"), so minute markers and separator lines count only when the page uses
them again and again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from summit.ingest.lexicon import LEXICON

# How often a page must use a minute marker or a separator line before it counts.
MIN_REPEATS = 3
MAX_SEPARATOR_LENGTH = 40
# A commentary without times: at least this many one-line blocks, half of them this short.
_COMMENTARY_BLOCKS, _COMMENTARY_BLOCK_SIZE = 8, 120

_MATCH_CLOCK = re.compile(
    r"^(?P<minutes>\d{1,3}):\d{2}(?P<ampm>[ap]m)?\s*[:;]?\s+(?P<rest>\S.*)$", re.IGNORECASE
)
_NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<rest>\S.*)$")
_PLUS = re.compile(r"^\+{2,3}\s*(?P<rest>[^+\s].*?)(?:\s*\+{2,3})?$")
# A period and its game clock: "4. Viertel, 0.08: Die Chiefs …", "2. Drittel:"; a
# cricket ball: "14.6 overs (0 Run) A dot to end …".
_PERIOD = (
    r"(?:[1-4]\.\s?(?:Viertel|Drittel|Quarter|Halbzeit|Satz)(?:,?\s*\d{1,2}[.:]\d{2})?"
    r"|\d{1,2}\.[0-6]\s?overs?)"
)
_MINUTE = re.compile(
    # The word may stand first: "Minute 88 –", "Minute 90+ –".
    rf"^(?:{_PERIOD}|(?:Minute\s(?=\d))?(?P<minute>1[0-2]\d|\d{{1,2}})"
    # Stoppage time: "90.+3'", "90. +3. Minute", "90.+5 Minute", "90+".
    r"(?:'|\.?\s?\+\s?\d{1,2}(?:'|\.?\s?(?:Minute|Min\.)|\.(?=\s))?|\+(?=\s)|\.\s?(?:Minute|Min\.)(?:\s?\+\s?\d{1,2})?"
    r"|\s?(?:mins?|minutes?)\b|\.(?=:))?)"
    # A conference ticker names the match: "90. Minute + 6 (SCF - SVW): Schluss".
    r"(?:\s\([^()\n]{1,24}\))?"
    r"(?:\s*[:–-]\s+|\s+)(?P<rest>(?-i:[A-ZÄÖÜ\"„“«]).*)$",
    re.IGNORECASE,
)
# A minute marker with a sign that it is one (apostrophe, "+", "Minute", colon), which
# a sentence starting with a number does not have.
_MARKED_MINUTE = re.compile(
    rf"^(?:{_PERIOD}|Minute\s\d{{1,3}}|\d{{1,3}}(?:'|\.?\s?\+|\.\s?(?:Minute|Min\.)|\s?(?:mins?|minutes?):|\.?:\s))",
    re.I,
)


# A line drawn with three or more signs and nothing else: "++++", "***", "* * *", "———".
_RULE = re.compile(r"^(?:[^\w\s|] ?){3,}$")  # ("|---|" is a table's)
# A match minute alone on its line ("1.", "45'", "90.+3'"), the entry's text below it.
_LONE_MINUTE = re.compile(r"^(?:1[0-2]\d|\d{1,2})(?:\.|'|\.?\s?\+\s?\d{1,2}'?|\.\s?Minute)$")


# Every marker but "+++" and "Minute 88 –" opens with a digit; a line that does not is
# asked no expression.
# Nor is a plain time of day ("21:15 Uhr", "9:05"), the line that most tickers open each
# entry with and that no marker's expression takes (a match clock needs text after it).
_PLAIN_CLOCK = re.compile(r"\d{1,2}:\d{2}(?: Uhr)?")


def marker_lines(texts: list[str], indices: Iterable[int] | None = None) -> dict[int, str]:
    """{line index: text} of the lines (all, or those at `indices`) a marker's expression
    may match, read once for the passes below."""
    chosen = enumerate(texts) if indices is None else ((index, texts[index]) for index in indices)
    return {
        index: text
        for index, text in chosen
        if (text[:1].isdigit() or text.startswith("Minute ")) and not _PLAIN_CLOCK.fullmatch(text)
    }


def is_lone_minute(text: str) -> bool:
    return len(text) <= 12 and text[:1].isdigit() and bool(_LONE_MINUTE.match(text))


def ticks_minutes(texts: list[str]) -> bool:
    """Minutes ticked alone on their lines ("5'", "4'", "3'"), again and again: a match's
    posts, even where no blank line parts them from the text below."""
    ticked = sum(text[-1:] == "'" and is_lone_minute(text) for text in texts)
    return ticked >= MIN_REPEATS


def plus_rest(text: str) -> str | None:
    """The text of a "+++ …" line, or None."""
    match = _PLUS.match(text) if text.startswith("++") else None
    return match["rest"] if match else None


def minute_rest(text: str, dotted: bool = False) -> str | None:
    """The text after a match-minute marker ("90.+3: Tor"), or None; dotted: the page
    writes its minutes with a full stop ("89. In der Schlussphase …")."""
    if not (text[:1].isdigit() or text[:7] == "Minute "):
        return None
    match = _MINUTE.match(text) or (_DOTTED_MINUTE.match(text) if dotted else None)
    return match["rest"] if match else None


# "90+3. Schlusspfiff.": stoppage time with a full stop, which no numbered list writes.
_DOTTED_STOPPAGE = re.compile(r"^\d{2,3}\s?\+\s?\d{1,2}\.\s")
_DOTTED_MINUTE = re.compile(r"^(?:1[0-2]\d|\d{1,2})\.\s+(?P<rest>[A-ZÄÖÜ\"„“«].*)$")


def writes_dotted_minutes(led: dict[int, str]) -> bool:
    """Whether a page of minutes writes them with a full stop: its stoppage time says so."""
    return any(_DOTTED_STOPPAGE.match(text) for text in led.values())


def uses_minute_markers(led: dict[int, str]) -> bool:
    """Whether a page opens its entries with match minutes: several lines (of marker_lines),
    either some clearly marked as minutes or all in the order of a match (either way)."""
    matches = [match for text in led.values() if (match := _MINUTE.match(text))]
    if len(matches) < MIN_REPEATS:
        return False
    if any(_MARKED_MINUTE.match(match.string) for match in matches):
        return True
    minutes = [int(match["minute"]) for match in matches]
    return minutes == sorted(minutes) or minutes == sorted(minutes, reverse=True)


# The label under each post a live page edited (the Guardian's "Updated"): where that
# post ends, on a page that sets its paragraphs apart even when it stands there once.
EDITED_LABEL = "Updated"


def separator_lines(texts: list[str], blank_before: list[bool] | None = None) -> set[str]:
    """Short lines the page repeats between its entries ("-", "vor Beginn", "(pma)",
    "• Artikel mit Video-Inhalten"), and rules drawn with signs ("++++", "* * *"), which
    say nothing but where one block ends: twice is enough for them (once may only close
    the page's head). With the lines' blank_before, the edited post's label as well."""
    counts = Counter(text for text in texts if len(text) <= MAX_SEPARATOR_LENGTH)
    repeated = {
        text
        for text, count in counts.items()
        if count >= MIN_REPEATS or (count == 2 and _RULE.match(text))
    }
    if EDITED_LABEL in counts and blank_before and _label_apart(texts, blank_before):
        repeated.add(EDITED_LABEL)
    return repeated - _numbered_labels(repeated, counts) if repeated else repeated


def _label_apart(texts: list[str], blank_before: list[bool]) -> bool:
    """Whether the edited post's label stands apart between two paragraphs: a page whose
    posts follow line after line reads each line as a post without it, and a label
    closing the paste closes nothing."""
    return any(
        text == EDITED_LABEL and blank_before[index] and blank_before[index + 1]
        for index, text in enumerate(texts[:-1])
    )


_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]{2}")


def _numbered_labels(repeated: set[str], counts: Counter[str]) -> set[str]:
    """Repeated short lines of one shape with others counting on ("LAP 1/50" beside "LAP
    11/50", "LAP 8/50"): the headlines of a race's posts, no rules between entries."""
    # (A word and a number: bare numbers, times and match minutes are rules of their own.)
    numbered = [text for text in repeated if _DIGITS.search(text) and _WORD.search(text)]
    if not numbered:
        return set()
    # Only lines opening as a repeated one does can share its shape (asked before the shape).
    openings = {text[: digit.start()] for text in numbered if (digit := _DIGITS.search(text))}
    shapes: dict[str, list[str]] = {}
    for text in counts:
        digit = _DIGITS.search(text)
        if digit is not None and text[: digit.start()] in openings:
            shapes.setdefault(_DIGITS.sub("0", text), []).append(text)
    return {text for family in shapes.values() if len(family) >= MIN_REPEATS for text in family}


# A race's lap or a fight's round opening a post: "Lap 35/71 Mercedes are …", "Runde 13
# von 61: Hamilton …", "5. Runde: Pulev kann viel einstecken."
_LAP = re.compile(
    r"(?:(?:Lap|Runde|Round)\s\d{1,3}(?:/\d{1,3}|\s(?:of|von)\s\d{1,3})?|\d{1,2}\.\sRunde)"
    r":?\s+(?=\S)",
    re.IGNORECASE,
)


def lap_entries(texts: list[str]) -> dict[int, str]:
    """Posts opened by a race's lap or a fight's round again and again: {line index: the
    line}, the lap kept in the post's text as the page writes it."""
    found = {
        index: text
        for index, text in enumerate(texts)
        if (text[:1] in "LR" or text[:1].isdigit()) and _LAP.match(text)
    }
    return found if len(found) >= MIN_REPEATS else {}


def opens_with_post_number(text: str) -> bool:
    """Whether a line opens with a post's number ("1. Our live coverage across the day")."""
    return _NUMBERED.match(text) is not None


def numbered_entries(led: dict[int, str], blank_before: list[bool]) -> dict[int, str]:
    """Numbered entries ("1. Goodbye for now") among marker_lines: {line index: headline}.

    Their numbers count up or down one by one through the page, each standing apart from
    the line below it, mostly with body text between them; a numbered list inside an entry
    has its items on consecutive lines instead, a menu ("2. Bundesliga") its labels.
    """
    numbered = {index: match for index, text in led.items() if (match := _NUMBERED.match(text))}
    last = len(blank_before) - 1
    # Items of a list sit on consecutive lines; an entry's number stands alone.
    found = {
        index: match
        for index, match in numbered.items()
        if not (index - 1 in numbered and not blank_before[index])
        and (index == last or blank_before[index + 1])
    }
    indices = list(found)
    numbers = [int(found[index]["number"]) for index in indices]
    if len(numbers) < 2:
        return {}
    steps = {b - a for a, b in zip(numbers, numbers[1:], strict=False)}
    apart = sum(b - a > 1 for a, b in zip(indices, indices[1:], strict=False))
    if len(steps) != 1 or steps.pop() not in (1, -1) or apart * 2 < len(indices) - 1:
        return {}
    return {index: match["rest"] for index, match in found.items()}


# "Over 20 | Text", "RESULT | Text": a short label, a bar, the entry's text.
_LABELLED = re.compile(r"^(?P<label>[^\s|][^|]{0,19}?)\s+\|\s+(?P<rest>[^|\s].*)$")


_HEADLINE_AFTER_LABEL = 100
_SENTENCE_ENDS = ".!?:…\"“”'’)"

# "AUS 99/1 in 9 overs: Axar returns.", "84-80, LA. 1:10 left: Kobe hits …": a short label
# with a score or count, a colon, the entry's text.
_SCORED = re.compile(
    r"^(?P<label>(?:(?!:\s)[^|]){0,24}\d(?:(?!:\s)[^|]){0,24}):\s+"
    r"(?P<rest>[A-ZÄÖÜ\"„“‘'].*)$"
)


# A post's own label: "Update: And that's a wrap!", "UPDATE: The EFF has blasted …".
_UPDATE_LABELLED = re.compile(
    r"^(?P<label>update|nachtrag|aktualisierung)\s?:\s+(?P<rest>\S.*)$", re.IGNORECASE
)

# A cricket over's number before its score ("16th over: England 43-3 (Ballance 16, Root
# 0) …"): where the post stands in the game, kept in its text as the page keeps it.
_OVER_LABEL = re.compile(r"\d{1,3}(?:st|nd|rd|th) over\b", re.IGNORECASE)

# A live page's label over each post: "Mumbai Rains LIVE: The IMD has issued …".
_LIVE_LABELLED = re.compile(r"^(?P<label>[^:]{2,40}?\blive):\s+(?P<rest>\S.*)$", re.IGNORECASE)


# A headline run into its paragraph, as pages without times print posts: "Senat berät
# über Ehe für alle: Am Freitag stimmt der Bundesrat …" (three words at least: "Merkel:"
# or "Fazit:" label a quotation or a summary).
_RUN_IN = re.compile(
    r"^(?P<label>[A-ZÄÖÜ][^\s:]*(?: [^\s:]+){2,11}):\s+(?P<rest>[A-ZÄÖÜ\"„“«].{78,}[.!?\"“”])$"
)


def labelled_entries(texts: list[str]) -> dict[int, str]:
    """Entries each opened by a short label and a bar ("Over 20 | 2 from one ball…"), a
    score and a colon ("AUS 99/1 in 9 overs: …"), an update's label ("Update: …") or the
    live page's own ("Mumbai Rains LIVE: …"), on a page without times: {index: text
    after the label}; a page must use them again and again, since one bar or colon may
    stand in any line (an update's label twice: it says it opens a post)."""
    for pattern, words, repeats in (
        (_UPDATE_LABELLED, 1, 2),
        (_LABELLED, 3, MIN_REPEATS),
        (_SCORED, 6, MIN_REPEATS),
        (_LIVE_LABELLED, 5, MIN_REPEATS),
        (_RUN_IN, 12, MIN_REPEATS),
    ):
        found = {}
        for index, match in enumerate(map(pattern.match, texts)):
            if match and pattern is _RUN_IN:
                if not _introduces_a_quotation(match["label"]):
                    found[index] = match.string  # the headline stays the start of its text
            elif match and len(match["label"].split()) <= words:
                heads = _heads_its_post(match["rest"])
                if heads and pattern is _LIVE_LABELLED:
                    continue  # "Apple event - live: We're off!": a headline, read as one
                kept = heads or _OVER_LABEL.match(match["label"]) is not None
                found[index] = match.string if kept else match["rest"]
        if len(found) >= repeats:
            return found
    return {}


_SPEAKING = frozenset(verb.lower() for verb in LEXICON.speech_verbs)


def _introduces_a_quotation(label: str) -> bool:
    """ "South Wales Police said on Facebook:": who speaks, no headline."""
    return any(word.lower() in _SPEAKING for word in label.split())


def _heads_its_post(rest: str) -> bool:
    """Whether what follows a label is a short line with words and no sentence's end
    ("Third set | FEDERER 6, Djokovic 6", "Round 1, Pick 32: Kansas City – …"): the post's
    headline, label and all, its text below; a sentence after the label is the post's
    text, the label (a score, a clock) its marker."""
    return (
        len(rest) <= _HEADLINE_AFTER_LABEL
        and rest[-1] not in _SENTENCE_ENDS
        and any(map(str.isalpha, rest))
    )


# A desk's label in capitals before each time ("NSW UPDATE 18.15pm: …", "VIC UPDATE …").
_CAPITALS_BEFORE_TIME = re.compile(
    r"^[A-ZÄÖÜ]{2,}(?: [A-ZÄÖÜ]{2,}){0,2} (?=\d{1,2}[.:]\d{2}\b|\d{1,2}[.:]\d{2}[ap]m)"
)


def times_after_capitals(texts: list[str]) -> dict[int, str]:
    """Lines opened by a label in capitals and a time, again and again on the page:
    {index: the line from its time on}. One such line may be a headline in capitals."""
    found = {
        index: text[match.end() :]
        for index, text in enumerate(texts)
        if text[1:2].isupper() and (match := _CAPITALS_BEFORE_TIME.match(text))
    }
    return found if len(found) >= MIN_REPEATS else {}


# A heading of a game's period ("Second quarter", "2. Viertel"): the clocks below it count
# the period down, they are no times of day.
_PERIOD_HEADING = re.compile(
    r"^(?:(?:First|Second|Third|Fourth|1st|2nd|3rd|4th) (?:quarter|half|period)"
    r"|[1-4]\.\s?(?:Viertel|Drittel|Halbzeit))$",
    re.IGNORECASE,
)


def _periods_over_clocks(found: dict[int, re.Match[str]], texts: list[str]) -> bool:
    """Whether the page heads its clocks with the game's periods; where a dash follows
    every clock ("10:16 — So ... wow.", under "Fourth Quarter"), a blog gives its times of
    day (a match's clock is followed by a colon or its text: "5:05: Chiefs 10, 49ers 10")."""
    if all(match["rest"][:1] in "—–" for match in found.values()):
        return False
    return any(len(text) <= 20 and _PERIOD_HEADING.match(text) for text in texts)


def match_clock_entries(led: dict[int, str], texts: list[str]) -> dict[int, str]:
    """Entries opened by a match clock ("1:26: Erste Ecke", "65:59: Chance") among the
    marker_lines of the texts: {index: text}.

    Minutes and seconds look like a time of day; the page shows they are not when some
    of them could not be one ("65:59") or when it heads them with the game's periods
    ("Second quarter"). Then none of them is read as a time.
    """
    found = {
        index: match
        for index, text in led.items()
        if (match := _MATCH_CLOCK.match(text))
        and (not match["ampm"] or int(match["minutes"]) > 12)
        and match["rest"][:3].lower() != "uhr"  # "02:15 Uhr: …" names a time of day
    }
    # "24:00" is midnight, no match clock.
    impossible = any(
        int(match["minutes"]) > 23 and not match.group(0).startswith("24:00")
        for match in found.values()
    )
    if len(found) < MIN_REPEATS or not (impossible or _periods_over_clocks(found, texts)):
        return {}
    return {index: match["rest"] for index, match in found.items()}


def commentary_blocks(texts: list[str], blank_before: list[bool]) -> list[int]:
    """The blocks of a commentary without times, each an entry: many short blocks of a
    sentence or two ("Agu sieht noch Gelb."), where an article's paragraphs run longer."""
    last = len(texts) - 1
    blocks = [
        index
        for index in range(len(texts))
        if (index == 0 or blank_before[index]) and (index == last or blank_before[index + 1])
    ]
    if len(blocks) < _COMMENTARY_BLOCKS or len(blocks) * 4 < len(texts) * 3:
        return []
    sizes = sorted(len(texts[index]) for index in blocks)
    return blocks if sizes[len(sizes) // 2] <= _COMMENTARY_BLOCK_SIZE else []
