"""Speakers, sources and tags: renamed or merged, every ticker showing them learns of it.

Entries show their speaker's name and role, their source and their tags, and the facet
counts beside the timeline list them; a rename must reach open pages and kept answers
like an edit of the entries. The published entries that show the name are stamped with
their ticker's new revision (one UPDATE per ticker, no history: their content is the same).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Model

from summit.ticker import policy
from summit.ticker.models import Entry, Source, Speaker, Tag
from summit.ticker.policy import Actor
from summit.ticker.services.revisions import lock_tickers, move_revision

Name = Speaker | Source | Tag


def name_save(obj: Name, *, by: Actor = None) -> Name:
    """Create or change a speaker, source or tag; tickers showing it move their revision."""
    policy.require(policy.may_change_names(by, type(obj)), policy.NAMES_REFUSED)
    with transaction.atomic():
        obj.save()
        if obj.pk is not None:
            _announce({obj.pk}, type(obj))
    return obj


def names_merge(keep: Name, others: list[Name], *, by: Actor = None) -> Name:
    """Fold `others` into `keep`: their entries point to `keep`, their names become its
    aliases (speakers, sources) or keywords (tags), and they are deleted."""
    model = type(keep)
    policy.require(policy.may_change_names(by, model), policy.NAMES_REFUSED)
    others = [other for other in others if other.pk != keep.pk]
    with transaction.atomic():
        ids = {keep.pk, *(other.pk for other in others)}
        _announce(ids, model)  # before the links move, while the old names still point here
        _repoint(model, keep, others)
        extra = "keywords" if model is Tag else "aliases"
        names = getattr(keep, extra) or []
        for other in others:
            names += [name for name in (other.name, *(getattr(other, extra) or [])) if name]
        setattr(keep, extra, sorted(set(names) - {keep.name}))
        for other in others:
            other.delete()
        keep.save()
    return keep


def names_delete(objs: list[Name], *, by: Actor = None) -> None:
    """Delete speakers, sources or tags (an entry's speaker or source is protected: the
    database refuses); a deleted tag leaves its entries, so their tickers move on."""
    for model in {type(obj) for obj in objs}:
        policy.require(policy.may_change_names(by, model), policy.NAMES_REFUSED)
    with transaction.atomic():
        for model in {type(obj) for obj in objs}:
            _announce({obj.pk for obj in objs if type(obj) is model}, model)
        for obj in objs:
            obj.delete()


def _repoint(model: type[Model], keep: Name, others: list[Name]) -> None:
    other_ids = [other.pk for other in others]
    if model is Tag:
        through = Entry.tags.through
        tagged = set(through.objects.filter(tag_id=keep.pk).values_list("entry_id", flat=True))
        moving = through.objects.filter(tag_id__in=other_ids)
        links = {entry_id for entry_id in moving.values_list("entry_id", flat=True)}
        moving.delete()
        through.objects.bulk_create(
            [through(entry_id=entry_id, tag_id=keep.pk) for entry_id in links - tagged]
        )
    else:
        field = "speaker" if model is Speaker else "source"
        for entry in Entry.objects.filter(**{f"{field}_id__in": other_ids}):
            setattr(entry, field, keep)
            entry.version += 1  # an editor's form opened before the merge is out of date
            entry._change_reason = f"{model._meta.verbose_name} zusammengeführt"
            entry.save(update_fields=[field, "version", "updated_at"])


def _announce(ids: set[int], model: type[Name]) -> None:
    """Move the revision of every ticker with a published entry showing one of these names,
    and stamp those entries, so polls re-render them."""
    relation = {Speaker: "speaker_id__in", Source: "source_id__in", Tag: "tags__in"}[model]
    shown = Entry.objects.published().filter(**{relation: ids})
    ticker_ids = set(shown.values_list("ticker_id", flat=True).distinct())
    for ticker in lock_tickers(ticker_ids).values():
        revision = move_revision(ticker)
        Entry.objects.filter(pk__in=shown.filter(ticker=ticker).values("pk")).update(
            revision=revision
        )
