"""The composer's form: one entry in the fields a reporter needs, names typed freely."""

from django import forms
from django.utils.translation import gettext_lazy as _

from summit.ticker.fields import max_length
from summit.ticker.models import Entry, Source, Speaker, Tag
from summit.ticker.sanitize import html_to_text, typed_to_html

TAG_SEPARATOR = ","


class ComposerForm(forms.Form):
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
    key_event = forms.BooleanField(label=_("Das Wichtigste (anheften)"), required=False)

    def __init__(self, *args, may_publish: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_publish:
            del self.fields["key_event"]  # pinning is the chief's decision

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
