"""How times read on the page: German by default ("14.08.2025, 21:15 Uhr"), English with ?lang=en."""

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

register = template.Library()


def _local(value, zone=None):
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
    """'Donnerstag, 14. August 2025' (en: 'Thursday, 14 August 2025')."""
    if value is None:
        return ""
    return date_format(_local(value, zone), _("l, j. F Y"))


@register.filter
def short_date(value, zone=None) -> str:
    """'14.08.2025'."""
    if value is None:
        return ""
    return date_format(_local(value, zone), _("d.m.Y"))
