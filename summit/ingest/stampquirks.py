"""How pages write a time line oddly, undone before the line is read (dates.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from summit.ingest.datewords import FULL_WEEKDAYS, MONTH_ALTERNATION
from summit.ingest.pageclocks import BULLETS
from summit.ingest.shapes import is_author_name
from summit.ingest.zones import ZONE_ALTERNATION

# "23:45 HKT [11:45 EDT] Text", "10.36 pm IST (5.06 pm GMT) - Text": the same time in a
# second zone, in brackets.
_SECOND_ZONE = re.compile(
    r" (?<=[A-Z\d] )(?:\[{0}\]|\({0}\))".format(r"\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.? ?)?[A-Z]{2,5}")
)
# "10am EST, 6pm EAT", "2 p.m. PT/5 p.m. ET": the same time in a second zone, listed.
_LISTED_SECOND_ZONE = re.compile(
    rf"^(\d{{1,2}}(?:[:.]\d{{2}})? ?(?:[ap]\.?m\.? ?)?(?:{ZONE_ALTERNATION}))"
    rf"(?:, ?| ?/ ?)\d{{1,2}}(?:[:.]\d{{1,2}})? ?(?:[ap]\.?m\.? ?)?(?:{ZONE_ALTERNATION})\b"
)
# "8:53: P.M. PST: Text": a stray colon before am/pm.
_COLON_BEFORE_HALF = re.compile(r"^(\d{1,2}[:.]\d{2}): (?=[AaPp]\.?[Mm]\b)")
# "20:00 Uhr (22. Sep. 2013)": the day in brackets after the time.
_BRACKETED_DAY = re.compile(r" \((\d{1,2}\. ?(?:\d{1,2}\.|[^\W\d]{3,9}\.?) ?(?:\d{4})?)\)$")
# "08: 37 Uhr: Text", "17. 44 Uhr - Text", "7: 58 p.m. - Text": a space slipped in after
# the hour's colon or dot, where "Uhr" or the half of the day after it shows a time.
_SPACED_CLOCK = re.compile(r"^([01]?\d|2[0-3])[:.] ([0-5]\d) ?(?=Uhr\b|[ap]\.?m\b)", re.IGNORECASE)
# "February 4, 20184:50 PM": the year and the time run together.
_YEAR_GLUED_TO_TIME = re.compile(r"(?<=, )((?:19|20)\d{2})(\d{1,2}:\d{2})")
# "June 19, 2023 16:104ENG 90/3 in 19 overs", "June 16, 2023 22:54Aus 13/0": after a full
# date, the time glued to the post's title, a ball's badge between them ("4", "W", "100").
_TITLE_GLUED_AFTER_DATED_CLOCK = re.compile(
    r"(?<=, (?:19|20)\d{2} )(\d{1,2}:\d{2})(?:\d{1,3}|W(?=[A-Z]{2}))?(?=[A-Z])"
)
# "21:07And there we must leave it.", "9.04amTV presenters …": the time glued to the text
# it opens; "24.9., 09:06Anita Zielina": to its author, after its day; "24.07.2016, 01:04
# UhrWir beenden …": after its "Uhr"; "21:45\"It's a tough situation": to a quote.
_GLUED_TEXT = re.compile(
    r"^((?:\d{1,2}\.\d{1,2}\.(?:\d{4})?, )?\d{1,2}:\d{2}(?: Uhr)?"
    r"(?=[A-ZÄÖÜ][a-zäöüß]|[\"“„][A-ZÄÖÜ])"
    r"|\d{1,2}(?:[:.]\d{2})?[ap]m(?=[A-ZÄÖÜ]))"
)
# "Montag (24. Juni), 10.20 Uhr: Text": the day in brackets after its weekday.
_BRACKETED_DATE = re.compile(rf"^((?i:{FULL_WEEKDAYS})) \((\d{{1,2}}\. ?[^\W\d]{{3,9}}\.?)\),")
_NAME_WORD = r"[A-ZÄÖÜ](?:[^\W\d_]|['’-])+"  # (no digit: "White28" is a name and a day)
# "Jolie O'Dell May 15, 2013 12:31 pm": a post signed before its day and time; the name
# goes after them ("May 15, 2013 12:31 pm Jolie O'Dell"), where a signed time has it.
# Or before the clock alone, to the second (a headline gives no seconds): "Kevin C. Tofel
# 11:39:53 am".
_SIGNED_BEFORE = re.compile(
    rf"^({_NAME_WORD}(?: (?:{_NAME_WORD}|[A-Z]\.)){{1,2}})"
    rf" (?=(?:{MONTH_ALTERNATION})\.? \d|\d{{1,2}}\.? ?(?:{MONTH_ALTERNATION})|\d{{1,2}}/\d{{1,2}}/\d{{2,4}} "
    r"|\d{1,2}:\d{2}:\d{2}(?: ?[ap]\.?m\.?)?$)"
    # Glued to its day: "Adam White28 March 2022 03:00".
    rf"|^({_NAME_WORD}(?: {_NAME_WORD}){{1,2}})(?=\d{{1,2}} (?:{MONTH_ALTERNATION}) \d{{4}} )",
    re.IGNORECASE,
)
_ENDS_WITH_CLOCK = re.compile(r"\d[:.]\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?$", re.IGNORECASE)
# "11:00 hrs IST Text": the hours' word after a clock, as "Uhr" stands after a German one.
_HOURS_WORD = re.compile(r"^(\d{1,2}[:.]\d{2}) hrs\b")
# The clock before its day, parted by a dash: "4:41:05 pm - Fri 22 Feb".
_CLOCK_DASH_DAY = re.compile(
    r"^(\d{1,2}:\d{2}(?::\d{2})? ?[ap]\.?m\.?) - (?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,? \d)",
    re.IGNORECASE,
)
# The clock before its day, parted by bars: "12:44 | 22.04.2018 | Karl Oberascher …".
_CLOCK_BEFORE_DATE = re.compile(r"^(\d{1,2}:\d{2}) \| (\d{1,2}\.\d{1,2}\.\d{4}) \| ")
# A match minute after a clock ("20:53, 69'", "21:40 90+3'"): the clock is the time.
_MINUTE_TAIL = re.compile(r"(?<=\d)\s*[,|]?\s+\d{1,3}(?:\s?\+\s?\d{1,2})?['’]$")


# "Update (11/13/15 15:43 PST):": an update's full date and time in brackets.
_UPDATE_IN_BRACKETS = re.compile(r"(Updated?) \((\d[^()]{3,40})\):?$")
# "Leipzig, 22.00 Uhr: Laut Polizei …": the place before the time, a dateline after it.
_PLACE_BEFORE_CLOCK = re.compile(
    # "Donnerstag, 20.24 Uhr:" names the day, "Update, 19.43 Uhr:" labels the post.
    rf"(?!(?i:{FULL_WEEKDAYS}|heute|gestern|update|updated|aktualisierung|nachtrag)\b)"
    # (Alone on its line over the post, "Grünau/Wendenschloss, 21.20 Uhr", as well.)
    r"([A-ZÄÖÜ][\w./-]+(?: [A-ZÄÖÜ][\w./-]+){0,2}), (\d{1,2}[.:]\d{2} Uhr)(?:: (?=\S)|$)"
)
# An update's label around its clock, as US pages print it: "[Update 9:31 a.m. Sunday] Text",
# "[Breaking news update, posted at 5:02 p.m. ET]", "Original post (7:34 PM): Text".
_CLOCK_WORDS = (
    rf"(\d{{1,2}}(?:[:.]\d{{2}})? ?[ap]\.?m\.?|\d{{1,2}}:\d{{2}})( (?-i:{ZONE_ALTERNATION})\b)?"
)
_LABEL_WORDS = r"(?:breaking news update|update|updated|previous version|original post)"
_LABELLED_CLOCK = re.compile(
    rf"(?:\[{_LABEL_WORDS},?(?: (?:posted|published))?(?: at)? {_CLOCK_WORDS}"
    rf"(?: ({FULL_WEEKDAYS}))?\]|{_LABEL_WORDS} \({_CLOCK_WORDS}\):) ?",
    re.IGNORECASE,
)
# "11:50 a.m. update:" alone on its line, the label after the clock; or before the post's
# title: "2.45pm update: FTSE down on Tuesday".
_CLOCK_THEN_LABEL = re.compile(rf"{_CLOCK_WORDS} update(?::?$|: (?=\S))", re.IGNORECASE)
# "* * *Update: 12:38 a.m. PST:": a break between posts glued to the label after it.
_GLUED_BREAK = re.compile(r"\* ?\* ?\* ?(?=update)", re.IGNORECASE)
# "• 24 Uhr", "• 2140:": a time alone after a bullet, in a bulleted list of posts.
_BULLETED_TIME = re.compile(r"\d{1,2} Uhr|(?:[01]\d|2[0-3])[0-5]\d:")
_SPACE_BEFORE_COLON = re.compile(rf"(?:[{BULLETS}] )?(\d{{1,2}}) :(\d{{2}})")

# "Power back in the north | 12:30 a.m. Thursday": the post's title, then its time (not a
# day before the bar: "Friday Oct 04 2024 | 09:33 AM").
_TIME_AFTER_TITLE = re.compile(
    rf"(\S.{{2,120}}?)(?<!\d{{4}}) \| (\d{{1,2}}:\d{{2}} ?[ap]\.?m\.?(?: (?:{FULL_WEEKDAYS}))?)",
    re.IGNORECASE,
)

# A day and month without the dot after the month, before a semicolon and a clock.
_DAY_WITHOUT_DOT = re.compile(r"(?<![\d.])(\d{1,2}\.\d{1,2})(?=; \d{1,2}[:.]\d{2}\b)")

# "Midnight: With 95% of the votes counted, …": the hour named by its word, as a post's time.
_NAMED_HOUR = re.compile(r"(Midnight|Noon|MIDNIGHT|NOON)(?=:\s|\s[-–—]\s)")
_NAMED_HOURS = {"midnight": "12:00 a.m.", "noon": "12:00 p.m."}

# A post's age before its clock, as live pages print both: "3m ago 07.36", "now 07.39".
_AGE_BEFORE_CLOCK = re.compile(r"(?:now|\d{1,3}[smhd] ago) (\d{1,2})[.:](\d{2}) ")


def undone_quirks(line: str) -> str:
    """The line with its odd ways of writing a time undone (each test is cheap first)."""
    line = line.strip()
    if line[:1] in BULLETS and _BULLETED_TIME.fullmatch(line, 2):
        line = line[2:]  # "• 24 Uhr": a bullet before an hour, which dateparser takes for a day
    if " :" in line[:6] and (spaced := _SPACE_BEFORE_COLON.fullmatch(line)):
        line = f"{spaced[1]}:{spaced[2]}"  # "• 18 :44": a space slipped in before the colon
    if " ago / " in line:  # "692d ago / 6:45 AM UTC": the clock stays right, "ago" ages
        line = line.partition(" ago / ")[2]
    if line[:1] in "MN" and (named := _NAMED_HOUR.match(line)):
        line = _NAMED_HOURS[named[1].lower()] + line[named.end() :]  # "Midnight: Text"
    if line[:1] in "n0123456789" and (aged := _AGE_BEFORE_CLOCK.match(line)):
        line = f"{aged[1]}:{aged[2]} {line[aged.end() :]}"  # "3m ago 07.36 …": the clock
    if line[:1].isdigit() and ("," in line[:24] or "/" in line[:24]):
        line = _LISTED_SECOND_ZONE.sub(r"\1", line, count=1)
    if "[" in line or "(" in line:
        line = _SECOND_ZONE.sub("", line, count=1)
        if line[:1] == "U" and (label := _UPDATE_IN_BRACKETS.match(line)):
            line = f"{label[1]} {label[2]}:"  # "Update (11/13/15 15:43 PST):"
    if (
        line[:1] in "[*"
        or line[-7:].lower() in (" update", "update:")
        or " (" in line[:20]
        or (line[:1].isdigit() and " update: " in line[:20].lower())
    ):
        line = _update_label_undone(line)
    if " | " in line and line[-1:] in "mMy." and (titled := _TIME_AFTER_TITLE.fullmatch(line)):
        line = f"{titled[2]}: {titled[1]}"
    if ", " in line[:32] and " Uhr" in line[:48] and (placed := _PLACE_BEFORE_CLOCK.match(line)):
        rest = line[placed.end() :]  # "Leipzig, 22.00 Uhr: …"
        line = f"{placed[2]}: {placed[1]}" + (f" - {rest}" if rest else "")
    # The quirks of a clock opening the line; what the others undo stands after its start.
    clock_first = line[:1].isdigit()
    if clock_first and (": " in line[1:4] or ". " in line[1:4]):
        line = _once(_SPACED_CLOCK, r"\1:\2 ", line)
    if clock_first and ": " in line[3:7]:
        line = _once(_COLON_BEFORE_HALF, r"\1 ", line)
    if line.endswith(")"):
        line = _bracketed_day_undone(line)
    if ", 20" in line or ", 19" in line:
        line = _once(_YEAR_GLUED_TO_TIME, r"\1 \2", line)
        line = _once(_TITLE_GLUED_AFTER_DATED_CLOCK, r"\1 ", line)
    if clock_first and (":" in line[1:3] or "m" in line[1:7] or ", " in line[3:12]):
        line = _once(_GLUED_TEXT, r"\1 ", line)
    if "), " in line[8:30] and (bracketed := _BRACKETED_DATE.match(line)):
        line = f"{bracketed[1]}, {bracketed[2]},{line[bracketed.end() :]}"  # "Montag (24. Juni),"
    if clock_first and " - " in line[4:14]:
        line = _once(_CLOCK_DASH_DAY, r"\1, ", line)
    if clock_first and " | " in line[3:8]:
        line = _once(_CLOCK_BEFORE_DATE, r"\2 \1 | ", line)
    if clock_first and " hrs" in line[3:9]:
        line = _once(_HOURS_WORD, r"\1", line)
    if "; " in line[3:14]:
        line = _once(_DAY_WITHOUT_DOT, r"\1.", line)  # "Update 19.5; 16:00": the day's dot
    if line.endswith(("'", "’")):
        line = _MINUTE_TAIL.sub("", line)
    # Only a digit, "m" or "m." ends a time: sentences ending with "." are passed over.
    last = line[-1:]
    if not clock_first and (last in "0123456789mM" or (last == "." and line[-2:-1] in "mM")):
        line = _signature_after_time(line)
    return line


def _update_label_undone(line: str) -> str:
    """An update's label around its clock made the clock that opens the line ("[Update
    9:31 a.m. Sunday] Text" reads "Sunday, 9:31 a.m.: Text"); other lines as they are."""
    line = _GLUED_BREAK.sub("", line, count=1)
    if trailing := _CLOCK_THEN_LABEL.match(line):
        return f"{trailing[1]}{trailing[2] or ''}: {line[trailing.end() :]}".rstrip()
    label = _LABELLED_CLOCK.match(line)
    if label is None:
        return line
    clock, zone, weekday = label[1] or label[4], label[2] or label[5] or "", label[3]
    stamp = f"{weekday}, {clock}{zone}" if weekday else f"{clock}{zone}"
    rest = line[label.end() :]
    return f"{stamp}: {rest}" if rest else stamp


def _signature_after_time(line: str) -> str:
    if not _ENDS_WITH_CLOCK.search(line[-13:]):
        return line
    match = _SIGNED_BEFORE.match(line)
    name = (match[1] or match[2]) if match else ""
    if match is None or not is_author_name(name):
        return line
    return f"{line[match.end() :]} {name}"


def _once(pattern: re.Pattern[str], template: str, line: str) -> str:
    """pattern.sub(template, line, count=1), asked first: a template with groups sends
    every sub through Python code, matched or not, and most lines match none."""
    match = pattern.search(line)
    if match is None:
        return line
    return line[: match.start()] + match.expand(template) + line[match.end() :]


def _bracketed_day_undone(line: str) -> str:
    """The day in brackets at the end: it holds no bracket, so it can only open at the
    last " (", with a digit and a dot after one or two digits ("Titel (3)" is asked nothing)."""
    start = line.rfind(" (")
    if start < 0 or not line[start + 2 : start + 3].isdigit():
        return line
    if "." not in line[start + 3 : start + 5]:
        return line
    match = _BRACKETED_DAY.match(line, start)
    return line if match is None else f"{line[:start]}, {match[1]}"


# "2. Lib Dems hold Shetlandpublished at 16:16 British Summer Time 7 May 2021": a post's
# number, title and time glued on one line (BBC live pages). The time opens the post.
_TIME_GLUED_AFTER_TITLE = re.compile(
    # (Not an update's label in brackets: "[Previous version, published at 4:31 p.m. ET]".)
    r"(?m)^([ \t]*)(?:\d{1,3}\.[ \t]+)?([^\s\[][^\n]*?)[ \t]?published at (\d{1,2}:\d{2})"
    r"(?: (British Summer Time|Greenwich Mean Time|[A-Z]{2,4}))?([^\n]*)$"
)
_ZONES_SPELT_OUT = {"British Summer Time": "BST", "Greenwich Mean Time": "GMT"}


# "Oscar for Best Score6:26 PM:", "+++ Neue Pegelstände +++09:15 Uhr": a post's title,
# its time glued to its end (no space between; after the bars a space may stand), alone on
# the line above the post's text.
_CLOCK_ENDING_TITLE = re.compile(
    r"(?m)^([ \t]*)(\S[^\n]*?(?:[^\W\d_]|[?!.'’\")]|\+\+\+ ?))"
    r"(\d{1,2}:\d{2}(?: ?[AP]M| Uhr)):?[ \t]*$"
)
# Where such a title may end, from the colon of its clock: a search goes from colon to
# colon at C speed, where an expression opening with a digit is tried at every character
# (the digit before the colon is asked after).
_CLOCK_ENDING_LINE = re.compile(r"(?m):\d{2}(?: ?[AP]M| Uhr):?[ \t]*$")


def times_glued_after_titles_moved(text: str, published: bool) -> str:
    """Each "Titlepublished at 16:16 British Summer Time 7 May 2021" line made two: the
    time (its zone as a label) above the title, where a post's time opens it; published:
    whether the text holds "published at ". Likewise "Title6:26 PM:", where a page's
    titles end so again and again."""

    def time_above(match: re.Match[str]) -> str:
        indent, title, clock, zone, rest = match.groups()
        label = f" {_ZONES_SPELT_OUT.get(zone, zone)}" if zone else ""
        return f"{indent}{clock}{label}{rest}\n{indent}{title}"

    if published:
        text = _TIME_GLUED_AFTER_TITLE.sub(time_above, text)
    glued = filter(partial(_glued_to_text, text), _clocks_ending_lines(text))
    if next(glued, None) is None or next(glued, None) is None:
        return text  # under two such titles (most pages; the search stops at the second)
    return _CLOCK_ENDING_TITLE.sub(_clock_opening_title, text)


def _clocks_ending_lines(text: str) -> Iterator[int]:
    """Where each clock ending a line ("6:26 PM", "09:15 Uhr") stands: the digit before
    its colon (what \\d matches)."""
    for found in _CLOCK_ENDING_LINE.finditer(text):
        digit = found.start() - 1
        if digit >= 0 and text[digit].isdecimal():
            yield digit


def _glued_to_text(text: str, clock: int) -> bool:
    start = clock - (clock > 0 and text[clock - 1].isdigit())
    before = text[start - 1 : start]
    if before == " " and text[start - 4 : start - 1] == "+++":
        return True  # "+++ Das Wetter meldet sich +++ 8:15 Uhr": the bars end the title
    return bool(before) and not before.isspace() and not before.isdigit() and before not in ":."


def _clock_opening_title(match: re.Match[str]) -> str:
    """The time above its title; inside the bars of a title between them, as agency
    tickers write it ("+++ 09:15 Uhr: Neue Pegelstände +++")."""
    indent, title, clock = match.groups()
    if title.startswith("+++"):
        return f"{indent}+++ {clock}: {title[3:].strip()}"
    return f"{indent}{clock}\n{indent}{title}"
