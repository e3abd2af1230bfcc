"""EntryDraft: what every parser produces, and the JSON exchange schema it round-trips through."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime, tzinfo
from operator import attrgetter
from typing import Any

from django.utils.translation import gettext as _

from summit.ticker.models import Entry
from summit.ticker.sanitize import clean_entry_html, html_to_text, text_to_html

# Optional: printed only for entries that have it (a date "2025-08-13" when only the day
# is known, a full ISO 8601 time otherwise), so items without it keep the schema below.
OPTIONAL_SCHEMA_FIELDS = ("said_at",)
# Set by the import itself (publisher and date), not exchanged.
_NOT_EXCHANGED = ("origin",)
# The fields of the exchange schema, in the order `import_ticker --dry-run --json` prints
# them: an entry's content (Entry.CONTENT_FIELDS), then what an import adds to it.
SCHEMA_FIELDS = (
    *(
        name
        for name in Entry.CONTENT_FIELDS
        if name not in OPTIONAL_SCHEMA_FIELDS and name not in _NOT_EXCHANGED
    ),
    "tags",
    "external_id",
    "warnings",
)
# Text fields the schema writes as null when empty (speaker and source are null or a name).
_EMPTY_AS_NULL = ("source_url", "external_id")
# The schema's fields that hold text (the rest are times, flags and lists).
TEXT_SCHEMA_FIELDS = tuple(
    name
    for name in SCHEMA_FIELDS
    if name not in ("published_at", "time_estimated", "tags", "warnings")
)

_schema_values = attrgetter(*SCHEMA_FIELDS)

_HTML_TAG = re.compile(r"<(?:p|br|ul|ol|li|h[1-6]|blockquote|div|strong|em|b|i|a)\b", re.I)


class UnreadableInput(Exception):
    """The input cannot be read as its format at all; it is refused whole with this message."""


@dataclass
class EntryDraft:
    """One entry as a parser understood it, before anything is saved.

    Speaker, source and tags are display names; enrich() turns what the text says into
    the canonical names of known speakers, sources and tags, and marks the ones that
    would be created. `errors` refuse the entry (impossible dates, oversized fields),
    `warnings` only inform the editor.
    """

    title: str = ""
    body: str = ""
    published_at: datetime | None = None
    time_estimated: bool = False
    # The text named the zone of its time ("4.44pm BST"): the schema keeps that offset.
    zone_named: bool = False
    speaker: str | None = None
    source: str | None = None
    source_url: str = ""
    tags: list[str] = field(default_factory=list)
    external_id: str = ""
    # When the quoted statement was made: a date when only the day is known.
    said_at: date | datetime | None = None
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # Source order (1 = first in the input) and the tie-break within one published_at.
    index: int = 0
    position: int = 0
    new_speaker: bool = False
    new_source: bool = False
    # Read from a weak cue (a role, a name without attribution), not a known name or a
    # strong attribution: the editor should check it. The schema says so only when true.
    speaker_guessed: bool = False
    source_guessed: bool = False
    new_tags: list[str] = field(default_factory=list)
    # Pictures named by the input: {"file" or "url", "alt", "caption", "credit"} (summit.media).
    images: list[dict[str, str]] = field(default_factory=list)
    # Posts and videos named by the input: their URLs (summit.media.posts).
    embeds: list[str] = field(default_factory=list)
    # Planned publication ("publish_at" in our JSON): the entry waits as a planned draft.
    publish_at: datetime | None = None

    def warn(self, message: str) -> None:
        """Add a warning once: re-importing an exported draft must not repeat it."""
        if message not in self.warnings:
            self.warnings.append(message)

    def fail(self, message: str) -> None:
        if message not in self.errors:
            self.errors.append(message)

    def add_tag(self, name: str) -> None:
        if name not in self.tags:
            self.tags.append(name)

    @property
    def body_text(self) -> str:
        """The body's plain text, its paragraphs apart (as Entry.body_text)."""
        return html_to_text(self.body)

    @property
    def label(self) -> str:
        """How messages name this entry: its number in the input and the start of its title."""
        title = self.title or "…"
        if len(title) > 40:
            title = title[:39].rstrip() + "…"
        return _("Eintrag %(index)s („%(title)s“)") % {"index": self.index, "title": title}

    def to_schema(self, zone: tzinfo) -> dict[str, Any]:
        """The exchange schema: what `--dry-run --json` prints and the JSON importer reads."""
        item = {
            name: self._schema_value(name, value, zone)
            for name, value in zip(SCHEMA_FIELDS, _schema_values(self), strict=True)
        }
        if self.said_at is not None:
            item["said_at"] = said_at_text(self.said_at, zone)
        for guessed in ("speaker_guessed", "source_guessed"):
            if getattr(self, guessed):
                item[guessed] = True
        if self.images:
            item["images"] = [dict(image) for image in self.images]
        if self.embeds:
            item["embeds"] = list(self.embeds)
        if self.publish_at is not None:
            item["publish_at"] = self.publish_at.astimezone(zone).isoformat()
        return item

    def _schema_value(self, name: str, value: Any, zone: tzinfo) -> Any:
        if isinstance(value, datetime):
            return (value if self.zone_named else value.astimezone(zone)).isoformat()
        if isinstance(value, list):
            return list(value)
        return value or None if name in _EMPTY_AS_NULL else value

    def to_storage(self) -> dict[str, Any]:
        """Everything, for keeping a preview in ImportBatch.drafts between requests."""
        # asdict() deep-copies every value, which costs seconds on a large import; the values
        # are strings, numbers and times, so copying the lists and dicts is the same. The
        # fields are read at once, by names listed once (fields() per draft costs too).
        data = dict(zip(_STORED_FIELDS, _stored_values(self), strict=True))
        for name in _LIST_FIELDS:
            data[name] = _copied(data[name])
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        data["said_at"] = self.said_at.isoformat() if self.said_at else None
        data["publish_at"] = self.publish_at.isoformat() if self.publish_at else None
        return data

    @classmethod
    def from_storage(cls, data: dict[str, Any]) -> EntryDraft:
        values = dict(data)
        if values.get("published_at"):
            values["published_at"] = datetime.fromisoformat(values["published_at"])
        if values.get("said_at"):
            values["said_at"] = said_at_value(values["said_at"])
        if values.get("publish_at"):
            values["publish_at"] = datetime.fromisoformat(values["publish_at"])
        return cls(**values)


_STORED_FIELDS = tuple(item.name for item in fields(EntryDraft))
_stored_values = attrgetter(*_STORED_FIELDS)
# The fields holding lists (the others hold strings, numbers, flags and times).
_LIST_FIELDS = tuple(item.name for item in fields(EntryDraft) if item.default_factory is list)


def _copied(value: Any) -> Any:
    if isinstance(value, list):
        # Most lists hold only names and messages: a string needs no copy (nor a call).
        return [item if type(item) is str else _copied(item) for item in value]
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    return value


def said_at_text(value: date | datetime, zone: tzinfo) -> str:
    if isinstance(value, datetime):
        return value.astimezone(zone).isoformat()
    return value.isoformat()


def said_at_value(text: str) -> date | datetime:
    """The reverse of said_at_text; raises ValueError for anything else."""
    if len(text) == len("2025-08-13"):
        return date.fromisoformat(text)
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(text)
    return moment


@dataclass(frozen=True)
class Skipped:
    """A piece of the input that was deliberately not imported, and why."""

    text: str
    reason: str

    def to_storage(self) -> dict[str, str]:
        return {"text": self.text, "reason": self.reason}


@dataclass
class ParseResult:
    """A parser's answer: the drafts, what it left out, and what it noticed about the document."""

    format: str
    drafts: list[EntryDraft] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ticker_title: str = ""
    ticker_description: str = ""
    # The publisher named by the document itself ("Quelle: dpa" in an article's dateline).
    document_source: str | None = None

    def skip(self, text: str, reason: str) -> None:
        text = " ".join(text.split())
        if text:
            self.skipped.append(Skipped(text if len(text) <= 300 else text[:299] + "…", reason))


def body_html(value: str) -> str:
    """Sanitised HTML from a body that may be HTML or plain text (CSV cells, feeds, JSON).

    Raises UnreadableInput for a body too long or too deeply nested to sanitise.
    """
    from summit.ingest.limits import check_body  # limits reads the drafts' types

    if not value:
        return ""
    check_body(value)
    html = value if _HTML_TAG.search(value) else text_to_html(value)
    return clean_entry_html(html)


def number_in_source_order(drafts: list[EntryDraft]) -> None:
    for index, draft in enumerate(drafts, start=1):
        draft.index = index


def newest_first(drafts: list[EntryDraft]) -> bool:
    """Whether the input lists newest entries first (tickers do; exports of feeds may not).

    Decided by the first and last dated entries; undecidable input counts as newest first,
    the way live tickers are read.
    """
    dated = [d.published_at for d in drafts if d.published_at is not None]
    return not (len(dated) >= 2 and dated[0] < dated[-1])


def fill_missing_times(drafts: list[EntryDraft]) -> None:
    """Entries without a time take that of the nearest newer dated entry, marked as estimated.

    Entries newer than every dated one take the newest dated time. Idempotent, so a
    re-imported export comes out the same.
    """
    ordered = drafts if newest_first(drafts) else list(reversed(drafts))
    newer: datetime | None = None
    missing_before_first: list[EntryDraft] = []
    for draft in ordered:
        if draft.published_at is not None:
            if newer is None:
                for early in missing_before_first:
                    early.published_at, early.time_estimated = draft.published_at, True
            newer = draft.published_at
        elif newer is not None:
            draft.published_at, draft.time_estimated = newer, True
        else:
            missing_before_first.append(draft)
    for draft in missing_before_first:
        if draft.published_at is None:
            draft.warn(_("Keine Zeitangabe gefunden; beim Übernehmen gilt die Importzeit."))


def assign_positions(drafts: list[EntryDraft]) -> None:
    """Position keeps source order among entries that share a time: higher is newer."""
    count = len(drafts)
    top_is_newest = newest_first(drafts)
    for offset, draft in enumerate(drafts):
        draft.position = count - offset if top_is_newest else offset + 1
