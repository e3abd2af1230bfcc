"""How big an import may be, each bound checked before the work that grows with it.

The input's size is checked when it is decoded; the number of entries and of tags per
entry right after parsing, before enrichment; a body's length and nesting before it is
sanitised; the number of new names before any is created. Each refusal names the bound
and leaves nothing stored. Field lengths come from the model, so they cannot drift.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter

from django.utils.translation import gettext as _

from summit.ingest.decoding import may_hold_controls
from summit.ingest.drafts import EntryDraft, UnreadableInput
from summit.ticker.fields import max_length
from summit.ticker.models import Entry, Speaker
from summit.ticker.sanitize import MAX_MARKUP_DEPTH, has_controls, markup_depth, strip_controls

MAX_ENTRIES = 100_000
MAX_TAGS_PER_ENTRY = 30
MAX_NEW_NAMES = 1_000
MAX_BODY_LENGTH = 200_000

# The longest value each stored text may have, from the model's own fields.
FIELD_LIMITS = {
    name: max_length(Entry, name) for name in ("title", "source_url", "external_id")
} | {"body": MAX_BODY_LENGTH}
NAME_LIMIT = max_length(Speaker, "name")


def field_label(name: str) -> str:
    """The name an editor knows a draft's field by: the entry form's label ("Titel")."""
    field = Entry._meta.get_field(name)
    return str(getattr(field, "verbose_name", name))


# Every text field of a draft: what the editor sees and what is stored.
_DRAFT_TEXTS = ("title", "body", "speaker", "source", "source_url", "external_id")
_draft_texts = attrgetter(*_DRAFT_TEXTS)
_CONTROLS_GROUP = 256  # drafts whose texts are tested for control characters at once


def check_body(value: str) -> None:
    """A body too long or nested too deeply is refused before any parser works on it."""
    if len(value) > MAX_BODY_LENGTH:
        raise UnreadableInput(
            _("Ein Text ist länger als %(limit)s Zeichen; nichts übernommen.")
            % {"limit": f"{MAX_BODY_LENGTH:,}".replace(",", ".")}
        )
    if "<" in value and markup_depth(value) > MAX_MARKUP_DEPTH:
        raise UnreadableInput(
            _("Ein Text ist tiefer als %(limit)s Ebenen verschachtelt; nichts übernommen.")
            % {"limit": MAX_MARKUP_DEPTH}
        )


def check_parsed(drafts: list[EntryDraft], extra_tags: Iterable[str] = ()) -> None:
    """The number of entries and of tags per entry, right after parsing."""
    if len(drafts) > MAX_ENTRIES:
        raise UnreadableInput(
            _("Die Eingabe hat %(n)s Einträge; höchstens %(limit)s sind je Import möglich.")
            % {"n": _number(len(drafts)), "limit": _number(MAX_ENTRIES)}
        )
    extra = len(set(extra_tags))
    for number, draft in enumerate(drafts, start=1):
        if len(draft.tags) + extra > MAX_TAGS_PER_ENTRY:
            raise UnreadableInput(
                _(
                    "Eintrag %(n)s hat %(tags)s Schlagwörter; höchstens %(limit)s sind je "
                    "Eintrag möglich."
                )
                % {
                    "n": number,
                    "tags": _number(len(draft.tags) + extra),
                    "limit": MAX_TAGS_PER_ENTRY,
                }
            )
        if len(draft.body) > MAX_BODY_LENGTH:
            check_body(draft.body)


def check_new_names(drafts: list[EntryDraft]) -> None:
    """Enrichment marks the names it would create; too many new ones refuse the import."""
    new = {("speaker", d.speaker) for d in drafts if d.new_speaker}
    new |= {("source", d.source) for d in drafts if d.new_source}
    new |= {("tag", name.casefold()) for d in drafts for name in d.new_tags}
    if len(new) > MAX_NEW_NAMES:
        raise UnreadableInput(
            _(
                "Der Import würde %(n)s neue Sprecher, Quellen und Schlagwörter anlegen; "
                "höchstens %(limit)s sind je Import möglich."
            )
            % {"n": _number(len(new)), "limit": _number(MAX_NEW_NAMES)}
        )


def remove_controls(drafts: list[EntryDraft]) -> int:
    """Take NUL and other control characters out of every text of every draft, with a warning.

    Returns how many drafts had any.
    """
    touched = 0
    for start in range(0, len(drafts), _CONTROLS_GROUP):
        group = drafts[start : start + _CONTROLS_GROUP]
        if _group_may_hold_controls(group):
            touched += _remove_group_controls(group)
    return touched


def _group_may_hold_controls(drafts: list[EntryDraft]) -> bool:
    """False only where no text of these drafts holds a control character: their texts
    as UTF-8 are tested by plain byte tests, far cheaper than the expression."""
    texts = [text for draft in drafts for text in (*_draft_texts(draft), *draft.tags) if text]
    return may_hold_controls("".join(texts).encode("utf-8", "surrogatepass"))


def _remove_group_controls(drafts: list[EntryDraft]) -> int:
    touched = 0
    for draft in drafts:
        # A control character in any text is one in all of them joined: one search per draft.
        if not has_controls("".join(filter(None, (*_draft_texts(draft), *draft.tags)))):
            continue
        fields = [name for name in _DRAFT_TEXTS if has_controls(getattr(draft, name) or "")]
        for name in fields:
            setattr(draft, name, strip_controls(getattr(draft, name)).strip() or _empty(name))
        draft.tags = [strip_controls(tag) for tag in draft.tags]
        draft.tags = [tag for tag in draft.tags if tag.strip()]
        draft.warn(_("Steuerzeichen (z. B. NUL) wurden aus dem Eintrag entfernt."))
        touched += 1
    return touched


def _empty(name: str) -> str | None:
    return None if name in ("speaker", "source") else ""


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")
