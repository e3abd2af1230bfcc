"""The composer at /redaktion/: write an entry and look after the ticker's latest ones.

Login required; every write goes through summit.ticker.services, which ask the policy.
Pages are private (never cached, never indexed).
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Q, Value, When
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from summit.newsroom.forms import ComposerForm
from summit.ticker import policy, services
from summit.ticker.models import Entry, Source, Speaker, Tag, Ticker

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
    form = ComposerForm(request.POST or None, may_publish=may_publish)
    sent = None
    if request.method == "POST" and form.is_valid():
        try:
            sent = send_entry(ticker, form.cleaned_data, request.user, may_publish)
        except policy.NotAllowed as refusal:
            form.add_error(None, str(refusal))
        else:
            if not request.htmx:
                return redirect("newsroom:composer", slug=ticker.slug)
            form = ComposerForm(may_publish=may_publish)
    context = composer_context(request, ticker, form, may_publish, sent=sent)
    template = "newsroom/composer.html#sent" if request.htmx else "newsroom/composer.html"
    return render(request, template, context)


def send_entry(ticker: Ticker, data: dict, user, may_publish: bool) -> Entry:
    """Publish (a chief) or hand in for review (an editor): one step, names added on the fly."""
    speaker = services.name_find_or_add(Speaker, data["speaker"], by=user)
    source = services.name_find_or_add(Source, data["source"], by=user)
    tags = [services.name_find_or_add(Tag, name, by=user) for name in data["tags"]]
    status = Entry.Status.PUBLISHED if may_publish else Entry.Status.DRAFT
    return services.entry_create(
        ticker,
        by=user,
        tags=tags,
        title=data["title"],
        body=data["body"],
        speaker=speaker,
        source=source,
        status=status,
        pinned=bool(data.get("key_event")),
        published_at=timezone.now(),
        time_set=False,
    )


def composer_context(request, ticker: Ticker, form, may_publish: bool, sent=None) -> dict:
    return {
        "ticker": ticker,
        "form": form,
        "may_publish": may_publish,
        "sent": sent,
        "entries": latest_entries(ticker, request.user),
        "speakers": Speaker.objects.values_list("name", flat=True),
        "sources": Source.objects.values_list("name", flat=True),
        "tag_names": Tag.objects.values_list("name", flat=True),
    }


def latest_entries(ticker: Ticker, user) -> list[Entry]:
    """Own drafts first, then the colleagues' drafts waiting for review, then the newest."""
    order = Case(
        When(Q(status=Entry.Status.DRAFT, created_by=user), then=Value(0)),
        When(status=Entry.Status.DRAFT, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    entries = (
        ticker.entries.annotate(group=order)
        .select_related("speaker", "source", "created_by")
        .prefetch_related("tags")
        .order_by("group", "-published_at", "-id")[:LATEST]
    )
    for entry in entries:
        entry.may_edit = policy.may_edit(user, entry)
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
    if action not in ACTIONS:
        raise PermissionDenied(_("Unbekannte Aktion."))
    try:
        ACTIONS[action](entry, request.user)
    except policy.NotAllowed as refusal:
        raise PermissionDenied(str(refusal)) from refusal
    if not request.htmx:
        return redirect("newsroom:composer", slug=ticker.slug)
    context = {
        "ticker": ticker,
        "may_publish": policy.may_publish(request.user),
        "entries": latest_entries(ticker, request.user),
    }
    return render(request, "newsroom/composer.html#entry-list", context)
