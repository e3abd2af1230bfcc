"""The editors' forms: entries, tickers, speakers, sources, tags, and the admin's own pages."""

from django import forms
from django.contrib.admin.helpers import ActionForm
from django.utils.translation import gettext_lazy as _

from summit.ticker.models import Entry, Source, Speaker, Tag, Ticker
from summit.ticker.origins import normalise_origins
from summit.ticker.sanitize import typed_to_html
from summit.ticker.widgets import label_admin_inputs


class JSONListField(forms.CharField):
    """A JSON list of strings edited as one item per line."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class SpeakerForm(forms.ModelForm):
    aliases = JSONListField(
        label=_("Andere Schreibweisen"),
        required=False,
        help_text=_("Eine Schreibweise pro Zeile, z. B. Mueller"),
    )

    class Meta:
        model = Speaker
        fields = ["name", "slug", "role", "aliases"]


class SourceForm(forms.ModelForm):
    aliases = JSONListField(
        label=_("Andere Schreibweisen"), required=False, help_text=_("Eine Schreibweise pro Zeile")
    )

    class Meta:
        model = Source
        fields = ["name", "slug", "kind", "url", "aliases"]


class TagForm(forms.ModelForm):
    keywords = JSONListField(
        label=_("Stichwörter"),
        required=False,
        help_text=_(
            "Ein Stichwort pro Zeile; der Import schlägt dann dieses Schlagwort vor. "
            "Großgeschrieben („Front“) trifft es nur großgeschriebene Wörter, auch in "
            "Zusammensetzungen („Frontlinie“), nicht das englische „front“; "
            "kleingeschrieben trifft es jede Schreibung."
        ),
    )

    class Meta:
        model = Tag
        fields = ["name", "slug", "keywords"]


class TickerForm(forms.ModelForm):
    embed_origins = JSONListField(
        label=_("Erlaubte Einbettungs-Origins"),
        required=False,
        help_text=_("Ein Origin pro Zeile, z. B. https://www.partner.de"),
    )

    class Meta:
        model = Ticker
        fields = [
            "title",
            "slug",
            "description",
            "status",
            "language",
            "time_zone",
            "coverage_start",
            "coverage_end",
            "poll_interval",
            "embed_origins",
        ]

    def clean_embed_origins(self):
        # Origins go verbatim into the embed's Content-Security-Policy: only bare origins.
        return normalise_origins(self.cleaned_data["embed_origins"])


TYPED_TEXT_HELP = _(
    "Einfach schreiben: Eine Leerzeile beginnt einen neuen Absatz, Zeilen mit „- “ werden "
    "eine Liste, Zeilen mit „> “ ein Zitat. Fett, kursiv und Links gehen als HTML (strong, "
    "em, a); alle anderen Auszeichnungen werden entfernt."
)


class EntryForm(forms.ModelForm):
    """The entry form, plus the version the editor started from and the correction mark."""

    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    mark_correction = forms.BooleanField(label=_("Als Korrektur kennzeichnen"), required=False)
    correction_text = forms.CharField(
        label=_("Korrekturhinweis für Leser"),
        max_length=500,
        required=False,
        help_text=_("Kurz, z. B. „In einer früheren Fassung stand ein falsches Datum.“"),
    )

    class Meta:
        model = Entry
        fields: list[str] = []  # the admin's fieldsets decide

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["base_version"].initial = self.instance.version
        if "body" in self.fields:
            self.fields["body"].help_text = TYPED_TEXT_HELP
        if "published_at" in self.fields:
            # The shown time travels along, so "left at the default" can be told on save.
            self.fields["published_at"].show_hidden_initial = True
        label_admin_inputs(self)

    def clean_body(self):
        return typed_to_html(self.cleaned_data["body"])

    def clean(self):
        cleaned = super().clean()
        if "published_at" in self.changed_data:
            self.instance.time_set = True
        elif self.instance.pk is None and "published_at" in self.fields:
            self.instance.time_set = False  # the default: publishing stamps "now"
        if self.instance.pk is not None and cleaned.get("base_version") is None:
            raise forms.ValidationError(
                _("Das Formular ist unvollständig. Bitte die Seite neu laden.")
            )
        if cleaned.get("mark_correction") and not cleaned.get("correction_text"):
            self.add_error("correction_text", _("Bitte einen kurzen Hinweis für Leser angeben."))
        return cleaned


class AddTagForm(forms.Form):
    tag = forms.ModelChoiceField(queryset=Tag.objects.all(), label=_("Schlagwort"))


class ReviewActionForm(ActionForm):
    note = forms.CharField(
        label=_("Hinweis an die Redaktion"),
        max_length=500,
        required=False,
        help_text=_("Für „Mit Hinweis zurückgeben“"),
    )


class MergeForm(forms.Form):
    """Which of the selected speakers, sources or tags stays; the others are folded into it."""

    keep = forms.ModelChoiceField(queryset=Tag.objects.none(), label=_("Behalten"))

    def __init__(self, queryset, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = queryset


class PurgeForm(forms.Form):
    reason = forms.CharField(
        label=_("Grund"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Z. B. „Einstweilige Verfügung LG Hamburg, Az. …“ – bleibt im Protokoll."),
    )
