"""How times read on the page: German by default ("14.08.2025, 21:15 Uhr"), English with ?lang=en."""

import datetime as dt
import functools
import zoneinfo

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()


def _local(value, zone=None):
    """In the given zone (a tzinfo or a zone name such as a ticker's "Europe/Berlin")."""
    if isinstance(zone, str):
        try:
            zone = zoneinfo.ZoneInfo(zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = None
    return timezone.localtime(value, zone) if zone else timezone.localtime(value)


@register.filter
def clock_time(value, zone=None) -> str:
    """'21:15 Uhr' (en: '21:15')."""
    if value is None:
        return ""
    return _("%(time)s Uhr") % {"time": date_format(_local(value, zone), "H:i")}


@register.filter
def date_and_time(value, zone=None) -> str:
    """'14.08.2025, 21:15 Uhr' (en: '14/08/2025, 21:15')."""
    if value is None:
        return ""
    local = _local(value, zone)
    return _("%(date)s, %(time)s Uhr") % {
        "date": date_format(local, _("d.m.Y")),
        "time": date_format(local, "H:i"),
    }


@register.filter
def day_heading(value, zone=None) -> str:
    """'Donnerstag, 14. August 2025' (en: 'Thursday, 14 August 2025'); takes a date or datetime."""
    if value is None:
        return ""
    day = _local(value, zone).date() if isinstance(value, dt.datetime) else value
    return _day_heading(day, get_language())


@functools.lru_cache(maxsize=4096)
def _day_heading(day: dt.date, language: str) -> str:
    """Remembered per day and language: every page shows a few days' headings, and the
    facet panel one per day of the ticker; the words of a day never change."""
    return date_format(day, _("l, j. F Y"))


@register.filter
def local_day(value, zone=None):
    """The calendar day of a moment in the given zone (for grouping under day headings)."""
    if value is None:
        return None
    return _local(value, zone).date()


@register.filter
def short_date(value, zone=None) -> str:
    """'14.08.2025'."""
    if value is None:
        return ""
    return date_format(_local(value, zone), _("d.m.Y"))


@register.filter
def said_at(value, zone=None) -> str:
    """'13.08., 18:30 Uhr' (when a statement was made, as opposed to when it was reported).

    Midnight means "that day, time unknown" (the importer knows "am Mittwoch" but not when
    on Wednesday): only the day is shown, '13.08.'.
    """
    if value is None:
        return ""
    local = _local(value, zone)
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        return date_format(local, _("d.m."))
    return _("%(date)s, %(time)s Uhr") % {
        "date": date_format(local, _("d.m.")),
        "time": date_format(local, "H:i"),
    }
