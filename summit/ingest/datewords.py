"""The words tickers write dates and times with: month names, numbers and units in
German and English, as dates.py reads them."""

from __future__ import annotations

from datetime import date, timedelta

from summit.ingest.wordlists import ENGLISH, GERMAN

MONTHS = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1,
    "februar": 2, "february": 2, "feb": 2,
    "märz": 3, "maerz": 3, "march": 3, "mär": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "december": 12, "dez": 12, "dec": 12,
}  # fmt: skip
# The month names as one expression's alternatives, the longest first ("march", not "mar").
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))

NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "a": 1, "an": 1, "one": 1,
    "zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "fünf": 5, "five": 5,
    "zehn": 10, "ten": 10,
}  # fmt: skip
# How a unit of a relative time starts, and its length in seconds.
UNIT_SECONDS = (
    (("sek", "sec"), 1),
    (("min", "m"), 60),
    (("std", "stu", "h"), 3600),
    (("tag", "day", "d"), 86400),
    (("woche", "week"), 604800),
)

# The days of the week, full and short, as an alternation for the expressions.
WEEKDAY_NAMES = (
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so"
    "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|mon|tue|tues|wed|thu|thurs|fri|sat|sun"
)
# A weekday opening a date ("Sonntag, ", "Sat. ").
WEEKDAY_OPENING = rf"(?:{WEEKDAY_NAMES})\.?,?\s+"

# The days of the week by their full names, with their numbers (Monday is 0).
WEEKDAY_NUMBERS: dict[str, int] = {**GERMAN["weekdays"], **ENGLISH["weekdays"]}
FULL_WEEKDAYS = "|".join(WEEKDAY_NUMBERS)
# Short names: German ones have two letters ("Sa", "So": not "Sonnabend"), English three.
_SHORT_WEEKDAYS = {
    **{full[:2]: number for full, number in GERMAN["weekdays"].items() if full != "sonnabend"},
    **{full[:3]: number for full, number in ENGLISH["weekdays"].items()},
}
# Within this many years a day of the year falls on every weekday.
_WEEKDAY_CYCLE = 12
# How far after "now" a date on its weekday may lie as a plan of this year's.
_PLAN_AHEAD = timedelta(days=7)
DAYS_BACK = {"heute": 0, "today": 0, "gestern": 1, "yesterday": 1, "vorgestern": 2}


def _weekday_number(name: str) -> int | None:
    """The number of a weekday, by its full or short name ("Fri", "Thurs", "Sa.")."""
    lower = name.lower().rstrip(".")
    return WEEKDAY_NUMBERS.get(lower, _SHORT_WEEKDAYS.get(lower[:3], _SHORT_WEEKDAYS.get(lower)))


def latest_on_weekday(day: date, name: str, tomorrow: date) -> date:
    """A date printed without its year but with its weekday ("Fri 22 Feb"): the latest
    year up to `day`'s in which it falls on that weekday; `day` when none of the last few
    does, or when it lies in the week up to `tomorrow`: a weekday that disagrees with a
    date of these days is a slip ("Friday January 25" on Friday 24 January). A date in
    the week after, on its weekday, is of this year: a plan ("Sonntag, 12. Januar")."""
    weekday = _weekday_number(name)
    if day >= tomorrow - timedelta(days=8):
        return day
    planned = _a_year_on(day)
    if planned and planned.weekday() == weekday and planned <= tomorrow + _PLAN_AHEAD:
        return planned  # "Sonntag, 12. Januar" read on Friday 10 January: this week's plan
    for years_back in range(_WEEKDAY_CYCLE):
        try:
            candidate = day.replace(year=day.year - years_back)
        except ValueError:  # a 29 February
            continue
        if candidate.weekday() == weekday:
            return candidate
    return day


def _a_year_on(day: date) -> date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # a 29 February
        return None


def days_back(word: str, today: date) -> date:
    """The day a day word names from today: "gestern" the day before, a weekday the last
    such day up to today (a ticker read on Sunday night calls that day "Sonntag")."""
    lower = word.lower()
    if lower in DAYS_BACK:
        return today - timedelta(days=DAYS_BACK[lower])
    return today - timedelta(days=(today.weekday() - WEEKDAY_NUMBERS[lower]) % 7)
