"""Names for the admin's inputs that have no label of their own.

Django's admin splits a date and time into two inputs behind one label, and its autocomplete
(select2) shows a combobox named by its empty selection: screen readers announce neither.
Each input gets a name of its own ("Veröffentlicht: Datum"), each combobox its field's label
(as its placeholder; select2's text and search inputs get it from ticker/admin-labels.js,
since select2 builds them in the browser).
"""

from __future__ import annotations

from typing import cast

from django import forms
from django.contrib.admin.widgets import (
    AutocompleteSelect,
    AutocompleteSelectMultiple,
    RelatedFieldWidgetWrapper,
)
from django.utils.translation import gettext as _

LABELS_SCRIPT = "ticker/admin-labels.js"


class NamedAutocomplete:
    """select2 names its combobox by the selection: with nothing chosen, by the placeholder."""

    def __init__(self, *args, placeholder: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.placeholder = placeholder

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs=extra_attrs)
        attrs["data-placeholder"] = self.placeholder
        return attrs

    @property
    def media(self):
        return super().media + forms.Media(js=[LABELS_SCRIPT])


class NamedAutocompleteSelect(NamedAutocomplete, AutocompleteSelect):
    pass


class NamedAutocompleteSelectMultiple(NamedAutocomplete, AutocompleteSelectMultiple):
    pass


NAMED: dict[type[forms.Widget], type[NamedAutocomplete]] = {
    AutocompleteSelect: NamedAutocompleteSelect,
    AutocompleteSelectMultiple: NamedAutocompleteSelectMultiple,
}


def label_split_inputs(field: forms.Field) -> None:
    widget = field.widget
    if not isinstance(widget, forms.SplitDateTimeWidget):
        return
    date, time = widget.widgets
    date.attrs["aria-label"] = _("%(field)s: Datum") % {"field": field.label}
    time.attrs["aria-label"] = _("%(field)s: Uhrzeit") % {"field": field.label}


def name_autocomplete(field: forms.Field) -> None:
    wrapper = field.widget
    if not isinstance(wrapper, RelatedFieldWidgetWrapper):
        return
    inner = wrapper.widget
    named_class = NAMED.get(type(inner))
    if named_class is None or not isinstance(inner, AutocompleteSelect):
        return
    # Each named class is a mixin over the autocomplete it replaces: the same kind of widget.
    named = cast(
        AutocompleteSelect,
        named_class(
            inner.field,
            inner.admin_site,
            attrs=inner.attrs,
            choices=inner.choices,
            using=inner.db,
            placeholder=str(field.label),
        ),
    )
    named.is_required = inner.is_required
    wrapper.widget = named


def label_admin_inputs(form: forms.BaseForm) -> None:
    """Give every split date/time input and every single autocomplete a name of its own."""
    for field in form.fields.values():
        label_split_inputs(field)
        name_autocomplete(field)
