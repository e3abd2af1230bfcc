"""An entry's history as editors read it: "Entwurf → Veröffentlicht", not `draft → published`."""

from typing import Any

from django.db.models import Field
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from simple_history.template_utils import HistoricalRecordContextHelper


def readable_value(field: Field, value: Any) -> Any:
    """A stored value in the words of the form: choice labels, Ja/Nein, German dates."""
    if value is None or value == "":
        return "–"
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(value, bool):
        return _("Ja") if value else _("Nein")
    if hasattr(value, "tzinfo") and hasattr(value, "hour"):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return _("%(date)s Uhr") % {"date": date_format(local, "d.m.Y, H:i")}
    return value


class ReadableHistoryValues(HistoricalRecordContextHelper):
    def prepare_delta_change_value(self, change, value):
        prepared = super().prepare_delta_change_value(change, value)
        if isinstance(prepared, list):
            return prepared
        return readable_value(self.model._meta.get_field(change.field), prepared)
