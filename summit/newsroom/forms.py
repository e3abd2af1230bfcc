"""The composer's form: one entry in the fields a reporter needs, names typed freely."""

from django import forms
from django.utils.translation import gettext_lazy as _

from summit.media.checks import INCOMPLETE_MESSAGE
from summit.media.models import EntryImage
from summit.ticker.fields import max_length
from summit.ticker.models import Author, Entry, Source, Speaker, Tag
from summit.ticker.sanitize import html_to_text, typed_to_html
from summit.ticker.services.entries import MAX_AUTHORS

TAG_SEPARATOR = ","
PHOTO_MAX_SIDE = 2048


class ComposerForm(forms.Form):
    # The draft this text is saved in while typing, and the version it was read at.
    entry = forms.IntegerField(widget=forms.HiddenInput, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    title = forms.CharField(label=_("Titel"), max_length=max_length(Entry, "title"), required=False)
    body = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Leerzeile: neuer Absatz. Zeilen mit „- “: Liste, mit „> “: Zitat. Strg/⌘+Enter sendet."
        ),
    )
    speaker = forms.CharField(
        label=_("Sprecher"), max_length=max_length(Speaker, "name"), required=False
    )
    source = forms.CharField(
        label=_("Quelle"), max_length=max_length(Source, "name"), required=False
    )
    tags = forms.CharField(
        label=_("Schlagwörter"),
        required=False,
        help_text=_("Mehrere durch Komma getrennt; neue werden angelegt."),
    )
    authors = forms.ModelMultipleChoiceField(
        label=_("Autoren"),
        queryset=Author.objects.all(),
        required=False,
        help_text=_("Bis zu drei; ohne Auswahl: Sie selbst."),
    )
    key_event = forms.BooleanField(label=_("Das Wichtigste (anheften)"), required=False)
    publish_at = forms.DateTimeField(
        label=_("Geplant für"),
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%d.%m.%Y %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Leer: sofort. Ein späterer Zeitpunkt plant den Eintrag."),
    )

    # The phone's camera or library; static/newsroom/photo.js shrinks it to PHOTO_MAX_SIDE
    # before it is sent, the media app checks and re-encodes it like an admin upload.
    photo = forms.FileField(
        label=_("Foto"),
        required=False,
        widget=forms.FileInput(
            attrs={"accept": "image/*", "capture": "environment", "data-max-side": PHOTO_MAX_SIDE}
        ),
    )
    photo_alt = forms.CharField(
        label=_("Alternativtext"),
        max_length=max_length(EntryImage, "alt"),
        required=False,
        help_text=_("Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen."),
    )
    photo_credit = forms.CharField(
        label=_("Bildnachweis"),
        max_length=max_length(EntryImage, "credit"),
        required=False,
        help_text=_("z. B. „Foto: dpa/Jane Doe“"),
    )

    def __init__(self, *args, may_publish: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.may_publish = may_publish
        if not may_publish:  # pinning and planning are the chief's decisions
            del self.fields["key_event"]
            del self.fields["publish_at"]

    def clean(self):
        cleaned = super().clean()
        # A chief's send publishes (or plans): the picture needs its words first, as in the
        # admin. An editor's hand-in may leave them to the chief, who is asked on publishing.
        words = cleaned.get("photo_alt", "").strip() and cleaned.get("photo_credit", "").strip()
        if self.may_publish and cleaned.get("photo") and not words:
            self.add_error("photo", str(INCOMPLETE_MESSAGE))
        return cleaned

    def clean_authors(self):
        authors = list(self.cleaned_data["authors"])
        if len(authors) > MAX_AUTHORS:
            raise forms.ValidationError(_("Höchstens %(n)d Autoren.") % {"n": MAX_AUTHORS})
        return authors

    def clean_body(self):
        body = typed_to_html(self.cleaned_data["body"])
        if not html_to_text(body):
            raise forms.ValidationError(_("Bitte einen Text schreiben."))
        return body

    def clean_tags(self):
        names = [" ".join(n.split()) for n in self.cleaned_data["tags"].split(TAG_SEPARATOR)]
        longest = max_length(Tag, "name")
        if any(len(name) > longest for name in names):
            raise forms.ValidationError(
                _("Ein Schlagwort darf höchstens %(n)d Zeichen haben.") % {"n": longest}
            )
        return list(dict.fromkeys(name for name in names if name))
