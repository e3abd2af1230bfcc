"""Which service a pasted post or video URL belongs to, and where its player lives.

Every provider is opened in an iframe of its own embed page (never its widget script on our
origin), so the frame we serve needs to allow exactly one more origin: `frame_origin`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from django.utils.translation import gettext as _


class UnknownPost(ValueError):
    """The URL is not a post or video of a service we know; the message says which we do."""


@dataclass(frozen=True)
class Post:
    provider: str  # key of PROVIDERS
    url: str  # the canonical link to the original
    ident: str  # the provider's id of the post or video (for Bluesky: the handle/rkey)
    host: str = ""  # Mastodon: the instance


@dataclass(frozen=True)
class Provider:
    name: str
    pattern: re.Pattern[str]
    kind: str  # "video" frames are 16:9, "post" frames are tall


PROVIDERS: dict[str, Provider] = {
    "youtube": Provider(
        "YouTube",
        re.compile(
            r"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:.*&)?v=|shorts/|live/)"
            r"|youtu\.be/)(?P<id>[\w-]{11})"
        ),
        "video",
    ),
    "vimeo": Provider(
        "Vimeo", re.compile(r"^https?://(?:www\.)?vimeo\.com/(?:video/)?(?P<id>\d+)"), "video"
    ),
    "x": Provider(
        "X",
        re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status/(?P<id>\d+)"),
        "post",
    ),
    "bluesky": Provider(
        "Bluesky",
        re.compile(r"^https://bsky\.app/profile/(?P<id>[\w.:-]+/post/\w+)"),
        "post",
    ),
    "telegram": Provider(
        "Telegram", re.compile(r"^https://t\.me/(?:s/)?(?P<id>\w{4,}/\d+)"), "post"
    ),
    "instagram": Provider(
        "Instagram",
        re.compile(r"^https://(?:www\.)?instagram\.com/(?:p|reel)/(?P<id>[\w-]+)"),
        "post",
    ),
    # Mastodon lives on many hosts: any https://host/@user/123 is taken as a Mastodon post.
    "mastodon": Provider(
        "Mastodon",
        re.compile(r"^https://(?P<host>[a-z0-9.-]+\.[a-z]{2,})/@\w+(?:@[\w.-]+)?/(?P<id>\d+)"),
        "post",
    ),
}


def detect(url: str) -> Post:
    """The post behind `url`, or UnknownPost with a German message naming what we support."""
    url = url.strip()
    for key, provider in PROVIDERS.items():
        match = provider.pattern.match(url)
        if match:
            return Post(key, url, match["id"], match.groupdict().get("host") or "")
    names = ", ".join(provider.name for provider in PROVIDERS.values())
    raise UnknownPost(
        _("Diese Adresse gehört zu keinem unterstützten Dienst (%(names)s).") % {"names": names}
    )


def frame_url(post: Post, bluesky_uri: str = "") -> str:
    """The provider's own embed page for the post; empty when it cannot be named."""
    ident = post.ident
    if post.provider == "youtube":
        return f"https://www.youtube-nocookie.com/embed/{ident}"
    if post.provider == "vimeo":
        return f"https://player.vimeo.com/video/{ident}?dnt=1"
    if post.provider == "x":
        return f"https://platform.twitter.com/embed/Tweet.html?id={ident}&dnt=true"
    if post.provider == "telegram":
        return f"https://t.me/{ident}?embed=1"
    if post.provider == "instagram":
        return f"https://www.instagram.com/p/{ident}/embed/"
    if post.provider == "mastodon":
        return f"{post.url.split('?')[0].rstrip('/')}/embed"
    if post.provider == "bluesky" and bluesky_uri.startswith("at://"):
        return "https://embed.bsky.app/embed/" + quote(bluesky_uri.removeprefix("at://"))
    return ""


def frame_origin(url: str) -> str:
    """The one origin a frame's CSP allows besides nothing at all."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme == "https" else ""


def provider_name(key: str) -> str:
    provider = PROVIDERS.get(key)
    return provider.name if provider else key


def provider_kind(key: str) -> str:
    provider = PROVIDERS.get(key)
    return provider.kind if provider else "post"
