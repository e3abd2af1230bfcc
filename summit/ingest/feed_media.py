"""The pictures of RSS and Atom items, read from the feed's checked XML tree."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from summit.media.imports import remote_reference

MEDIA = "{http://search.yahoo.com/mrss/}"
ATOM = "{http://www.w3.org/2005/Atom}"
ITEMS = ("item", "entry")


def local_name(element: Element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def item_pictures(root: Element) -> list[list[dict[str, str]]]:
    """Each item's (or entry's) pictures, in document order; each address once."""
    return [_pictures(item) for item in root.iter() if local_name(item) in ITEMS]


def _pictures(item: Element) -> list[dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for url, words in _candidates(item):
        reference = remote_reference(url, **words)
        if reference and reference["url"] not in found:
            found[reference["url"]] = reference
    return list(found.values())


def _candidates(item: Element):
    item_words = _words(item, {})
    for group in [item, *item.findall(f"{MEDIA}group")]:
        group_words = _words(group, item_words)
        for content in group.findall(f"{MEDIA}content"):
            if _is_image(content.get("medium"), content.get("type")):
                yield content.get("url", ""), _words(content, group_words)
    for enclosure in item.findall("enclosure"):
        if _is_image(None, enclosure.get("type")):
            yield enclosure.get("url", ""), item_words
    for link in item.findall(f"{ATOM}link"):
        if link.get("rel") == "enclosure" and _is_image(None, link.get("type")):
            yield link.get("href", ""), item_words


def _is_image(medium: str | None, mime: str | None) -> bool:
    return medium == "image" or (mime or "").startswith("image/")


def _words(element: Element, inherited: dict[str, str]) -> dict[str, str]:
    """alt, caption and credit given on this element, else those of the one around it."""
    own = {
        "alt": _child_text(element, "description"),
        "caption": _child_text(element, "title"),
        "credit": _child_text(element, "credit"),
    }
    return {name: own[name] or inherited.get(name, "") for name in own}


def _child_text(element: Element, name: str) -> str:
    child = element.find(f"{MEDIA}{name}")
    return (child.text or "").strip() if child is not None else ""
