"""The import form: paste or upload, the options of one import; small inputs parsed here."""

from __future__ import annotations

from typing import Any, cast
from zoneinfo import available_timezones

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from summit.ingest.decoding import decode_input
from summit.ingest.drafts import UnreadableInput
from summit.ingest.pipeline import ImportOptions, Prepared, prepare_import, reading_languages
from summit.ingest.tasks import reads_in_background
from summit.ticker.models import Entry, Tag, Ticker

FORMAT_CHOICES = [
    ("auto", gettext_lazy("automatisch erkennen")),
    ("text", gettext_lazy("Tickertext / Artikel")),
    ("json", "JSON"),
    ("ninjs", "IPTC ninjs"),
    ("csv", "CSV"),
    ("rss", "RSS / Atom"),
]


# The zones a German newsroom's pasted pages come from most, offered first: an editor at
# deadline should not scroll through six hundred names.
COMMON_ZONES = (
    "Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/London", "Europe/Dublin",
    "Europe/Paris", "Europe/Kyiv", "Europe/Moscow", "America/New_York", "America/Chicago",
    "America/Los_Angeles", "Asia/Kolkata", "Asia/Jerusalem", "Australia/Sydney", "UTC",
)  # fmt: skip


def zone_choices() -> list[tuple[str, Any]]:
    """The empty choice (the ticker's zone), the common zones, then every zone by name."""
    every = [(zone, zone) for zone in sorted(available_timezones())]
    return [
        ("", "—"),
        (_("Häufig"), [(zone, zone) for zone in COMMON_ZONES]),
        (_("Alle Zeitzonen"), every),
    ]


class PastedTextField(forms.CharField):
    """A paste read as a file is: a stray NUL is removed with a warning in the preview
    (decoding.py), not refused as Django's text fields refuse it."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.validators = [
            validator
            for validator in self.validators
            if not isinstance(validator, ProhibitNullCharactersValidator)
        ]


class ImportForm(forms.Form):
    ticker = forms.ModelChoiceField(Ticker.objects.all(), label=gettext_lazy("Ticker"))
    text = PastedTextField(
        label=gettext_lazy("Text einfügen"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 100}),
    )
    upload = forms.FileField(label=gettext_lazy("oder Datei hochladen"), required=False)
    format = forms.ChoiceField(label=gettext_lazy("Format"), choices=FORMAT_CHOICES, initial="auto")
    reference_time = forms.DateTimeField(
        label=gettext_lazy("Bezugszeit"),
        required=False,
        help_text=gettext_lazy("„Jetzt“ für Angaben wie „vor 3 Minuten“; leer: die aktuelle Zeit."),
    )
    time_zone = forms.ChoiceField(
        label=gettext_lazy("Zeitzone"),
        required=False,
        help_text=gettext_lazy("Leer: die Zeitzone des Tickers."),
    )
    source = forms.CharField(
        label=gettext_lazy("Quelle für Einträge ohne eigene"), required=False, max_length=200
    )
    tags = forms.ModelMultipleChoiceField(
        Tag.objects.all(), label=gettext_lazy("Schlagwörter für alle Einträge"), required=False
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        choices=[
            (Entry.Status.PUBLISHED, Entry.Status.PUBLISHED.label),
            (Entry.Status.DRAFT, Entry.Status.DRAFT.label),
        ],
        initial=Entry.Status.DRAFT,
    )
    skip_invalid = forms.BooleanField(
        label=gettext_lazy("Fehlerhafte Einträge überspringen"), required=False
    )

    def __init__(self, *args: Any, can_publish: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["time_zone"]).choices = zone_choices()
        if not can_publish:
            # Editors without the publish permission import drafts, whatever they post.
            cast(forms.ChoiceField, self.fields["status"]).choices = [
                (Entry.Status.DRAFT, Entry.Status.DRAFT.label)
            ]
            self.fields["status"].disabled = True
        self.prepared: Prepared | None = None
        # A paste too big to parse inside the request: kept as text, read by a task.
        self.unread: str | None = None

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if self.errors:
            return data
        upload, text = data.get("upload"), data.get("text") or ""
        if not upload and not text.strip():
            raise forms.ValidationError(_("Bitte Text einfügen oder eine Datei hochladen."))
        raw: bytes | str = upload.read() if upload else text
        try:
            if reads_in_background(raw):
                self.unread = decode_input(raw).text
            else:
                self.prepared = prepare_import(raw, self.import_options())
        except UnreadableInput as error:
            raise forms.ValidationError(str(error)) from error
        return data

    def import_options(self) -> ImportOptions:
        data = self.cleaned_data
        ticker: Ticker = data["ticker"]
        return ImportOptions(
            format=data["format"],
            time_zone=data.get("time_zone") or ticker.time_zone,
            languages=reading_languages(ticker.language),
            reference_time=data.get("reference_time"),
            source=data.get("source") or None,
            tags=tuple(tag.name for tag in data.get("tags") or ()),
            status=data["status"],
            skip_invalid=bool(data.get("skip_invalid")),
        )
