"""The parts of an entry that other apps present (pictures, post cards), added to the ticker's
public outputs without the ticker importing those apps.

An app registers its functions in its AppConfig.ready() (the media app does, from its
presenters module); the API, the feed, the JSON-LD and the permalink page ask here.
With nothing registered an entry is presented with its own fields only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from summit.ticker.models import Entry

# (entry, public origin) -> fields added to the entry's dict in entries.json.
ApiFields: TypeAlias = Callable[["Entry", str], dict]
# entry -> safe HTML that follows the body in the feed.
FeedHtml: TypeAlias = Callable[["Entry"], str]
# (entry, public origin) -> the picture for og:image, the JSON-LD and the feed's enclosure:
# {"url", "width", "height", "alt", "type", "length"}, or None when the entry has none.
ShareImage: TypeAlias = Callable[["Entry", str], "dict | None"]

_api_fields: list[ApiFields] = []
_feed_html: list[FeedHtml] = []
_share_images: list[ShareImage] = []


def _add(hooks: list, function: Callable) -> None:
    if function not in hooks:  # ready() may run twice (e.g. in a test's second setup)
        hooks.append(function)


def register_api_fields(function: ApiFields) -> None:
    _add(_api_fields, function)


def register_feed_html(function: FeedHtml) -> None:
    _add(_feed_html, function)


def register_share_image(function: ShareImage) -> None:
    _add(_share_images, function)


def api_fields(entry: Entry, origin: str) -> dict:
    """The registered apps' fields of the entry in entries.json, in registration order."""
    fields: dict = {}
    for function in _api_fields:
        fields.update(function(entry, origin))
    return fields


def feed_html(entry: Entry) -> str:
    """The registered apps' HTML after the entry's body in the feed (safe HTML)."""
    return "".join(function(entry) for function in _feed_html)


def share_image(entry: Entry, origin: str) -> dict | None:
    """The entry's picture for sharing: the first registered app's that has one."""
    for function in _share_images:
        image = function(entry, origin)
        if image:
            return image
    return None
