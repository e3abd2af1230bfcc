"""What a post card is to readers: the page's card, and the card data in feeds and the API."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from summit.media.models import EntryEmbed
from summit.media.posts import provider_kind, provider_name
from summit.media.presentation import storage_url


@dataclass(frozen=True)
class PostCard:
    embed: EntryEmbed
    provider: str  # the service's name, e.g. "YouTube"
    kind: str  # "video" or "post"
    when: str  # "14.08.2025, 21:15 Uhr", empty when the provider named no date
    frame: str  # our frame's path; empty when the provider's player cannot be named
    thumbnail: str  # our copy's URL; empty when there is none

    @property
    def text(self) -> str:
        return self.embed.text or self.embed.title


def post_card(embed: EntryEmbed) -> PostCard:
    frame = reverse("post-frame", kwargs={"pk": embed.pk}) if embed.frame_url else ""
    return PostCard(
        embed,
        provider_name(embed.provider),
        provider_kind(embed.provider),
        german_time(embed),
        frame,
        thumbnail_url(embed),
    )


def thumbnail_url(embed: EntryEmbed) -> str:
    return storage_url(embed.thumbnail.name) if embed.thumbnail.name else ""


def german_time(embed: EntryEmbed) -> str:
    if embed.posted_at is None:
        return ""
    local = timezone.localtime(embed.posted_at)
    return _("%(date)s Uhr") % {"date": date_format(local, "d.m.Y, H:i")}


def entry_posts(entry) -> list[PostCard]:
    return [post_card(embed) for embed in entry.embeds.all()]


def entry_embeds_json(entry) -> list[dict]:
    """The post URL and the card's words (no thumbnail: it is the provider's, not ours)."""
    return [
        {
            "url": embed.url,
            "provider": embed.provider,
            "author": embed.author,
            "title": embed.title,
            "text": embed.text,
            "posted_at": embed.posted_at.isoformat() if embed.posted_at else None,
        }
        for embed in entry.embeds.all()
    ]


def entry_posts_html(entry) -> str:
    """The cards for feed readers: the words as a quote and the link to the original."""
    return "".join(
        format_html(
            '<blockquote cite="{url}"><p>{text}</p><footer>{author}{provider}{when} '
            '<a href="{url}">{link}</a></footer></blockquote>',
            url=card.embed.url,
            text=card.text,
            author=f"{card.embed.author} · " if card.embed.author else "",
            provider=card.provider,
            when=f" · {card.when}" if card.when else "",
            link=_("Original bei %(name)s öffnen") % {"name": card.provider},
        )
        for card in entry_posts(entry)
    )
