"""The admin's embed-code generator: pick filters and height, copy the snippet, see it live."""

from functools import partial
from typing import cast
from urllib.parse import urlencode

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext_lazy as _

from summit.ticker.admin_pages import render_admin_page
from summit.ticker.links import DEFAULT_HEIGHT, MIN_HEIGHT, embed_snippet
from summit.ticker.models import Source, Speaker, Tag, Ticker


class EmbedCodeForm(forms.Form):
    tag = forms.ModelMultipleChoiceField(
        queryset=Tag.objects.none(),
        to_field_name="slug",
        required=False,
        label=_("Nur Schlagwörter"),
        widget=forms.CheckboxSelectMultiple,
    )
    speaker = forms.ModelChoiceField(
        queryset=Speaker.objects.none(),
        to_field_name="slug",
        required=False,
        label=_("Nur Sprecher"),
    )
    source = forms.ModelChoiceField(
        queryset=Source.objects.none(),
        to_field_name="slug",
        required=False,
        label=_("Nur Quelle"),
    )
    order = forms.ChoiceField(
        choices=[("newest", _("Neueste zuerst")), ("oldest", _("Älteste zuerst"))],
        required=False,
        label=_("Reihenfolge"),
    )
    theme = forms.ChoiceField(
        choices=[("auto", _("wie das Gerät")), ("light", _("hell")), ("dark", _("dunkel"))],
        required=False,
        label=_("Farbschema"),
    )
    height = forms.IntegerField(
        min_value=MIN_HEIGHT,
        max_value=4000,
        initial=DEFAULT_HEIGHT,
        required=False,
        label=_("Höhe ohne Partner-Skript (Pixel)"),
    )

    def __init__(self, ticker: Ticker, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Offer only what occurs in this ticker.
        used = {"entries__ticker": ticker}
        for name, model in (("tag", Tag), ("speaker", Speaker), ("source", Source)):
            field = cast(forms.ModelChoiceField, self.fields[name])
            field.queryset = model.objects.filter(**used).distinct()

    def query(self) -> str:
        """The embed's query string: only what differs from the defaults."""
        data = self.cleaned_data
        pairs = [("tag", tag.slug) for tag in data["tag"]]
        pairs += [(name, data[name].slug) for name in ("speaker", "source") if data[name]]
        if data["order"] == "oldest":
            pairs.append(("order", "oldest"))
        if data["theme"] in ("light", "dark"):
            pairs.append(("theme", data["theme"]))
        return urlencode(pairs)


def embed_code(model_admin: admin.ModelAdmin, request, object_id: str):
    ticker = get_object_or_404(Ticker, pk=object_id)
    if not model_admin.has_view_permission(request, ticker):
        raise PermissionDenied
    form = EmbedCodeForm(ticker, request.GET or None)
    query, height = "", DEFAULT_HEIGHT
    if form.is_valid():
        query, height = form.query(), form.cleaned_data["height"] or DEFAULT_HEIGHT
    return render_admin_page(
        model_admin,
        request,
        "admin/ticker/ticker/embed_code.html",
        _("Embed-Code für „%(title)s“") % {"title": ticker.title},
        original=ticker,
        crumb=_("Embed-Code"),
        form=form,
        snippet=embed_snippet(request, ticker, query=query, height=height),
    )


def embed_code_urls(model_admin: admin.ModelAdmin) -> list:
    """URLs for TickerAdmin.get_urls(); they go before the admin's catch-all object URL."""
    view = model_admin.admin_site.admin_view(partial(embed_code, model_admin))
    return [path("<path:object_id>/embed-code/", view, name="ticker_ticker_embed_code")]
