"""What the newsroom's composer needs beyond single entry saves: names found or added."""

from __future__ import annotations

from typing import TypeVar

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from summit.ticker import policy
from summit.ticker.models import Source, Speaker, Tag
from summit.ticker.policy import Actor
from summit.ticker.wording import normalise_name

# One of the kinds of names; each call answers with the kind it was asked for.
Name = TypeVar("Name", Speaker, Source, Tag)


def name_find_or_add(
    model: type[Name], name: str, *, by: Actor = None, add: bool = True
) -> Name | None:
    """The speaker, source or tag of that name (case and spacing ignored), added when new
    (add=True) and the user may add names; None for an empty or (add=False) unknown name."""
    name = " ".join((name or "").split())
    if not name:
        return None
    existing = _find(model, name)
    if existing is not None or not add:
        return existing
    policy.require(
        policy.may_add_name(by, model),
        _("Neue Namen, Quellen und Schlagwörter anlegen darf nur, wer die Berechtigung hat."),
    )
    try:
        with transaction.atomic():
            return model.objects.create(name=name)
    except IntegrityError:  # a colleague added it a moment ago
        return model.objects.get(name__iexact=name)


def _find(model: type[Name], name: str) -> Name | None:
    found = model.objects.filter(name__iexact=name).first()
    if found is not None:
        return found
    wanted = normalise_name(name)
    for candidate in model.objects.filter(name__istartswith=name[:3]):
        if normalise_name(candidate.name) == wanted:
            return candidate
    return None
