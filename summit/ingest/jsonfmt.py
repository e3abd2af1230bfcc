"""Our own JSON schema: exactly what `import_ticker --dry-run --json` prints, read back."""

from __future__ import annotations

import json
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from summit.ingest.dates import DateReader
from summit.ingest.drafts import (
    TEXT_SCHEMA_FIELDS,
    EntryDraft,
    ParseResult,
    UnreadableInput,
    body_html,
    said_at_value,
)
from summit.ingest.moments import parse_iso
from summit.media.checks import INCOMPLETE_MESSAGE
from summit.media.imports import image_references, lacks_words
from summit.media.post_imports import post_references, unknown_posts

_TEXT_FIELDS = TEXT_SCHEMA_FIELDS


def parse_json(text: str, reader: DateReader) -> ParseResult:
    """A list of schema items (or {"entries": [...]} as the JSON API pages it)."""
    data = load_json(text)
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        data = data["entries"]
    if not isinstance(data, list):
        raise UnreadableInput(
            _("JSON hat nicht die erwartete Form: erwartet wird eine Liste von Einträgen.")
        )
    result = ParseResult(format="json")
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise UnreadableInput(
                _("JSON hat nicht die erwartete Form: Eintrag %(n)s ist kein Objekt.")
                % {"n": number}
            )
        result.drafts.append(draft_from_item(item, reader, number))
    return result


def load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError as error:
        raise UnreadableInput(_("JSON ist zu tief verschachtelt.")) from error
    except ValueError as error:
        raise UnreadableInput(_("Kein gültiges JSON: %(error)s") % {"error": error}) from error


def draft_from_item(item: dict[str, Any], reader: DateReader, number: int) -> EntryDraft:
    """One schema item as a draft; wrong types refuse the whole input, bad dates the entry."""
    for name in _TEXT_FIELDS:
        if item.get(name) is not None and not isinstance(item[name], str):
            raise UnreadableInput(_wrong_type(number, name, _("Text")))
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise UnreadableInput(_wrong_type(number, "tags", _("eine Liste von Namen")))
    warnings = item.get("warnings") or []
    if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
        raise UnreadableInput(_wrong_type(number, "warnings", _("eine Liste von Texten")))
    if not isinstance(item.get("time_estimated", False), bool):
        raise UnreadableInput(_wrong_type(number, "time_estimated", "true/false"))
    draft = EntryDraft(
        title=(item.get("title") or "").strip(),
        body=body_html(item.get("body") or ""),
        speaker=(item.get("speaker") or "").strip() or None,
        source=(item.get("source") or "").strip() or None,
        source_url=(item.get("source_url") or "").strip(),
        tags=[tag.strip() for tag in tags if tag.strip()],
        external_id=(item.get("external_id") or "").strip(),
        warnings=list(warnings),
        time_estimated=bool(item.get("time_estimated", False)),
    )
    _read_time(draft, item.get("published_at"), reader, number)
    _read_said_at(draft, item.get("said_at"), number)
    _read_publish_at(draft, item.get("publish_at"), reader, number)
    images = image_references(item.get("images"))
    if images is None:
        raise UnreadableInput(
            _wrong_type(number, "images", _("eine Liste von Bildern mit „file“ oder „url“"))
        )
    draft.images = images
    if lacks_words(images):
        draft.warn(str(INCOMPLETE_MESSAGE))
    embeds = post_references(item.get("embeds"))
    if embeds is None:
        raise UnreadableInput(
            _wrong_type(number, "embeds", _("eine Liste von Adressen (Beiträge oder Videos)"))
        )
    draft.embeds = embeds
    for message in unknown_posts(embeds):
        draft.fail(message)
    return draft


def _read_said_at(draft: EntryDraft, value: Any, number: int) -> None:
    """Optional: a day ("2025-08-13") or a moment with its offset, as the export prints it."""
    if value in (None, ""):
        return
    if not isinstance(value, str):
        raise UnreadableInput(_wrong_type(number, "said_at", _("ein Datum nach ISO 8601")))
    try:
        draft.said_at = said_at_value(value)
    except ValueError:
        draft.fail(_("Das Datum „%(value)s“ ist ungültig.") % {"value": value})


def _read_publish_at(draft: EntryDraft, value: Any, reader: DateReader, number: int) -> None:
    """Optional: the entry is planned for this moment (ISO 8601; without offset in the
    ticker's zone). A malformed or past moment refuses the entry, it is never published early."""
    if value in (None, ""):
        return
    if not isinstance(value, str):
        raise UnreadableInput(_wrong_type(number, "publish_at", _("ein Datum nach ISO 8601")))
    try:
        moment = parse_iso(value, reader.zone)
    except ValueError:
        draft.fail(
            _("Der geplante Zeitpunkt „%(value)s“ ist kein Datum nach ISO 8601.") % {"value": value}
        )
        return
    if moment <= timezone.now():
        draft.fail(
            _("Der geplante Zeitpunkt „%(value)s“ liegt nicht in der Zukunft.") % {"value": value}
        )
        return
    draft.publish_at = moment


def _read_time(draft: EntryDraft, value: Any, reader: DateReader, number: int) -> None:
    if value in (None, ""):
        draft.time_estimated = False
        return
    if not isinstance(value, str):
        raise UnreadableInput(_wrong_type(number, "published_at", _("ein Datum nach ISO 8601")))
    try:
        draft.published_at = parse_iso(value, reader.zone)
    except ValueError:
        stamp = reader.read(value)
        moment = reader.resolve(stamp, None) if stamp else None
        if moment is None:
            draft.fail(
                (stamp.error if stamp and stamp.error else None)
                or _("Das Datum „%(value)s“ ist ungültig.") % {"value": value}
            )
        draft.published_at = moment


def _wrong_type(number: int, name: str, expected: str) -> str:
    return _(
        "JSON hat nicht die erwartete Form: Eintrag %(n)s, Feld „%(field)s“ muss %(expected)s sein."
    ) % {
        "n": number,
        "field": name,
        "expected": expected,
    }
