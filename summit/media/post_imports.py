"""Posts and videos named by an import (our JSON: "embeds": ["https://…"]).

The URLs are checked when the input is read (an unknown service refuses that entry with its
message); the cards are fetched before anything is written and stored with new entries.
"""

from __future__ import annotations

from typing import Any

from summit.media import services
from summit.media.models import EntryEmbed
from summit.media.posts import UnknownPost, detect
from summit.ticker.models import Entry


def post_references(value: Any) -> list[str] | None:
    """The "embeds" of a JSON item as stripped URLs, or None when it is not a list of text."""
    if value in (None, []):
        return []
    if not isinstance(value, list) or not all(isinstance(url, str) for url in value):
        return None
    return [url.strip() for url in value if url.strip()]


def unknown_posts(urls: list[str]) -> list[str]:
    """The messages for URLs that are no post or video of a service we know."""
    messages = []
    for url in urls:
        try:
            detect(url)
        except UnknownPost as error:
            messages.append(f"{url}: {error}")
    return messages


def read_posts(urls: list[str]) -> list[EntryEmbed]:
    """The cards for `urls`, fetched now (unsaved; a provider that fails leaves a link)."""
    embeds = []
    for position, url in enumerate(urls):
        embed = EntryEmbed(position=position)
        services.embed_fill(embed, url)
        embeds.append(embed)
    return embeds


def store_posts(entry: Entry, embeds: list[EntryEmbed]) -> None:
    for embed in embeds:
        embed.entry = entry
        embed.save()
