"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, legacy agency copy as cp1252."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from summit.ingest.drafts import UnreadableInput
from summit.ticker.sanitize import has_controls, strip_controls

# Bigger inputs are refused before any parsing; the admin's upload limit is lower still.
MAX_INPUT_BYTES = 64 * 1024 * 1024

_BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# The characters has_controls finds below U+0080, as bytes (the others, the C1 controls,
# are "\xc2\x80" to "\xc2\x9f" in UTF-8).
_CONTROL_BYTES = bytes(byte for byte in range(0x80) if has_controls(chr(byte)))
_CHUNK = 1 << 20


@dataclass
class DecodedText:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)

    def take_text(self) -> str:
        """The text, no longer kept here: whoever takes it alone decides how long it lives."""
        text, self.text = self.text, ""
        return text


def decode_input(raw: bytes | str) -> DecodedText:
    """The input as text, or UnreadableInput with one sentence an editor understands."""
    if isinstance(raw, str):
        decoded = DecodedText(raw.removeprefix("\ufeff"), "text")
    else:
        decoded = _decode_bytes(raw)
    _refuse_binary(decoded.text)
    if _may_hold_controls(raw, decoded.encoding):
        _remove_controls(decoded)
    if not decoded.text or decoded.text.isspace():  # strip() would copy the whole text
        raise UnreadableInput(_("Die Eingabe ist leer."))
    return decoded


def _decode_bytes(raw: bytes) -> DecodedText:
    if len(raw) > MAX_INPUT_BYTES:
        raise UnreadableInput(
            _("Die Eingabe ist zu groß (höchstens %(mb)s MB).") % {"mb": MAX_INPUT_BYTES >> 20}
        )
    if raw.startswith(_BINARY_SIGNATURES):
        raise UnreadableInput(_("Die Datei ist keine Textdatei (z. B. PDF, ZIP oder Bild)."))
    if raw.startswith(codecs.BOM_UTF8):
        return DecodedText(raw[len(codecs.BOM_UTF8) :].decode("utf-8", "replace"), "utf-8-sig")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return DecodedText(raw.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as error:
            raise UnreadableInput(_("Die UTF-16-Datei ist beschädigt.")) from error
    try:
        return DecodedText(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    note = _("Die Eingabe war kein UTF-8 und wurde als Windows-1252 gelesen; bitte Umlaute prüfen.")
    return DecodedText(raw.decode("cp1252", "replace"), "cp1252", [note])


def _refuse_binary(text: str) -> None:
    """Text with many NUL bytes or other control characters is a binary file read as text."""
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise UnreadableInput(_("Die Datei ist keine Textdatei."))


def _may_hold_controls(raw: bytes | str, encoding: str) -> bool:
    """False only where the decoded text holds no control character that has_controls
    finds: UTF-8 bytes without such a byte and without "\\xc2" (the lead byte of the C1
    controls), which plain byte tests find far faster than the expression in the text."""
    if isinstance(raw, str) or encoding not in ("utf-8", "utf-8-sig"):
        return True
    # Chunks: a copy of the whole input without those bytes would cost as much memory again.
    return b"\xc2" in raw or any(
        may_hold_controls(raw[start : start + _CHUNK]) for start in range(0, len(raw), _CHUNK)
    )


def may_hold_controls(data: bytes) -> bool:
    """False only where UTF-8 `data` decodes to a text without the control characters that
    has_controls finds: no such byte and no "\\xc2" (the lead byte of the C1 controls)."""
    return b"\xc2" in data or len(data.translate(None, _CONTROL_BYTES)) < len(data)


def _remove_controls(decoded: DecodedText) -> None:
    """A few stray control characters (a NUL from a copy and paste) are removed, and said so."""
    if not has_controls(decoded.text):
        return
    decoded.text = strip_controls(decoded.text)
    decoded.notes.append(_("Steuerzeichen (z. B. NUL) wurden aus der Eingabe entfernt."))
