"""schema.org LiveBlogPosting for the timeline, as search engines document it for live blogs."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from summit.ticker.origins import absolute, absolute_url, public_origin
from summit.ticker.presenters import share_image

PUBLISHER_NAME = "Summit Liveticker"
# The escapes of Django's json_script: no "</script>" or HTML comment can end the block early.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _publisher() -> dict:
    return {"@type": "Organization", "name": PUBLISHER_NAME}


def _authors(entry, origin: str) -> list[dict] | dict:
    """The entry's bylines as schema.org people; the publisher when it names nobody."""
    people = [_person(byline, origin) for byline in entry.bylines]
    return people or _publisher()


def _person(byline: dict, origin: str) -> dict:
    person = {"@type": "Person", "name": byline["name"]}
    if byline["role"]:
        person["jobTitle"] = byline["role"]
    if byline.get("avatar"):
        person["image"] = absolute(origin, byline["avatar"])
    return person


def blog_posting(entry, request) -> dict:
    url = absolute_url(request, entry.get_absolute_url())
    posting = {
        "@type": "BlogPosting",
        "@id": url,
        "url": url,
        "headline": (entry.title or entry.body_text)[:110],
        "datePublished": entry.published_at.isoformat(),
        "dateModified": (entry.corrected_at or entry.updated_at or entry.published_at).isoformat(),
        "articleBody": entry.body_text,
        "author": _authors(entry, public_origin(request)),
        "publisher": _publisher(),
    }
    image = share_image(entry, public_origin(request))
    if image:
        posting["image"] = _image_object(image)
    return posting


def _image_object(image: dict) -> dict:
    """schema.org ImageObject of the entry's share picture (presenters.share_image)."""
    return {
        "@type": "ImageObject",
        "url": image["url"],
        "width": image["width"],
        "height": image["height"],
        "caption": image["alt"],
    }


def live_blog_posting(ticker, entries, request) -> dict:
    """LiveBlogPosting with one liveBlogUpdate per entry shown on the page."""
    url = absolute_url(request, ticker.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "url": url,
        "headline": ticker.title,
        "description": ticker.description or ticker.title,
        "inLanguage": ticker.language,
        "datePublished": (ticker.coverage_start or ticker.created_at).isoformat(),
        "dateModified": ticker.updated_at.isoformat(),
        "author": _publisher(),
        "publisher": _publisher(),
        "liveBlogUpdate": [blog_posting(entry, request) for entry in entries],
    }
    # Required for live blogs; a ticker without a planned start is covered since it was created.
    data["coverageStartTime"] = (ticker.coverage_start or ticker.created_at).isoformat()
    if ticker.coverage_end:
        data["coverageEndTime"] = ticker.coverage_end.isoformat()
    return data


def ld_json_script(data: dict) -> SafeString:
    """<script type="application/ld+json"> with json_script's escaping (data, never executed)."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(JSON_SCRIPT_ESCAPES)),
    )
