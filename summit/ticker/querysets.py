"""Reads of tickers and entries: intent-named QuerySet methods, filtering, search and paging.

The filters themselves are values (summit.ticker.filters); here they narrow a queryset.
Paging is keyset paging on (published_at, position, id), the timeline's sort key: the
cursor names the last entry shown and the next page continues strictly after it, so
entries published meanwhile cannot shift the pages and no COUNT(*) is needed.

Search is the one read whose cost depends on what a stranger types. On PostgreSQL it goes
through the German full-text index for every query shape (see migration 0005 for why the
index expression is a function of its own), and it runs under a statement timeout that
surfaces as SearchTooExpensive, which the web layer answers with a 503.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import OperationalError, connection, models, transaction
from django.db.models import Exists, F, Func, OuterRef, Q

from summit.ticker.filters import PAGE_SIZE, Cursor, Page, TimelineFilters

# The search function and its GIN index (migration 0005, PostgreSQL only).
SEARCH_FUNCTION = "summit_search_de"
# A search term list longer than this is cut: each word is one more condition on SQLite.
MAX_SEARCH_TERMS = 6
MAX_TERM_LENGTH = 60
# A search matching at most this many entries is answered from their ids (see search()).
SEARCH_PROBE_LIMIT = 1000
# Milliseconds a public search may take on PostgreSQL before it is cancelled.
DEFAULT_READ_TIMEOUT_MS = 2000
PREFIX_WORD_RE = re.compile(r"^([^\W_]{2,})\*$")
PHRASE_RE = re.compile(r'"([^"]*)"')


class SearchTooExpensive(Exception):
    """A public read ran into its statement timeout; the web layer answers 503, not 500."""


class TickerQuerySet(models.QuerySet):
    def public(self):
        """Tickers readers may open: live ones and ended ones (an archive stays readable)."""
        return self.exclude(status=self.model.Status.DRAFT)

    def live(self):
        return self.filter(status=self.model.Status.LIVE)


class GermanSearchVector(Func):
    """The expression of the `entry_search_idx` GIN index, written identically so that
    PostgreSQL answers the search from the index."""

    function = SEARCH_FUNCTION
    output_field = SearchVectorField()

    def __init__(self):
        super().__init__(F("title"), F("body_text"))


class EntryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=self.model.Status.PUBLISHED)

    def newest_first(self):
        return self.order_by("-published_at", "-position", "-id")

    def oldest_first(self):
        return self.order_by("published_at", "position", "id")

    def in_order(self, order: str):
        """ "newest" or "oldest" first (the filters' `order`)."""
        return self.newest_first() if order == "newest" else self.oldest_first()

    def page_rows(self):
        """Only what the cursor, the day headings and an entry's kept HTML (its fragment key in
        ticker/entry.html) need, as plain rows (pk, published_at, position, updated_at), not
        entries: a page whose entries are all kept reads nothing more."""
        return self.values_list("pk", "published_at", "position", "updated_at", named=True)

    def with_relations(self):
        """Everything a rendered entry shows, in a fixed number of queries."""
        return self.select_related("speaker", "source").prefetch_related("tags", "images", "embeds")

    def changed_since(self, revision: int):
        """Entries whose public state changed after `revision`. Only changes readers see
        stamp a revision (services.revisions.is_public_change), so a draft appears here
        only when it was taken off the public pages, never one no reader saw."""
        return self.filter(revision__gt=revision)

    def for_filters(self, filters: TimelineFilters, zone: dt.tzinfo):
        """Entries matching every filter; `day` is a day in `zone` (the ticker's).

        Several tags: entries with any of them. Different filters: all of them.
        """
        queryset = self
        if filters.speaker:
            queryset = queryset.filter(speaker__slug=filters.speaker)
        if filters.source:
            queryset = queryset.filter(source__slug=filters.source)
        if filters.tags:
            queryset = queryset.filter(_has_any_tag(self.model, filters.tags))
        if filters.day:
            queryset = queryset.filter(_on_day(filters.day, zone))
        if filters.q:
            queryset = queryset.search(filters.q)
        return queryset

    def search(self, text: str):
        """German full-text search on PostgreSQL (inflections match, "phrases", prefix*);
        a bounded substring match elsewhere.

        On PostgreSQL the matching ids are looked up first, through the GIN index and under
        the read timeout (one query): a search matching up to SEARCH_PROBE_LIMIT entries is
        then answered from those ids alone. Only a term matching more than that is left to
        the timeline walk, which finds a page of such a common term after a few rows. Asked
        in one query, the planner would walk the timeline for a rare term too, computing
        every row's vector (seconds on a large ticker).
        """
        if connection.vendor != "postgresql":
            matches = Q()
            for term in _substring_terms(text):
                matches &= Q(title__icontains=term) | Q(body_text__icontains=term)
            return self.filter(matches)
        matching = self.matching(text)
        with bounded_read():
            ids = list(matching.order_by().values_list("pk", flat=True)[: SEARCH_PROBE_LIMIT + 1])
        return self.filter(pk__in=ids) if len(ids) <= SEARCH_PROBE_LIMIT else matching

    def matching(self, text: str):
        """Entries whose German full-text vector matches `text` (PostgreSQL only)."""
        return self.alias(search_de=GermanSearchVector()).filter(search_de=_full_text_query(text))

    def walks_search_index(self) -> bool:
        """Whether reading this queryset computes search vectors row by row (a common term
        on PostgreSQL, see search()): such a read runs under the timeout."""
        return "search_de" in self.query.annotations

    def after(self, cursor: Cursor, order: str):
        """Entries strictly past the cursor in this order (keyset condition on the sort key)."""
        op = "lt" if order == "newest" else "gt"
        return self.filter(
            Q(**{f"published_at__{op}": cursor.published_at})
            | Q(published_at=cursor.published_at, **{f"position__{op}": cursor.position})
            | Q(
                published_at=cursor.published_at,
                position=cursor.position,
                **{f"id__{op}": cursor.id},
            )
        )

    def page(self, filters: TimelineFilters, size: int = PAGE_SIZE) -> Page:
        """One page after `filters.before`, in `filters.order` (self is already filtered).

        Fetches size + 1 rows to learn whether there is a next page: no COUNT(*). A search
        that walks the timeline runs under the public read timeout.
        """
        read = self.page_read(filters, size)
        with bounded_read() if self.walks_search_index() else nullcontext():
            return Page.of(list(read), size)

    def page_read(self, filters: TimelineFilters, size: int = PAGE_SIZE):
        """The read behind page(): size + 1 rows after `filters.before`, in `filters.order`."""
        queryset = self.after(filters.before, filters.order) if filters.before else self
        return queryset.in_order(filters.order)[: size + 1]


def _has_any_tag(model, slugs: tuple[str, ...]) -> Exists:
    through = model.tags.through
    return Exists(through.objects.filter(entry_id=OuterRef("pk"), tag__slug__in=slugs))


def _on_day(day: dt.date, zone: dt.tzinfo) -> Q:
    start = dt.datetime.combine(day, dt.time.min, tzinfo=zone)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
    return Q(published_at__gte=start, published_at__lt=end)


def _full_text_query(text: str) -> SearchQuery | None:
    """websearch syntax ("phrases", or, -not) plus `word*` for a prefix; the prefix words go
    in as raw tsquery only when they are plain letters and digits, so input cannot break
    the query syntax."""
    prefixes: list[str] = []
    rest: list[str] = []
    for word in text.split()[: MAX_SEARCH_TERMS * 2]:
        match = PREFIX_WORD_RE.match(word)
        (prefixes if match else rest).append(match.group(1) if match else word)
    query = None
    if rest:
        query = SearchQuery(" ".join(rest), config="german", search_type="websearch")
    for word in prefixes[:MAX_SEARCH_TERMS]:
        prefix = SearchQuery(f"{word}:*", config="german", search_type="raw")
        query = prefix if query is None else query & prefix
    return query


def _substring_terms(text: str) -> list[str]:
    """Quoted phrases whole, other words one by one, `*` and quotes dropped; bounded in
    number and length, because every term scans every row once more."""
    phrases = [phrase.strip() for phrase in PHRASE_RE.findall(text) if phrase.strip()]
    words = [word.strip('"*') for word in PHRASE_RE.sub(" ", text).split()]
    terms = [term[:MAX_TERM_LENGTH] for term in [*phrases, *words] if term]
    return terms[:MAX_SEARCH_TERMS]


def _is_timeout(error: OperationalError) -> bool:
    cause = error.__cause__
    return type(cause).__name__ == "QueryCanceled" or "statement timeout" in str(error)


@contextmanager
def bounded_read(timeout_ms: int | None = None) -> Iterator[None]:
    """Run the enclosed reads under a statement timeout (PostgreSQL; elsewhere a no-op).

    A read that takes longer is cancelled by the server and raises SearchTooExpensive, so
    one expensive request cannot hold a worker and the database for long.
    """
    if connection.vendor != "postgresql":
        yield
        return
    if timeout_ms is None:
        timeout_ms = getattr(settings, "TICKER_READ_TIMEOUT_MS", DEFAULT_READ_TIMEOUT_MS)
    nested = connection.in_atomic_block
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL statement_timeout = {int(timeout_ms)}")
            yield
            if nested:  # SET LOCAL outlives a savepoint: give the outer transaction its own
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL statement_timeout TO DEFAULT")
    except OperationalError as error:
        if _is_timeout(error):
            raise SearchTooExpensive(str(error)) from error
        raise
