"""Erasing a legally removed entry's text from the imports it came from.

An import keeps its raw input, the parsed drafts and a report with titles of skipped drafts;
all three may hold the entry's text long after the entry itself was purged. The drafts list
keeps its length and order (exclusions and report indices refer to draft positions), only the
matching drafts lose their content. In the raw input the exact texts are replaced by a marker
when every one of them can be found verbatim; when they cannot (escaped JSON, entities in a
feed, re-wrapped lines), nothing partial is trusted and the whole raw input is blanked, noted
in report["purged"].
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from summit.ticker.models import Entry, ImportBatch, content_fingerprint
from summit.ticker.sanitize import clean_entry_html, html_to_text

REMOVED = "[entfernt]"
# Draft fields that carry content; names and tags are shared vocabulary, not the entry's text.
DRAFT_CONTENT_FIELDS = ("title", "body", "source_url", "warnings", "errors")
RAW_INPUT_REDACTED, RAW_INPUT_BLANKED = "redacted", "blanked"


@dataclass(frozen=True)
class Version:
    """One wording the entry had (it may have been edited after its import)."""

    title: str
    body_text: str

    @property
    def fingerprint(self) -> str:
        return content_fingerprint(self.title, self.body_text)

    def fragments(self) -> list[str]:
        """The title and every line of the text: the pieces an input holds verbatim."""
        lines = [line.strip() for line in self.body_text.splitlines()]
        return [piece for piece in (self.title.strip(), *lines) if piece]


def entry_versions(entry: Entry) -> list[Version]:
    """Every wording of the entry: the current one and those in its history (read before erasing)."""
    wordings = {(entry.title, entry.body)}
    wordings.update(entry.history.values_list("title", "body"))
    return [Version(title, html_to_text(clean_entry_html(body))) for title, body in wordings]


def scrub_batch(batch: ImportBatch, entry: Entry, versions: list[Version]) -> bool:
    """Remove the entry's text from one import (in memory); whether it held any.

    The caller saves the batch (services.batches.batch_scrub_entry, the one writer of batches).
    """
    fingerprints = {version.fingerprint for version in versions if version.fragments()}
    fragments = sorted(
        {piece for version in versions for piece in version.fragments()}, key=len, reverse=True
    )
    positions = _matching_drafts(batch.drafts, entry.external_id, fingerprints)
    own = batch.pk == entry.import_batch_id
    if not (own or positions or any(piece in batch.raw_input for piece in fragments)):
        return False
    raw_input_outcome = _scrub_raw_input(batch, fragments, [batch.drafts[i] for i in positions])
    for position in positions:
        batch.drafts[position] = _scrubbed_draft(batch.drafts[position])
    _scrub_report(batch, {batch.drafts[i].get("index") for i in positions}, fragments)
    batch.report.setdefault("purged", []).append(
        {"entry": entry.pk, "drafts": positions, "raw_input": raw_input_outcome}
    )
    return True


def _draft_fingerprint(draft: dict[str, Any]) -> str:
    body_text = html_to_text(clean_entry_html(draft.get("body") or ""))
    return content_fingerprint(draft.get("title") or "", body_text)


def _matching_drafts(
    drafts: list[dict[str, Any]], external_id: str, fingerprints: set[str]
) -> list[int]:
    return [
        position
        for position, draft in enumerate(drafts)
        if (external_id and draft.get("external_id") == external_id)
        or _draft_fingerprint(draft) in fingerprints
    ]


def _scrubbed_draft(draft: dict[str, Any]) -> dict[str, Any]:
    cleared = {
        name: [] if isinstance(draft.get(name), list) else "" for name in DRAFT_CONTENT_FIELDS
    }
    return {**draft, **cleared, "title": REMOVED}


def _scrub_raw_input(batch: ImportBatch, fragments: list[str], drafts: list[dict]) -> str:
    """Replace the entry's texts in the raw input, or blank it when they cannot all be found."""
    expected = {piece for draft in drafts for piece in _draft_version(draft).fragments()}
    text = batch.raw_input
    if not all(piece in text for piece in expected):
        batch.raw_input = ""
        return RAW_INPUT_BLANKED
    for piece in fragments:  # longest first, so a title inside a line goes with the line
        text = text.replace(piece, REMOVED)
    batch.raw_input = text
    return RAW_INPUT_REDACTED


def _draft_version(draft: dict[str, Any]) -> Version:
    return Version(
        draft.get("title") or "", html_to_text(clean_entry_html(draft.get("body") or ""))
    )


def _scrub_report(batch: ImportBatch, indices: set[Any], fragments: Iterable[str]) -> None:
    """Skipped drafts are listed with their titles; a purged entry's duplicate is one of them."""
    fragments = set(fragments)
    for skipped in batch.report.get("skipped", []):
        if skipped.get("index") in indices or skipped.get("title") in fragments:
            skipped["title"] = REMOVED
