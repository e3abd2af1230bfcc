"""The card of a post or video: its words fetched once, at save time, from the provider.

oEmbed where the provider offers it without a key (YouTube, Vimeo, X, Bluesky), the public
status API for Mastodon, the page's OpenGraph tags for Telegram and Instagram. A provider that
does not answer within FETCH_TIMEOUT, or answers with something we cannot read, leaves a plain
link card: saving an entry never waits long and never fails because of a provider.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import re
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote

from django.utils.html import strip_tags

from summit.media.posts import Post, frame_url
from summit.ops.outbound import UnsafeTarget, check_public_url

logger = logging.getLogger(__name__)

FETCH_TIMEOUT = 4  # seconds; the editor waits for this while saving
MAX_ANSWER_BYTES = 2 * 1024 * 1024

OEMBED = {
    "youtube": "https://www.youtube.com/oembed?format=json&url=",
    "vimeo": "https://vimeo.com/api/oembed.json?url=",
    "x": "https://publish.twitter.com/oembed?omit_script=1&dnt=true&url=",
    "bluesky": "https://embed.bsky.app/oembed?format=json&url=",
}


class FetchFailed(Exception):
    pass


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect could lead past the address check: it counts as a failure instead."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def fetch(url: str) -> bytes:
    """The provider's answer (public addresses only, no redirects, short timeout)."""
    try:
        check_public_url(url)
        request = urllib.request.Request(url, headers={"User-Agent": "Summit Liveticker"})
        with _opener.open(request, timeout=FETCH_TIMEOUT) as response:
            return response.read(MAX_ANSWER_BYTES)
    except (UnsafeTarget, urllib.error.URLError, OSError, ValueError) as error:
        raise FetchFailed(str(error)) from error


def card_fields(post: Post) -> dict[str, Any]:
    """The model fields of the card: the provider's words, or a plain link card."""
    fields: dict[str, Any] = {
        "provider": post.provider,
        "frame_url": frame_url(post),
        **dict.fromkeys(("author", "title", "text", "thumbnail_url"), ""),
        "posted_at": None,
    }
    try:
        fields.update(_read(post))
        fields["fetched"] = True
    except (FetchFailed, ValueError, KeyError, TypeError) as error:
        logger.info("post card for %s left a plain link: %s", post.url, error)
        fields["fetched"] = False
    return _trimmed(fields)


def _read(post: Post) -> dict[str, Any]:
    if post.provider in OEMBED:
        return _from_oembed(post, json.loads(fetch(OEMBED[post.provider] + quote(post.url, ""))))
    if post.provider == "mastodon":
        return _from_mastodon(
            json.loads(fetch(f"https://{post.host}/api/v1/statuses/{post.ident}"))
        )
    return _from_opengraph(fetch(post.url).decode("utf-8", "replace"))


def _from_oembed(post: Post, answer: dict) -> dict[str, Any]:
    markup = answer.get("html") or ""
    fields: dict[str, Any] = {
        "author": answer.get("author_name") or "",
        "title": answer.get("title") or "",
        "thumbnail_url": answer.get("thumbnail_url") or "",
        "text": _quoted_text(markup),
        "posted_at": _date(answer.get("upload_date") or _last_link_text(markup)),
    }
    uri = re.search(r'data-bluesky-uri="([^"]+)"', markup)
    if uri:
        fields["frame_url"] = frame_url(post, html.unescape(uri[1]))
    return fields


def _from_mastodon(status: dict) -> dict[str, Any]:
    account = status["account"]
    media = status.get("media_attachments") or []
    return {
        "author": f"{account.get('display_name') or account['username']} (@{account['acct']})",
        "text": _plain(status.get("content") or ""),
        "posted_at": _date(status.get("created_at") or ""),
        "thumbnail_url": (media[0].get("preview_url") or "") if media else "",
    }


def _from_opengraph(page: str) -> dict[str, Any]:
    tags = dict(
        (name, html.unescape(value))
        for name, value in re.findall(
            r'<meta\s+property="og:(\w+)"\s+content="([^"]*)"', page, flags=re.IGNORECASE
        )
    )
    if not (tags.get("title") or tags.get("description")):
        raise ValueError("no OpenGraph tags")
    return {
        "author": tags.get("title", ""),
        "text": tags.get("description", ""),
        "thumbnail_url": tags.get("image", ""),
    }


def _quoted_text(markup: str) -> str:
    """The post's own words in an oEmbed blockquote (its first paragraph)."""
    paragraph = re.search(r"<p[^>]*>(.*?)</p>", markup, flags=re.DOTALL)
    return _plain(paragraph[1]) if paragraph else ""


def _plain(markup: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>\s*<p[^>]*>", "\n", markup)
    return html.unescape(strip_tags(text)).strip()


def _last_link_text(markup: str) -> str:
    links = re.findall(r"<a[^>]*>([^<]*)</a>", markup)
    return html.unescape(links[-1]).strip() if links else ""


DATE_FORMATS = ("%B %d, %Y", "%B %d, %Y at %I:%M %p", "%Y-%m-%d %H:%M:%S")


def _date(value: str) -> dt.datetime | None:
    """A provider's date (ISO, or the English forms oEmbed markup uses) as aware UTC."""
    if not value:
        return None
    parsed: dt.datetime | None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        parsed = _date_in_formats(value)
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _date_in_formats(value: str) -> dt.datetime | None:
    for form in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, form)
        except ValueError:
            continue
    return None


LIMITS = {"author": 200, "title": 300, "thumbnail_url": 500, "frame_url": 500, "text": 5000}


def _trimmed(fields: dict[str, Any]) -> dict[str, Any]:
    """Provider answers cut to what the columns hold; a non-https thumbnail is dropped."""
    for name, limit in LIMITS.items():
        if isinstance(fields.get(name), str):
            fields[name] = fields[name][:limit]
    if not str(fields.get("thumbnail_url", "")).startswith("https://"):
        fields["thumbnail_url"] = ""
    return fields
