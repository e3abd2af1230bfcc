"""Timestamps as tickers print them: a regex fast path for the common forms, dateparser behind it.

dateparser understands almost anything but costs about a millisecond a call (and much
more for the first), so a 10,000-entry paste could not afford it for every line. The
forms real tickers use are read here by regular expressions; dateparser, restricted to
the ticker's languages, only sees short lines that look like a date and that the fast
path could not read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

from django.utils.translation import gettext as _

from summit.ingest.agencies import CREDITED_AGENCY, LOWERCASE_AGENCIES
from summit.ingest.clocks import (
    PLAIN_CLOCK,
    clock_of,
    is_clock_line,
    lists_times,
    plain_clock_stamp,
)
from summit.ingest.datesieve import looks_dated, opens_like_stamp
from summit.ingest.datewords import (
    FULL_WEEKDAYS,
    MONTH_ALTERNATION,
    MONTHS,
    NUMBER_WORDS,
    UNIT_SECONDS,
    WEEKDAY_NAMES,
    WEEKDAY_NUMBERS,
    days_back,
    latest_on_weekday,
)
from summit.ingest.pageclocks import (
    DOTTED_CLOCK_ALONE,
    DOTTED_CLOCK_LINE,
    JOINED_CLOCK_LINE,
    joined_clock,
    page_clocks,
)
from summit.ingest.slowdates import read_slowly
from summit.ingest.stampquirks import undone_quirks
from summit.ingest.stamps import Stamp, impossible_stamp
from summit.ingest.zones import (
    ZONE_ALTERNATION,
    ZONE_WORDS,
    clock_zone,
    page_zone,
)

_WEEKDAY = rf"(?P<wday>{WEEKDAY_NAMES})\.?,?\s+"
_MONTH = rf"(?P<month>{MONTH_ALTERNATION})\.?"
_NUMERIC_DATE = r"(?P<day>\d{1,2})\.\s?(?P<mon>\d{1,2})\.(?:\s?(?P<year>\d{4}|\d{2})(?!:?\d))?"
_ISO_DATE = r"(?P<iyear>\d{4})-(?P<imon>\d{2})-(?P<iday>\d{2})"
_NAMED_DATE = rf"(?P<nday>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+{_MONTH}(?:\s+(?P<nyear>\d{{4}}))?"
_ENGLISH_DATE = (
    rf"(?P<emonth>{MONTH_ALTERNATION})\.?\s+"
    r"(?P<eday>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<eyear>\d{4}))?"
)
_US_DATE = r"(?P<umon>\d{1,2})/(?P<uday>\d{1,2})/(?P<uyear>\d{4}|\d{2})(?!\d)"
_DATE = rf"(?:{_WEEKDAY})?(?:{_NUMERIC_DATE}|{_ISO_DATE}|{_US_DATE}|{_NAMED_DATE}|{_ENGLISH_DATE})"
# A day word, or a weekday's full name before a time ("Samstag, 20.15 Uhr: …"): the last
# such day up to the reference.
_DAY_WORD = rf"(?P<dayword>heute|gestern|vorgestern|today|yesterday|{FULL_WEEKDAYS})"
_ZONE = rf"(?P<zone>{ZONE_ALTERNATION})"
_CLOCK = (
    # "0815 PM", "1403GMT": four figures run together when a meridiem or zone follows.
    r"(?P<hour>\d{1,2})(?:(?:(?P<hsep>[:.h])|(?=\d{2}\s?(?:[ap]\.?\s?m\b|GMT\b|UTC\b)))"
    r"(?P<minute>\d{2}))?"
    # Seconds after the same separator; "1:15:24.10" or "1:32.30" is a race time, no clock.
    r"(?:(?P=hsep)(?P<second>\d{2}))?(?![.,:]?\d)"
    # "am" or "AM", not the German "Am" of "18.03 Am Nachmittag".
    # "(3:42p)": a US shorthand, in brackets only.
    r"\s*(?P<ampm>(?-i:[ap]\.?\s?m\.?|[AP]\.?\s?M\.?|[ap](?=\))))?"
    r"(?:\s*(?P<uhr>Uhr|h)\b)?"
    # A zone by its name or its offset ("+0800", "GMT+8", as feeds print them).
    rf"(?:\s*(?:(?P<offset>[+-](?:0\d|1[0-4]):?[0-5]\d|(?:GMT|UTC)[+-]\d{{1,2}}(?::?[0-5]\d)?)(?!\d)"
    rf"|(?P<zopen>\()?{_ZONE}\b(?(zopen)\)))"
    r")?"
)
_PREFIX = (
    r"(?:(?:zuletzt\s+)?aktualisiert(?:\s+am)?:?|stand:?|update(?:\s+vom|\s+at|\s+@|\s+um|\s+[-–—])?[:,]?"
    r"|updated?\s+as\s+of|updated(?:\s+at)?:?"
    r"|last\s+updated:?|posted(?:\s+at)?:?|veröffentlicht(?:\s+am)?:?|date:?|datum:?)\s*"
)
# (A colon after the day: "+++ 11.11.2023: 16.47 Uhr +++"; a semicolon: "26.09.; 19 Uhr".)
_JOINER = r"(?:\s*[,;·|•–-]\s*|:\s+(?=\d{1,2}[:.]\d{2})|\s+um\s+|\s+at\s+|\s+)"
_SOURCE_TAIL = r"(?:\s*[·|•,–-]\s*(?:quelle|source|von|by):\s*(?P<source>[^·|•]{1,80}?))?"
# Agency tickers wrap a time line in "+++" ("+++ 20:48 Titel +++"), some in "++", "+" or "***".
_BAR = r"(?:\+{2,4}|\*{2,3})"
_PLUS = r"(?P<plus>(?:\+(?=\s)|" + _BAR + r")\s*)?"
_CLOSING_BAR = re.compile(rf"(?:(?:^|\s)\+|\s*{_BAR})\s*$")
# What follows a time on its line: after a separator (":", "-", "|", "+++", "Uhr.", "15:09- "), or
# straight after a space when it starts like a headline or sentence ("20:48 Titel"), or
# anything after the space when "+++" opened the line ("+++ 6:00 n-tv.de beendet …"). A
# separator may end the line: "18:02:" stands alone above its text.
_REST = (
    rf"(?:(?:\s*(?:[:|–—]|\s-|-(?=\s)|(?<=uhr)[.,]|(?<=m\.)-|{_BAR})\s*|\s+(?=(?-i:[A-ZÄÖÜ0-9\"„“«‚‘'(]))"
    # "17:35 , Luke Baker", "11pm / Ike Morris": a comma or slash before a signature.
    r"|\s?[,/]\s+(?=(?-i:[A-ZÄÖÜ]))"
    # "June 16, 2023 23:01AUS 14/0 in 4 overs": a title glued to the time.
    r"|(?<=\d)(?=(?-i:[A-ZÄÖÜ]{2}))"
    rf"|\s+(?=(?-i:{LOWERCASE_AGENCIES})\b)"  # "02.03.2015 11:45 dpa-AFX": the wire's credit
    r"|(?(plus)\s+|(?!)))(?P<rest>\S.*)?)?"
)

_ABSOLUTE = re.compile(
    rf"^{_PLUS}(?:{_PREFIX})?(?:{_DATE}|{_DAY_WORD})(?:{_JOINER}{_CLOCK})?{_SOURCE_TAIL}\s*{_REST}$",
    re.IGNORECASE,
)
# English pages put the time first: "1:09 p.m. ET, November 10, 2020".
_CLOCK_FIRST = re.compile(
    rf"^{_PLUS}(?:{_PREFIX})?{_CLOCK}\s*,?\s+(?:{_DATE}|{_DAY_WORD}){_SOURCE_TAIL}\s*{_REST}$",
    re.IGNORECASE,
)
# What _CLOCK_FIRST needs after its time: a digit after a space, or a day word.
_GAP_THEN_DIGIT = re.compile(r"\s\D*\d")
_DAY_WORD_ANYWHERE = re.compile(_DAY_WORD, re.IGNORECASE)
# A dateline's place between the bars and the time: "+++ Garmisch-Partenkirchen, 23.30 Uhr +++".
_BARRED_PLACE = r"(?(plus)(?:[A-ZÄÖÜ][\w-]{2,30}(?:[ /][A-ZÄÖÜ][\w-]{2,30})?,\s+)?)"
# A time in brackets before the text or under the headline: "(19.09 Uhr) Die …", "(Update 17:50)".
_CLOCK_ONLY = re.compile(
    rf"^{_PLUS}{_BARRED_PLACE}(?:{_PREFIX})?(?P<bracket>[(\[])?(?(bracket)(?:{_PREFIX})?)"
    rf"{_CLOCK}(?(bracket)[)\]]){_SOURCE_TAIL}\s*{_REST}$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"^(?:vor\s+(?P<n>\d+|einer?|einem|zwei|drei|vier|fünf|zehn)\s+(?P<unit>sekunden?|minuten?"
    r"|min\.?|stunden?|std\.?|tag(?:en)?|wochen?)"
    r"|(?P<en>\d+|an?|one|two|three|five|ten)\s*(?P<enunit>seconds?|minutes?|mins?|hours?|hrs?"
    r"|days?|weeks?|[hmd])\s+ago"
    r"|(?P<hrs>\d+)\s*(?:hrs?|hours?|h)\s+(?P<mins>\d+)\s*(?:mins?|minutes?|m)\s+ago"  # CNN's
    r"|(?P<now>gerade\s+eben|soeben|jetzt|just\s+now))$",
    re.IGNORECASE,
)
_SECTION_BEFORE_DATE = re.compile(
    r"[A-ZÄÖÜ][\wäöüß-]{2,24}? ?(?=\d{1,2}\.\d{1,2}\.(?:\d{4})?[ –-]+\d)"
    # A post's author handle before its date ("janedoe February 4, 2018 4:50 PM").
    r"|[\w.-]{3,30} (?=(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December) \d{1,2}, \d{4} \d)"
)
# A line opening with digits and a colon ("21:15 …") holds no date first: _ABSOLUTE is not asked.
_CLOCK_LED = re.compile(r"\d+:")
# Longer lines are text (regexes stay off paragraphs); dateparser sees none over the second.
MAX_STAMP_LENGTH, MAX_SLOW_LENGTH = 160, 60
# How a long line that is an entry's time and text opens: a digit, "+++", a time in
# brackets, a label and a date or weekday ("Update vom Samstag, 11. März, 7.11 Uhr: …"),
# a month and day ("Jul 25, 2018 9:08 pm (IST) PTI and …"), or a weekday and a time.
# (After a label, a time in brackets: "Update (8:10 PM): News outlets have …".)
_OPENS_WITH_TIME = re.compile(
    rf"[\d+*(\[]|{_PREFIX}(?:[(\[]?\d|{_WEEKDAY}|{MONTH_ALTERNATION})|(?:{MONTH_ALTERNATION})\.?\s\d{{1,2}}\b"
    rf"|(?:{FULL_WEEKDAYS}),?\s+\d",
    re.IGNORECASE,
)


# The fast path's answer for a line shaped like a clock that names no time of day.
_NO_TIME = Stamp("")


class DateReader:
    """Reads timestamp lines for one import: its languages, time zone and reference time."""

    def __init__(
        self,
        *,
        zone: tzinfo,
        reference: datetime,
        languages: tuple[str, ...] = ("de", "en"),
        dotted_clocks: bool = False,
        joined_clocks: bool = False,
    ) -> None:
        self.zone = zone
        self.reference = reference.astimezone(zone)
        self.languages = languages
        # Whether "18.10 Text" opens an entry with its time: the page does it again and again.
        self.dotted_clocks = dotted_clocks
        # Whether "2200: Text" opens an entry with its time (BBC minute-by-minutes).
        self.joined_clocks = joined_clocks

    def for_page(self, lines: list[str]) -> DateReader:
        """This reader for a page: in the zone the page names for its times, if it names
        one, and reading "18.10 Text" as a time where the page's entries open that way."""
        zone = page_zone(lines)
        dotted, joined = page_clocks(lines)
        if zone is None and not (dotted or joined):
            return self
        return DateReader(
            zone=zone or self.zone,
            reference=self.reference,
            languages=self.languages,
            dotted_clocks=dotted,
            joined_clocks=joined,
        )

    def read(self, line: str) -> Stamp | None:
        """The stamp this line consists of, or None when the line is text."""
        written = line
        if len(line) <= MAX_SLOW_LENGTH and not looks_dated(line):
            return None  # no digit, so no quirk to undo: a short line is text by this alone
        if PLAIN_CLOCK.fullmatch(line) and (plain := plain_clock_stamp(line)):
            return plain  # the commonest time line, "21:15 Uhr": no quirk is written so
        line = undone_quirks(line)
        if len(line) > MAX_STAMP_LENGTH:
            # A long line is text, unless it opens with a time ("18:08 Uhr Titel Text …").
            stamp = self._fast(line) if _OPENS_WITH_TIME.match(line) else None
            return stamp if stamp is not None and stamp.rest and stamp is not _NO_TIME else None
        short = len(line) <= MAX_SLOW_LENGTH
        # A short line the quirks left as it was (most) has passed that sieve above already.
        if not line or (short and line is not written and not looks_dated(line)):
            return None  # most short lines are text by this alone, whatever they open with
        opens = "0" <= line[:1] <= "9" or opens_like_stamp(line)
        if not (opens or short) or (not short and not looks_dated(line)):
            return None  # (the fast path does not read it, the slow path reads no longer line)
        stamp = self._fast(line) if opens else self._after_section(line)
        if stamp is _NO_TIME or (stamp is not None and lists_times(stamp.rest)):
            return None
        return stamp or self._slow(line)

    def _after_section(self, line: str) -> Stamp | None:
        """ "Politik 01.09.2015 18:34 Uhr": a section's name before an entry's full date and time."""
        # Its dates hold a dot ("01.09.2015") or a comma ("February 4, 2018"): most lines
        # that reach here, short headlines, hold neither and skip the expression.
        section = _SECTION_BEFORE_DATE.match(line) if "." in line or ", " in line else None
        stamp = self._fast(line[section.end() :]) if section else None
        return stamp if stamp and stamp.moment and not stamp.rest else None

    def resolve(self, stamp: Stamp, day: date | None) -> datetime | None:
        """The instant a stamp names, with `day` (the last day heading) for bare clock times."""
        if stamp.error:
            return None
        if stamp.moment is not None:
            return stamp.moment
        if stamp.clock is None:
            return None
        zone = stamp.zone or self.zone
        if stamp.day is not None:
            return datetime.combine(stamp.day, stamp.clock, zone)
        if day is not None:
            return datetime.combine(day, stamp.clock, zone)
        # No day given anywhere: the latest such time not after "now".
        today = self.reference.astimezone(zone).date()
        moment = datetime.combine(today, stamp.clock, zone)
        if moment > self.reference + timedelta(minutes=5):
            moment -= timedelta(days=1)
        return moment

    # -- the fast path ---------------------------------------------------------------

    def _fast(self, line: str) -> Stamp | None:
        if PLAIN_CLOCK.fullmatch(line) and (plain := plain_clock_stamp(line)):
            return plain
        joined = JOINED_CLOCK_LINE.match(line) if self.joined_clocks else None
        if joined:
            return Stamp(line, clock=joined_clock(joined), rest=line[joined.end() :])
        relative = _RELATIVE.match(line)
        if relative:
            return self._relative(line, relative)
        match = None if _CLOCK_LED.match(line) else _ABSOLUTE.match(line)
        if match is None and (_GAP_THEN_DIGIT.search(line) or _DAY_WORD_ANYWHERE.search(line)):
            match = _CLOCK_FIRST.match(line)
        if match and not _weekday_in_prose(match):
            return self._absolute(line, match)
        match = _CLOCK_ONLY.match(line)
        dotted = (
            self.dotted_clocks
            and match
            and DOTTED_CLOCK_LINE.match(line)
            or (self.dotted_clocks and DOTTED_CLOCK_ALONE.match(line))
        )
        if match and (is_clock_line(match) or dotted):
            return self._clock_stamp(line, match, day=None)
        return None

    def _relative(self, line: str, match: re.Match[str]) -> Stamp:
        if match["now"] or match["hrs"]:
            hours, minutes = int(match["hrs"] or 0), int(match["mins"] or 0)
            return Stamp(line, moment=self.reference - timedelta(hours=hours, minutes=minutes))
        amount = match["n"] or match["en"]
        unit = (match["unit"] or match["enunit"]).lower()
        count = int(amount) if amount.isdigit() else NUMBER_WORDS[amount.lower()]
        seconds = next(size for starts, size in UNIT_SECONDS if unit.startswith(starts))
        return Stamp(line, moment=self.reference - timedelta(seconds=seconds * count))

    def _absolute(self, line: str, match: re.Match[str]) -> Stamp:
        try:
            day = self._day(match)
        except ValueError:
            return impossible_stamp(line, match["rest"], _("Das Datum „%(text)s“ gibt es nicht."))
        if match["hour"] is None:
            return _with_tail(Stamp(line, day=day), match)
        if not (match["minute"] or match["uhr"] or match["ampm"] or match["zone"]):
            return Stamp(line, day=day, rest=line[match.start("hour") :])  # "…, 3 Tote"
        stamp = self._clock_stamp(line, match, day=day)
        if stamp.moment and stamp.moment > self.reference and _names_weekday(match):
            return self._clock_stamp(line, match, day=day - timedelta(days=7))
        return stamp

    def _day(self, match: re.Match[str]) -> date:
        if match["dayword"]:
            return days_back(match["dayword"], self.reference.date())
        if match["day"]:
            return self._dated(match["year"], int(match["mon"]), int(match["day"]), match["wday"])
        if match["uday"]:  # "04/30/2020", and "30/04/2020" where no month 30 exists
            month, day = sorted((int(match["umon"]), int(match["uday"])), key=lambda n: n > 12)
            first = self._dated(match["uyear"], month, day)
            if day > 12 or (first <= self._tomorrow and "Uhr" not in match.string):
                return first
            # "12/02/2017" read in Feb 2017; "01/06/2019 um 17:23 Uhr" is German, day first.
            other = self._dated(match["uyear"], day, month)
            return other if other <= self._tomorrow else first
        if match["iday"]:
            return date(int(match["iyear"]), int(match["imon"]), int(match["iday"]))
        if match["nday"]:
            month = MONTHS[match["month"].lower()]
            return self._dated(match["nyear"], month, int(match["nday"]), match["wday"])
        month = MONTHS[match["emonth"].lower()]
        return self._dated(match["eyear"], month, int(match["eday"]), match["wday"])

    @property
    def _tomorrow(self) -> date:
        return self.reference.date() + timedelta(days=1)

    def _dated(self, year: str | None, month: int, day: int, weekday: str | None = None) -> date:
        """A day whose year may be missing ("13.8.", "15. August"): the latest one not ahead
        (and on its weekday, where the text names one: "Fri 22 Feb")."""
        if year is not None:
            number = int(year)
            return date(number + 2000 if number < 100 else number, month, day)
        this_year = self.reference.year
        if (month, day) == (2, 29):
            return date(this_year, month, day)  # a 29 February must exist this very year
        candidate = date(this_year, month, day)
        if candidate > self._tomorrow:
            candidate = candidate.replace(year=this_year - 1)
        return latest_on_weekday(candidate, weekday, self._tomorrow) if weekday else candidate

    def _clock_stamp(self, line: str, match: re.Match[str], *, day: date | None) -> Stamp:
        if match["second"] and match["uhr"] in ("h", "H"):  # "4:21:56h": a race time
            return _NO_TIME
        try:
            clock = clock_of(match)
        except ValueError:
            if day is None and not (
                match["uhr"] or match["ampm"] or match["zone"] or match["offset"]
            ):
                return _NO_TIME  # "2:43.70", "65:59": a race or match clock, not a time of day
            return impossible_stamp(line, match["rest"], _("Die Uhrzeit „%(text)s“ gibt es nicht."))
        zone = clock_zone(match["zone"], match["offset"], self.zone)
        moment = None
        if day is not None:
            moment = datetime.combine(day, clock, zone or self.zone)
        return _with_tail(Stamp(line, day=day, clock=clock, zone=zone, moment=moment), match)

    # -- the slow path ---------------------------------------------------------------

    def _slow(self, line: str) -> Stamp | None:
        """dateparser, for short date-like lines in the ticker's languages."""
        if len(line) > MAX_SLOW_LENGTH:
            return None
        found = read_slowly(line, self.languages, self.reference, self.zone)
        if isinstance(found, datetime):
            return Stamp(line, moment=found)
        return None if found is None else Stamp(line, day=found)


def _names_weekday(match: re.Match[str]) -> bool:
    return (match["dayword"] or "").lower() in WEEKDAY_NUMBERS


def _weekday_in_prose(match: re.Match[str]) -> bool:
    """A weekday without a full time, or before lowercase words, is in a sentence or a
    forecast ("Samstag, 15:30 Uhr, neun Mal wird angepfiffen", "Thursday 16-22°c")."""
    if not _names_weekday(match):
        return False
    full_time = match["minute"] or match["uhr"] or match["ampm"]
    return not full_time or (match["rest"] or "A")[0].islower()


def _with_tail(stamp: Stamp, match: re.Match[str]) -> Stamp:
    source = (match["source"] or "").strip() or None
    rest = _CLOSING_BAR.sub("", match["rest"] or "")
    if source is None and rest and rest.lower().startswith(("quelle:", "source:")):
        source, rest = rest.split(":", 1)[1].strip() or None, ""
    elif source is None and rest and CREDITED_AGENCY.fullmatch(rest):
        source, rest = rest, ""  # "11:45 dpa-AFX": the agency's credit, no headline
    zone, moment = stamp.zone, stamp.moment
    if rest in ZONE_WORDS and zone is None:  # "15:24 UK": the zone, alone after the time
        zone, rest = ZONE_WORDS[rest], ""
        moment = moment and moment.replace(tzinfo=zone)
    return replace(stamp, zone=zone, moment=moment, source=source, rest=rest)
