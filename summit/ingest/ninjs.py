"""IPTC ninjs (1.x and 2.x): news items in JSON, as agencies deliver them.

Mapping: uri -> external_id; versioncreated (else firstcreated) -> published_at;
headline (1.x) or the main of headlines (2.x) -> title; body_html, body_text or the
main of bodies (2.x) -> body; byline/by -> source (the agency named last, as in
"Anna Muster, dpa"); subject/subjects names -> tags; located -> the dateline that
opens the body (unless the body already starts with it). A package of items (associations) is read item by item.

Pictures: an item's associations of type picture (or graphic) become the draft's images:
the largest rendition's href, description -> alt, headline -> caption, credit (else
copyrightholder, else by/byline) -> credit. They are fetched only when the import is applied.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from summit.ingest.dates import DateReader
from summit.ingest.drafts import EntryDraft, ParseResult, UnreadableInput, body_html
from summit.ingest.jsonfmt import load_json
from summit.ingest.moments import parse_iso
from summit.media.checks import INCOMPLETE_MESSAGE
from summit.media.imports import lacks_words, remote_reference
from summit.ticker.sanitize import text_to_html


def parse_ninjs(text: str, reader: DateReader) -> ParseResult:
    result = ParseResult(format="ninjs")
    for number, item in enumerate(_items(load_json(text)), start=1):
        result.drafts.append(_draft(item, reader, number))
    return result


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]
    if isinstance(data, dict):
        stories = [item for item in _associations(data) if not _is_picture(item)]
        has_body = any(key in data for key in ("body_html", "body_text", "bodies"))
        data = stories if stories and not has_body else [data]
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise UnreadableInput(
            _("ninjs hat nicht die erwartete Form: erwartet werden Nachrichtenobjekte.")
        )
    return data


def _draft(item: dict[str, Any], reader: DateReader, number: int) -> EntryDraft:
    draft = EntryDraft(
        title=_text(_headline(item)),
        body=_body(item),
        external_id=_text(item.get("uri")),
        source=_agency(_text(item.get("byline") or item.get("by"))),
        tags=_subjects(item),
        source_url=_link(item),
        images=_pictures(item),
    )
    if lacks_words(draft.images):
        draft.warn(str(INCOMPLETE_MESSAGE))
    when = _text(item.get("versioncreated") or item.get("firstcreated"))
    if when:
        try:
            draft.published_at = parse_iso(when, reader.zone)
        except ValueError:
            draft.fail(_("Das Datum „%(value)s“ ist ungültig.") % {"value": when})
    if not (draft.title or draft.body):
        raise UnreadableInput(
            _("ninjs-Objekt %(n)s hat weder Überschrift noch Text.") % {"n": number}
        )
    return draft


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _main(values: Any, *, prefer: str | None = None) -> dict[str, Any] | None:
    """The main (or first) of a ninjs 2.x list of headlines or bodies."""
    if not isinstance(values, list):
        return None
    candidates = [value for value in values if isinstance(value, dict) and value.get("value")]
    if prefer:
        candidates.sort(key=lambda value: prefer not in str(value.get("contenttype", "")))
    mains = [value for value in candidates if value.get("role") in (None, "main", "")]
    chosen = mains or candidates
    return chosen[0] if chosen else None


def _headline(item: dict[str, Any]) -> str:
    if item.get("headline"):
        return item["headline"]
    main = _main(item.get("headlines"))
    return main["value"] if main else ""


def _body(item: dict[str, Any]) -> str:
    if _text(item.get("body_html")):
        body = body_html(item["body_html"])
    elif _text(item.get("body_text")):
        body = body_html(text_to_html(item["body_text"]))
    else:
        main = _main(item.get("bodies"), prefer="html")
        body = body_html(main["value"]) if main else ""
    located = _text(item.get("located"))
    if located and located.casefold() not in body[:200].casefold():
        body = body_html(text_to_html(located)) + body
    return body


def _agency(byline: str) -> str | None:
    """The agency in a byline: the part after the last comma ("Anna Muster, dpa")."""
    byline = byline.removeprefix("Von ").removeprefix("By ").strip()
    return byline.rsplit(",", 1)[-1].strip() or None if byline else None


def _subjects(item: dict[str, Any]) -> list[str]:
    subjects = item.get("subject") or item.get("subjects") or []
    if not isinstance(subjects, list):
        return []
    names = (subject.get("name") for subject in subjects if isinstance(subject, dict))
    return [name.strip() for name in names if isinstance(name, str) and name.strip()]


def _link(item: dict[str, Any]) -> str:
    for link in item.get("links") or []:
        if isinstance(link, dict) and str(link.get("href", "")).startswith(("http://", "https://")):
            return link["href"]
    return ""


def _associations(item: dict[str, Any]) -> list[dict[str, Any]]:
    """ninjs 1.x names its associations in an object, 2.x lists them."""
    associations = item.get("associations")
    if isinstance(associations, dict):
        associations = list(associations.values())
    if not isinstance(associations, list):
        return []
    return [association for association in associations if isinstance(association, dict)]


def _is_picture(item: dict[str, Any]) -> bool:
    return item.get("type") in ("picture", "graphic")


def _pictures(item: dict[str, Any]) -> list[dict[str, str]]:
    pictures = (_picture(association) for association in _associations(item))
    return [picture for picture in pictures if picture]


def _picture(item: dict[str, Any]) -> dict[str, str] | None:
    if not _is_picture(item):
        return None
    return remote_reference(
        _rendition_href(item.get("renditions")),
        alt=_text(item.get("description_text")) or _description(item),
        caption=_text(_headline(item)),
        credit=next(
            (
                _text(item.get(name))
                for name in ("credit", "copyrightholder", "by", "byline")
                if _text(item.get(name))
            ),
            "",
        ),
    )


def _rendition_href(renditions: Any) -> str:
    """The widest rendition's address (1.x: an object of named renditions, 2.x: a list)."""
    if isinstance(renditions, dict):
        renditions = list(renditions.values())
    if not isinstance(renditions, list):
        return ""
    candidates = [r for r in renditions if isinstance(r, dict) and _text(r.get("href"))]
    if not candidates:
        return ""
    widest = max(candidates, key=lambda rendition: _number(rendition.get("width")))
    return _text(widest["href"])


def _number(value: Any) -> int:
    return value if isinstance(value, int) else 0


def _description(item: dict[str, Any]) -> str:
    """ninjs 2.x: the description whose role is alt text, else the main one."""
    descriptions = item.get("descriptions")
    if not isinstance(descriptions, list):
        return ""
    for description in descriptions:
        if isinstance(description, dict) and description.get("role") in ("alt", "alternative"):
            return _text(description.get("value"))
    main = _main(descriptions)
    return _text(main["value"]) if main else ""
