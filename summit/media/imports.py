"""Pictures named by an import (our JSON: "images"): read, checked, then stored with the entry.

A "file" is a path relative to the imported file (the command line knows where that is);
a "url" is fetched with the outbound guard (public addresses only, no redirects) and the
same limits as an upload. Everything is read and checked before the first entry is
written, so a bad picture refuses the import whole and stores nothing.
"""

from __future__ import annotations

import io
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from summit.media import processing, services
from summit.media.checks import INCOMPLETE_MESSAGE
from summit.ops.outbound import UnsafeTarget, check_public_url
from summit.ticker.models import Entry

WORDS = ("alt", "caption", "credit")
FETCH_TIMEOUT = 10


class ImageNotReadable(ValueError):
    """A named picture cannot be read or is refused; the message says which and why."""


@dataclass(frozen=True)
class ReadImage:
    content: bytes
    words: dict[str, str]


def image_references(value: Any) -> list[dict[str, str]] | None:
    """The "images" of a JSON item, or None when it has not the documented shape."""
    if value in (None, []):
        return []
    if not isinstance(value, list):
        return None
    references = []
    for item in value:
        if not isinstance(item, dict) or not all(
            isinstance(item.get(name, ""), str) for name in ("file", "url", *WORDS)
        ):
            return None
        if bool(item.get("file")) == bool(item.get("url")):
            return None  # exactly one of them
        references.append(
            {name: item[name].strip() for name in ("file", "url", *WORDS) if item.get(name)}
        )
    return references


def remote_reference(url: str, **words: str) -> dict[str, str] | None:
    """A picture an agency or a feed names by its web address, in the "images" shape; None for
    anything but an http(s) address. Fetched only when the import is applied (read_images)."""
    url = (url or "").strip()
    if not url.startswith(("http://", "https://")):
        return None
    reference = {"url": url}
    reference.update({w: words[w].strip() for w in WORDS if (words.get(w) or "").strip()})
    return reference


def lacks_words(references: list[dict[str, str]]) -> bool:
    return any(not (ref.get("alt") and ref.get("credit")) for ref in references)


def read_images(
    references: list[dict[str, str]], base_dir: str | None, *, publishing: bool
) -> list[ReadImage]:
    """Read and check every named picture; ImageNotReadable with the reason otherwise."""
    if publishing and lacks_words(references):
        raise ImageNotReadable(str(INCOMPLETE_MESSAGE))
    read = []
    for reference in references:
        name = reference.get("file") or reference.get("url", "")
        content = _fetch(reference["url"]) if "url" in reference else _open(name, base_dir)
        try:
            processing.safe_copy(io.BytesIO(content), len(content))
        except processing.RefusedImage as refusal:
            raise ImageNotReadable(f"{name}: {refusal}") from refusal
        read.append(ReadImage(content, {w: reference.get(w, "") for w in WORDS}))
    return read


def store_images(entry: Entry, images: list[ReadImage]) -> None:
    for position, image in enumerate(images):
        services.image_add(entry, io.BytesIO(image.content), position=position, **image.words)


def _open(name: str, base_dir: str | None) -> bytes:
    if base_dir is None:
        raise ImageNotReadable(
            _("%(name)s: Bilddateien gehen nur beim Import einer Datei von der Kommandozeile.")
            % {"name": name}
        )
    folder = Path(base_dir).resolve()
    path = (folder / name).resolve()
    if not path.is_relative_to(folder):
        raise ImageNotReadable(
            _("%(name)s: Bilder müssen neben der importierten Datei liegen.") % {"name": name}
        )
    try:
        if path.stat().st_size > processing.MAX_BYTES:
            raise ImageNotReadable(f"{name}: " + _("Die Datei ist größer als 20 MB."))
        return path.read_bytes()
    except OSError as error:
        raise ImageNotReadable(
            _("%(name)s kann nicht gelesen werden: %(error)s")
            % {"name": name, "error": error.strerror}
        ) from error


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect could lead past the address check: it counts as a failure instead."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def _fetch(url: str) -> bytes:
    try:
        check_public_url(url)
        request = urllib.request.Request(url, headers={"User-Agent": "Summit Liveticker"})
        with _opener.open(request, timeout=FETCH_TIMEOUT) as response:
            content = response.read(processing.MAX_BYTES + 1)
    except UnsafeTarget as error:
        raise ImageNotReadable(f"{url}: {error}") from error
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise ImageNotReadable(
            _("%(url)s kann nicht geladen werden: %(error)s") % {"url": url, "error": error}
        ) from error
    if len(content) > processing.MAX_BYTES:
        raise ImageNotReadable(f"{url}: " + _("Die Datei ist größer als 20 MB."))
    return content
