"""raw input -> parser (per format) -> [EntryDraft] -> checks -> enrich: one way for command and admin."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from summit.ingest import limits
from summit.ingest.collector import cycle_collection_paused
from summit.ingest.csvfmt import parse_csv
from summit.ingest.dates import DateReader
from summit.ingest.decoding import decode_input
from summit.ingest.detect import detect_format
from summit.ingest.drafts import (
    EntryDraft,
    ParseResult,
    UnreadableInput,
    assign_positions,
    fill_missing_times,
    number_in_source_order,
)
from summit.ingest.enrich import Enricher
from summit.ingest.feeds import parse_feed
from summit.ingest.jsonfmt import parse_json
from summit.ingest.moments import plausibility_error
from summit.ingest.names import KnownNames
from summit.ingest.ninjs import parse_ninjs
from summit.ingest.said import entry_text, said_at_in_text
from summit.ingest.text import parse_ticker_text
from summit.ticker.sanitize import safe_link

PARSERS: dict[str, Callable[[str, DateReader], ParseResult]] = {
    "text": parse_ticker_text,
    "json": parse_json,
    "ninjs": parse_ninjs,
    "csv": parse_csv,
    "rss": parse_feed,
}


# The languages a paste's dates are read in: German tickers quote English pages and back.
LANGUAGES = ("de", "en")


def reading_languages(language: str) -> tuple[str, ...]:
    """A ticker's own language first, then the others: a German newsroom pastes Al Jazeera's
    "23m ago (16:07 GMT)" too, and the figures of the corpus are measured reading all."""
    return (language, *(code for code in LANGUAGES if code != language))


@dataclass(frozen=True)
class ImportOptions:
    """What the editor chose for one import; kept on the ImportBatch as JSON."""

    format: str = "auto"
    time_zone: str = "Europe/Berlin"
    languages: tuple[str, ...] = LANGUAGES
    reference_time: datetime | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    status: str = "published"
    skip_invalid: bool = False
    # Take the input's title and intro as the ticker's title and description when applying.
    take_ticker_head: bool = False
    # Bring back entries an undone import withdrew, instead of skipping them as known.
    restore_withdrawn: bool = False
    # The imported file's folder: pictures named by a relative "file" are read from there.
    base_dir: str | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def now(self) -> datetime:
        """The reference time: "now" for relative times and the future-date check."""
        return self.reference_time or timezone.now()

    def to_storage(self) -> dict[str, Any]:
        data = asdict(self)
        data["languages"] = list(self.languages)
        data["tags"] = list(self.tags)
        data["reference_time"] = self.reference_time.isoformat() if self.reference_time else None
        return data

    @classmethod
    def from_storage(cls, data: dict[str, Any]) -> ImportOptions:
        values = dict(data)
        values["languages"] = tuple(values.get("languages") or LANGUAGES)
        values["tags"] = tuple(values.get("tags") or ())
        if values.get("reference_time"):
            values["reference_time"] = datetime.fromisoformat(values["reference_time"])
        return cls(**values)


def check_time_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise UnreadableInput(_("Unbekannte Zeitzone „%(zone)s“.") % {"zone": name}) from error
    return name


@dataclass
class Prepared:
    """A parsed and enriched import, ready to preview or apply."""

    result: ParseResult
    options: ImportOptions
    # The input as it came; its text is decoded again when a batch keeps it, so that a large
    # import does not hold the whole text beside its lines and drafts while it is parsed.
    raw: bytes | str
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return decode_input(self.raw).text

    @property
    def drafts(self) -> list[EntryDraft]:
        return self.result.drafts

    @property
    def invalid(self) -> list[EntryDraft]:
        return [draft for draft in self.drafts if draft.errors]

    def refusal(self) -> str | None:
        """One line naming the bad entries, unless the editor chose to skip them."""
        if self.options.skip_invalid or not self.invalid:
            return None
        named = "; ".join(f"{draft.label}: {' '.join(draft.errors)}" for draft in self.invalid[:10])
        more = len(self.invalid) - 10
        if more > 0:
            named += " " + _("(und %(n)s weitere)") % {"n": more}
        return ngettext(
            "%(n)s fehlerhafter Eintrag, nichts übernommen (mit „Fehlerhafte überspringen“ "
            "werden nur die guten übernommen): %(named)s",
            "%(n)s fehlerhafte Einträge, nichts übernommen (mit „Fehlerhafte überspringen“ "
            "werden nur die guten übernommen): %(named)s",
            len(self.invalid),
        ) % {"n": len(self.invalid), "named": named}


def prepare_import(
    raw: bytes | str, options: ImportOptions, known: KnownNames | None = None
) -> Prepared:
    """Read, parse, check and enrich an input; raises UnreadableInput for unreadable input."""
    with cycle_collection_paused():
        return _prepared(raw, options, known)


def _prepared(raw: bytes | str, options: ImportOptions, known: KnownNames | None) -> Prepared:
    decoded = decode_input(raw)
    format_name = options.format if options.format != "auto" else detect_format(decoded.text)
    if format_name not in PARSERS:
        raise UnreadableInput(_("Unbekanntes Format „%(format)s“.") % {"format": format_name})
    reader = DateReader(zone=options.zone, reference=options.now, languages=options.languages)
    # Handed over, not kept: the parser may let the text go once it has read its lines.
    result = PARSERS[format_name](decoded.take_text(), reader)
    if not result.drafts:
        raise UnreadableInput(_("In der Eingabe wurde kein Eintrag gefunden."))
    limits.check_parsed(result.drafts, options.tags)
    cleaned = limits.remove_controls(result.drafts)
    number_in_source_order(result.drafts)
    fill_missing_times(result.drafts)
    texts = [entry_text(draft.title, draft.body) for draft in result.drafts]
    fill_said_at(result.drafts, texts, options.zone)
    assign_positions(result.drafts)
    enricher = Enricher(
        known if known is not None else KnownNames.from_database(),
        default_source=options.source or result.document_source,
        extra_tags=options.tags,
    )
    enricher.enrich(result.drafts, texts)
    limits.check_new_names(result.drafts)
    check_drafts(result.drafts, options.now)
    notes = [*decoded.notes, *result.notes]
    if cleaned:
        notes.append(
            ngettext(
                "Aus %(n)s Eintrag wurden Steuerzeichen (z. B. NUL) entfernt.",
                "Aus %(n)s Einträgen wurden Steuerzeichen (z. B. NUL) entfernt.",
                cleaned,
            )
            % {"n": cleaned}
        )
    return Prepared(result, options, raw, notes=notes)


def fill_said_at(drafts: list[EntryDraft], texts: list[str], zone: ZoneInfo) -> None:
    """When the text says when a statement was made; an input's own said_at is kept.

    texts are the drafts' entry_text, made once per import for this and for enrich."""
    for draft, text in zip(drafts, texts, strict=True):
        if draft.said_at is None:
            draft.said_at = said_at_in_text(text, draft.published_at, zone)


def check_drafts(drafts: list[EntryDraft], now: datetime) -> None:
    """Oversized fields and impossible or implausible dates make an entry invalid; a link
    that is no web or mail address is dropped, with a warning."""
    for draft in drafts:
        if draft.published_at is not None:
            problem = plausibility_error(draft.published_at, now)
            if problem:
                draft.fail(problem)
        for name, limit in limits.FIELD_LIMITS.items():
            if len(getattr(draft, name)) > limit:
                draft.fail(
                    _("Das Feld „%(field)s“ ist länger als %(limit)s Zeichen.")
                    % {"field": limits.field_label(name), "limit": f"{limit:,}".replace(",", ".")}
                )
        names = (draft.speaker, draft.source, *draft.tags)
        if any(len(name or "") > limits.NAME_LIMIT for name in names):
            draft.fail(
                _("Ein Name ist länger als %(limit)s Zeichen.") % {"limit": limits.NAME_LIMIT}
            )
        if draft.source_url and not safe_link(draft.source_url):
            # Only web and mail links reach a page (no javascript:, no data:).
            draft.warn(
                _("Der Link „%(url)s“ ist keine http-, https- oder mailto-Adresse und entfällt.")
                % {"url": draft.source_url[:80]}
            )
            draft.source_url = ""
        if not (draft.title or draft.body):
            draft.fail(_("Der Eintrag hat weder Titel noch Text."))
