"""CSV with a header row: published_at,title,body,speaker,source,source_url,tags,external_id.

Columns are found by their header, in any order; the delimiter (comma, semicolon, tab)
is sniffed from the header. Tags in one cell are separated by "|" or ";" (or "," when
the delimiter is not a comma).
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from django.utils.translation import gettext as _

from summit.ingest.dates import DateReader
from summit.ingest.drafts import SCHEMA_FIELDS, ParseResult, UnreadableInput
from summit.ingest.jsonfmt import draft_from_item

# The exchange schema's columns (its flags and warnings are not for hand-made files).
COLUMNS = tuple(name for name in SCHEMA_FIELDS if name not in ("time_estimated", "warnings"))
# One cell may be large (an agency article), but not unbounded.
csv.field_size_limit(2 * 1024 * 1024)


def parse_csv(text: str, reader: DateReader) -> ParseResult:
    delimiter = _delimiter(text)
    rows = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    try:
        header = [name.strip().lower() for name in next(rows)]
        unknown = [name for name in header if name and name not in COLUMNS]
        if unknown or not {"title", "body"} & set(header):
            raise UnreadableInput(
                _("Die CSV-Kopfzeile ist unbekannt (%(names)s); erwartet: %(columns)s.")
                % {"names": ", ".join(unknown) or "—", "columns": ",".join(COLUMNS)}
            )
        result = ParseResult(format="csv")
        for number, row in enumerate(rows, start=1):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                raise UnreadableInput(
                    _("CSV-Zeile %(n)s hat mehr Spalten als die Kopfzeile.") % {"n": number + 1}
                )
            item: dict[str, Any] = dict(zip(header, row, strict=False))
            item["tags"] = _tags(item.get("tags", ""), delimiter)
            result.drafts.append(draft_from_item(item, reader, number))
    except csv.Error as error:
        raise UnreadableInput(
            _("Die CSV-Datei ist beschädigt: %(error)s") % {"error": error}
        ) from error
    except StopIteration as error:
        raise UnreadableInput(_("Die Eingabe ist leer.")) from error
    return result


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return max(",;\t", key=header.count)


def _tags(cell: str, delimiter: str) -> list[str]:
    separators = "|;" if delimiter == "," else "|;,"
    return [tag.strip() for tag in re.split(f"[{re.escape(separators)}]", cell) if tag.strip()]
