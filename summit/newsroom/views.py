"""The composer at /redaktion/: write an entry and look after the ticker's latest ones.

Login required; every write goes through summit.ticker.services, which ask the policy.
Pages are private (never cached, never indexed).
"""

from functools import wraps
from typing import cast

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Q, Value, When
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from summit.media.processing import RefusedImage
from summit.newsroom import writing
from summit.newsroom.forms import ComposerForm
from summit.newsroom.preview import preview_url
from summit.ticker import policy, services
from summit.ticker.models import Author, Entry, Source, Speaker, Tag, Ticker
from summit.ticker.tasks import plan_publication

LATEST = 30


def newsroom_page(view):
    """Signed in, allowed to write, and never kept by a cache or a search engine."""

    @wraps(view)
    def page(request, *args, **kwargs):
        if not policy.may_write_drafts(request.user):
            raise PermissionDenied(_("Einträge schreiben darf nur, wer zur Redaktion gehört."))
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return login_required(never_cache(page), login_url="admin:login")


@require_safe
@newsroom_page
def ticker_list(request):
    tickers = Ticker.objects.order_by("status", "-created_at")
    return render(request, "newsroom/ticker_list.html", {"tickers": tickers})


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@newsroom_page
def composer(request, slug):
    ticker = get_object_or_404(Ticker, slug=slug)
    may_publish = policy.may_publish(request.user)
    form = ComposerForm(
        request.POST or None,
        request.FILES or None,
        may_publish=may_publish,
        initial=initial_values(request.user),
    )
    sent = conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            sent = writing.send(ticker, form.cleaned_data, request.user, may_publish)
        except policy.NotAllowed as refusal:
            form.add_error(None, str(refusal))
        except RefusedImage as refusal:
            form.add_error("photo", str(refusal))
        except services.EditConflict as clash:
            conflict = clash.current
            form = text_kept_as_new(form, may_publish)
        else:
            if sent.publish_at is not None:
                plan_publication(sent.publish_at)
            if not request.htmx:
                return redirect("newsroom:composer", slug=ticker.slug)
            form = ComposerForm(may_publish=may_publish, initial=initial_values(request.user))
    context = composer_context(request, ticker, form, may_publish, sent=sent)
    context["conflict"] = conflict
    template = "newsroom/composer.html#sent" if request.htmx else "newsroom/composer.html"
    return render(request, template, context)


@require_POST
@newsroom_page
def autosave(request, slug):
    """The text saved as the writer's draft while typing (debounced by the page)."""
    ticker = get_object_or_404(Ticker, slug=slug)
    form = ComposerForm(request.POST, may_publish=policy.may_publish(request.user))
    context = {"ticker": ticker, "form": form, "draft": None, "conflict": None}
    if form.is_valid():
        try:
            context["draft"] = writing.save_draft(ticker, form.cleaned_data, request.user)
        except services.EditConflict as clash:
            context["conflict"] = clash.current
    return render(request, "newsroom/composer.html#draft-fields", context)


def initial_values(user) -> dict:
    author = Author.objects.filter(user=user).first()
    return {"authors": [author]} if author else {}


def text_kept_as_new(form: ComposerForm, may_publish: bool) -> ComposerForm:
    """After a conflict the writer's text stays on screen; sent again, it is a new entry."""
    data = cast(QueryDict, form.data).copy()  # the posted form (the stubs say any Mapping)
    data["entry"] = data["version"] = ""
    kept = ComposerForm(data, may_publish=may_publish)
    kept.is_valid()
    return kept


def composer_context(request, ticker: Ticker, form, may_publish: bool, sent=None) -> dict:
    return {
        "ticker": ticker,
        "form": form,
        "may_publish": may_publish,
        "sent": sent,
        "entries": latest_entries(ticker, request.user),
        "queue_count": services.review_queue(ticker).count() if may_publish else None,
        "speakers": Speaker.objects.values_list("name", flat=True),
        "sources": Source.objects.values_list("name", flat=True),
        "tag_names": Tag.objects.values_list("name", flat=True),
    }


def latest_entries(ticker: Ticker, user) -> list[Entry]:
    """Own drafts first, then the colleagues' drafts waiting for review, then the newest."""
    order = Case(
        When(Q(status=Entry.Status.DRAFT, created_by=user), then=Value(0)),
        When(status=Entry.Status.DRAFT, in_review=True, then=Value(1)),
        When(status=Entry.Status.DRAFT, then=Value(2)),
        default=Value(3),
        output_field=IntegerField(),
    )
    entries = (
        ticker.entries.annotate(group=order)
        .select_related("speaker", "source", "created_by")
        .prefetch_related("tags", "authors")
        .order_by("group", "-published_at", "-id")[:LATEST]
    )
    for entry in entries:
        entry.may_edit = policy.may_edit(user, entry)
        entry.preview_url = preview_url(entry) if entry.status == Entry.Status.DRAFT else None
    return list(entries)


ACTIONS = {
    "publish": lambda entry, by: services.entry_publish(entry, by=by),
    "withdraw": lambda entry, by: services.entry_withdraw(entry, by=by),
    "pin": lambda entry, by: services.entry_pin(entry, by=by, pinned=True),
    "unpin": lambda entry, by: services.entry_pin(entry, by=by, pinned=False),
}


@require_POST
@newsroom_page
def entry_action(request, slug, pk, action):
    """Publish, withdraw, pin or unpin one entry from the list (the chief's decisions)."""
    ticker = get_object_or_404(Ticker, slug=slug)
    entry = get_object_or_404(ticker.entries, pk=pk)
    if action not in {*ACTIONS, "send-back"}:
        raise PermissionDenied(_("Unbekannte Aktion."))
    try:
        if action == "send-back":
            services.entry_send_back(entry, by=request.user, note=request.POST.get("note", ""))
        else:
            ACTIONS[action](entry, request.user)
    except policy.NotAllowed as refusal:
        raise PermissionDenied(str(refusal)) from refusal
    if not request.htmx:
        return redirect("newsroom:composer", slug=ticker.slug)
    may_publish = policy.may_publish(request.user)
    context = {
        "ticker": ticker,
        "may_publish": may_publish,
        "entries": latest_entries(ticker, request.user),
        "queue_count": services.review_queue(ticker).count() if may_publish else None,
    }
    return render(request, "newsroom/composer.html#entry-list", context)
