"""Time zones as pages name them: after a time ("3.15pm BST") or for all of a page's times."""

from __future__ import annotations

import re
from datetime import UTC, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

# Abbreviations tickers print after a time. Summer/winter forms are fixed offsets; the
# generic ones (ET, PT) follow the zone's rules for the day in question.
ZONE_ABBREVIATIONS: dict[str, tzinfo] = {
    "UTC": UTC, "GMT": UTC, "Z": UTC,
    "BST": timezone(timedelta(hours=1)),
    "CET": timezone(timedelta(hours=1)), "MEZ": timezone(timedelta(hours=1)),
    "CEST": timezone(timedelta(hours=2)), "MESZ": timezone(timedelta(hours=2)),
    "MSK": timezone(timedelta(hours=3)),
    "EDT": timezone(timedelta(hours=-4)), "EST": timezone(timedelta(hours=-5)),
    "CDT": timezone(timedelta(hours=-5)), "CST": timezone(timedelta(hours=-6)),
    "PDT": timezone(timedelta(hours=-7)), "PST": timezone(timedelta(hours=-8)),
    "AKDT": timezone(timedelta(hours=-8)), "AKST": timezone(timedelta(hours=-9)),
    "ET": ZoneInfo("America/New_York"), "CT": ZoneInfo("America/Chicago"),
    "PT": ZoneInfo("America/Los_Angeles"), "AKT": ZoneInfo("America/Anchorage"),
    "IST": ZoneInfo("Asia/Kolkata"),
    "PKT": timezone(timedelta(hours=5)), "HKT": timezone(timedelta(hours=8)),
    "SGT": timezone(timedelta(hours=8)), "JST": timezone(timedelta(hours=9)),
    "KST": timezone(timedelta(hours=9)), "AEST": timezone(timedelta(hours=10)),
    "AEDT": timezone(timedelta(hours=11)), "NZST": timezone(timedelta(hours=12)),
    "NZDT": timezone(timedelta(hours=13)), "EAT": timezone(timedelta(hours=3)),
    "SAST": timezone(timedelta(hours=2)), "WAT": timezone(timedelta(hours=1)),
}  # fmt: skip
# The abbreviations as one expression's alternatives, the longest first ("AEST", not "EST").
ZONE_ALTERNATION = "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
# Words a page writes alone after a time for its zone ("15:24 UK").
ZONE_WORDS: dict[str, tzinfo] = {
    "UK": ZoneInfo("Europe/London"), "UK time": ZoneInfo("Europe/London"),
}  # fmt: skip
# Abbreviations more than one zone uses: the import's own zone says which is meant
# (IST is India's, or Ireland's summer time, or Israel's).
_SHARED: dict[str, dict[str, tzinfo]] = {
    "IST": {
        "Europe/Dublin": ZoneInfo("Europe/Dublin"),
        "Asia/Jerusalem": ZoneInfo("Asia/Jerusalem"),
    },
}

# An offset's sign, hours and minutes: "+0800", "-05:30", "GMT+8".
_OFFSET = re.compile(r"([+-])(\d{1,2}?):?(\d{2})?$")


def clock_zone(label: str | None, offset: str | None, own: tzinfo) -> tzinfo | None:
    """The zone a time's label ("BST") or offset ("+0800", "GMT+8") names, if it names one."""
    if label:
        return named_zone(label, own)
    if not offset:
        return None
    sign, hours, minutes = _OFFSET.search(offset).groups()  # type: ignore[union-attr]
    size = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-size if sign == "-" else size)


def named_zone(label: str, own: tzinfo) -> tzinfo:
    """The zone an abbreviation after a time names, read in the import's own zone."""
    label = label.upper()
    return _SHARED.get(label, {}).get(str(own)) or ZONE_ABBREVIATIONS[label]


# A zone's label right after a time, wherever it stands in the line ("4:48 PM GMT",
# "2m ago (11:00 GMT)"): for lines dateparser reads, which leaves the label aside.
_LABEL_AFTER_CLOCK = re.compile(
    r"\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s?(?P<label>"
    + "|".join(
        sorted((label for label in ZONE_ABBREVIATIONS if len(label) > 1), key=len, reverse=True)
    )
    + r")\b"
)


def zone_after_clock(line: str, own: tzinfo) -> tzinfo | None:
    """The zone a label after a time in the line names, if one does."""
    match = _LABEL_AFTER_CLOCK.search(line)
    return named_zone(match["label"], own) if match else None


_PAGE_ZONES: dict[str, tzinfo] = {
    **ZONE_ABBREVIATIONS,
    "UK": ZoneInfo("Europe/London"),
    "BRITISH": ZoneInfo("Europe/London"),
    "DEUTSCHER": ZoneInfo("Europe/Berlin"),
    "EASTERN": ZoneInfo("America/New_York"),
    "CENTRAL": ZoneInfo("America/Chicago"),
    "MOUNTAIN": ZoneInfo("America/Denver"),
    "PACIFIC": ZoneInfo("America/Los_Angeles"),
}
_PAGE_ZONE = re.compile(
    r"\((?P<label>[A-Z]{2,5})\)\s*:?$"
    r"|\((?:[Aa]ll times|ALL TIMES) (?P<bracketed>[A-Za-z]+)\)\s*:?$"
    r"|^(?:All times (?:stated |shown )?(?:are |in )?|Alle (?:Zeiten|Uhrzeiten|Angaben) in )"
    r"(?P<words>[A-Za-z]+)\b"
)


def _after_name(line: str, bracket: int) -> bool:
    """ "Juhan Luik (EST)": a racer's nation after a name, not a zone (that closes a line
    of times, "• 18:49 (IST)", or one introducing them, "… as America votes (EDT):")."""
    before = line[:bracket].split()
    last = before[-1] if before else ""
    return last.istitle() and not line.endswith(":")


def page_zone(lines: list[str]) -> tzinfo | None:
    """The zone a page names for all its times ("All times stated are UK", "… (EDT):")."""
    for line in lines:
        if len(line) > 200 or not (line.endswith((")", "):")) or line.startswith("All")):
            continue
        if line.startswith("All"):
            match = _PAGE_ZONE.search(line)
        else:
            # A label in brackets ends the line: it opens at the last bracket or nowhere.
            start = line.rfind("(")
            # Capitals after it, or the label cannot be ("(2)" is asked nothing); or the
            # agencies' "(all times Eastern):".
            capitals = start >= 0 and (
                line[start + 1 : start + 3].isupper()
                or line[start + 1 : start + 4].lower() == "all"
            )
            match = (
                _PAGE_ZONE.search(line, start)
                if capitals and not _after_name(line, start)
                else None
            )
        if match:
            label = (match["label"] or match["bracketed"] or match["words"]).upper()
            if label in _PAGE_ZONES:
                return _PAGE_ZONES[label]
    return None
