"""An import's drafts as unsaved entries: each written name resolved to its speaker, source or
tag, unknown ones created (in one query per kind), so the services get entries to write."""

from __future__ import annotations

import hashlib
from typing import Any

from django.utils.text import slugify
from django.utils.translation import gettext as _

from summit.ingest.drafts import EntryDraft
from summit.ingest.limits import MAX_NEW_NAMES
from summit.ingest.names import NameIndex
from summit.ingest.pipeline import ImportOptions
from summit.ingest.said import said_moment
from summit.ticker import services
from summit.ticker.models import Entry, Source, Speaker, Tag
from summit.ticker.services.batches import ImportRefused


def resolve_rows(
    drafts: list[EntryDraft],
    options: ImportOptions,
    origin: str,
    new_speakers: list[str],
    new_sources: list[str],
    new_tags: list[str],
) -> list[services.ImportRow]:
    """Drafts to unsaved entries with resolved speakers, sources and tags; the names created
    on the way are added to `new_speakers`, `new_sources` and `new_tags`."""
    speakers = _resolve_people(Speaker, [d.speaker for d in drafts], new_speakers)
    sources = _resolve_people(Source, [d.source for d in drafts], new_sources)
    tags = _resolve_tags([name for d in drafts for name in d.tags], new_tags)
    return [
        services.ImportRow(
            entry=_entry(draft, options, origin, speakers, sources),
            tags=_unique([tags[name.casefold()] for name in draft.tags]),
            index=draft.index,
        )
        for draft in drafts
    ]


def _unique(tags: list[Tag]) -> list[Tag]:
    """Two spellings of one tag in an entry ("EU", "eu") link it once."""
    return list({tag.pk: tag for tag in tags}.values())


def _entry(
    draft: EntryDraft,
    options: ImportOptions,
    origin: str,
    speakers: dict[str, Speaker],
    sources: dict[str, Source],
) -> Entry:
    published_at, estimated = draft.published_at, draft.time_estimated
    if published_at is None:
        published_at, estimated = options.now, True
    values = _ENTRY_DEFAULTS.copy()
    for slot in _MADE_PER_ENTRY:  # a default that is a callable ("bylines": a new list)
        values[slot] = _ENTRY_FIELDS[slot].get_default()
    values[_SLOT["published_at"]] = published_at
    values[_SLOT["time_estimated"]] = estimated
    values[_SLOT["said_at"]] = said_moment(draft.said_at, options.zone)
    values[_SLOT["position"]] = draft.position
    values[_SLOT["title"]] = draft.title
    values[_SLOT["body"]] = draft.body
    values[_SLOT["source_url"]] = draft.source_url
    values[_SLOT["origin"]] = origin
    values[_SLOT["external_id"]] = draft.external_id
    values[_SLOT["publish_at"]] = draft.publish_at
    entry: Entry = _POSITIONAL(*values)
    if draft.speaker and draft.speaker in speakers:
        entry.speaker = speakers[draft.speaker]
    if draft.source and draft.source in sources:
        entry.source = sources[draft.source]
    return entry


# Entries are built from positional values in field order: from keywords, each of an
# Entry's thirty fields is looked up and defaulted one by one, which costs more than the
# rest of resolving a draft.
_ENTRY_FIELDS = list(Entry._meta.concrete_fields)
_SLOT = {field.attname: slot for slot, field in enumerate(_ENTRY_FIELDS)}
_MADE_PER_ENTRY = [
    slot
    for slot, field in enumerate(_ENTRY_FIELDS)
    if field.has_default() and callable(field.default)
]
_ENTRY_DEFAULTS = [field.get_default() for field in _ENTRY_FIELDS]
_POSITIONAL: Any = Entry  # (the stubs know no positional construction)


def _resolve_people(
    model: type[Speaker] | type[Source], names: list[str | None], created: list[str]
) -> dict[str, Any]:
    """Each written name -> its known speaker (or source); unknown names are created at once.

    A name created here is known to the names after it ("Anna Berg", then "Berg").
    """
    objects = {obj.name: obj for obj in model.objects.all()}
    index = NameIndex((obj.name, obj.aliases or []) for obj in objects.values())
    canonical: dict[str, str] = {}
    for name in dict.fromkeys(name for name in names if name):
        found = index.resolve(name)
        if found is None:
            found = name
            created.append(name)
            _refuse_too_many(created)
            index.add(name)
        canonical[name] = found
    new = _create_named(model, created)
    objects.update((obj.name, obj) for obj in new)
    return {name: objects[found] for name, found in canonical.items()}


def _resolve_tags(names: list[str], created: list[str]) -> dict[str, Tag]:
    """Tags by casefolded name; unknown ones are created."""
    tags = {tag.name.casefold(): tag for tag in Tag.objects.all()}
    for name in dict.fromkeys(names):
        if name.casefold() not in tags and name not in created:
            created.append(name)
            _refuse_too_many(created)
            tags[name.casefold()] = Tag(name=name)  # a placeholder until created below
    for tag in _create_named(Tag, created):
        tags[tag.name.casefold()] = tag
    return tags


def _refuse_too_many(created: list[str]) -> None:
    if len(created) > MAX_NEW_NAMES:
        raise ImportRefused(
            _("Der Import würde mehr als %(n)s neue Namen anlegen; bitte in kleineren Teilen.")
            % {"n": MAX_NEW_NAMES}
        )


def _create_named(model: Any, names: list[str]) -> list[Any]:
    """Create speakers, sources or tags in one query, each with a unique slug.

    The slugs are found against the slugs already taken, read once, so a thousand names that
    all slugify to nothing ("???") cost no more than a thousand others.
    """
    if not names:
        return []
    taken = set(model.objects.values_list("slug", flat=True))
    objects = []
    for name in names:
        slug = _free_slug(name, taken)
        taken.add(slug)
        objects.append(model(name=name, slug=slug))
    return model.objects.bulk_create(objects)


def _free_slug(name: str, taken: set[str]) -> str:
    base = slugify(name)[:180] or "n-" + hashlib.sha256(name.encode()).hexdigest()[:12]
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
