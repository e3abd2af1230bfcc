"""What one send or one autosave of the composer does, through the services only."""

from django.db import transaction
from django.utils import timezone

from summit.media import services as media
from summit.ticker import services
from summit.ticker.models import Entry, Source, Speaker, Tag, Ticker


def save_draft(ticker: Ticker, data: dict, user, *, add_names: bool = False) -> Entry:
    """The text as a draft: the composer's own draft updated (EditConflict when someone
    else saved it meanwhile or it is no longer a draft), or a new one. While typing, names
    not known yet are left out (add_names=False): half-typed names must not become names."""
    tags = [
        tag
        for name in data["tags"]
        if (tag := services.name_find_or_add(Tag, name, by=user, add=add_names)) is not None
    ]
    content = {
        "title": data["title"],
        "body": data["body"],
        "speaker": services.name_find_or_add(Speaker, data["speaker"], by=user, add=add_names),
        "source": services.name_find_or_add(Source, data["source"], by=user, add=add_names),
    }
    authors = data.get("authors") or None
    draft = own_draft(ticker, data)
    if draft is None:
        return services.entry_create(
            ticker,
            by=user,
            tags=tags,
            authors=authors,
            status=Entry.Status.DRAFT,
            published_at=timezone.now(),
            time_set=False,
            **content,
        )
    for name, value in content.items():
        setattr(draft, name, value)
    return services.entry_save(
        draft, by=user, tags=tags, authors=authors, base_version=data["version"]
    )


def own_draft(ticker: Ticker, data: dict) -> Entry | None:
    if data.get("entry") is None:
        return None
    draft = ticker.entries.filter(pk=data["entry"]).first()
    if draft is None:
        return None  # removed meanwhile: the text becomes a new draft
    if draft.status != Entry.Status.DRAFT or data.get("version") != draft.version:
        raise services.EditConflict(draft)
    return draft


@transaction.atomic
def send(ticker: Ticker, data: dict, user, may_publish: bool) -> Entry:
    """One step: a chief publishes (or plans, with a time ahead); an editor hands in.
    A refused photo (media's RefusedImage) or a refused step leaves nothing stored."""
    draft = save_draft(ticker, data, user, add_names=True)
    if data.get("photo"):
        media.image_add(
            draft, data["photo"], alt=data["photo_alt"].strip(), credit=data["photo_credit"].strip()
        )
    if not may_publish:
        return services.entry_hand_in(draft, by=user)
    if data.get("publish_at") and data["publish_at"] > timezone.now():
        return services.entry_schedule(draft, by=user, at=data["publish_at"])
    return services.entry_update(
        draft, by=user, status=Entry.Status.PUBLISHED, pinned=bool(data.get("key_event"))
    )
