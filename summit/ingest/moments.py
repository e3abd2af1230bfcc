"""Instants outside the ticker text's own notation: ISO values of structured imports, and
whether an instant can be an entry's time at all."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from django.utils.translation import gettext as _


def parse_iso(value: str, zone: tzinfo) -> datetime:
    """An ISO 8601 value from JSON or CSV; a value without offset is read in `zone`."""
    moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def after_the_paste(moment: datetime | None, reference: datetime) -> bool:
    """Whether an instant lies so far after the paste that no post can have it."""
    return moment is not None and moment > reference + timedelta(days=1)


def plausibility_error(moment: datetime, reference: datetime) -> str | None:
    """Why a date cannot be a ticker entry's time (far future or long past), or None."""
    if after_the_paste(moment, reference):
        return _("Das Datum %(date)s liegt in der Zukunft.") % {"date": f"{moment:%d.%m.%Y %H:%M}"}
    if moment.year < 1990:
        return _("Das Datum %(date)s liegt zu weit zurück.") % {"date": f"{moment:%d.%m.%Y}"}
    return None
