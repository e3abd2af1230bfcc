"""Unix times some live blogs print above each post ("1677340642"): the post's exact time.

A ten-digit number alone on its line could be anything once; a page that prints several,
each a moment of the years before the paste, is giving its posts' times.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from summit.ingest import markers

_EPOCH_DIGITS = 10
_OLDEST = timedelta(days=366 * 30)


def epoch_moments(led: dict[int, str], reference: datetime) -> dict[int, datetime]:
    """{line index: moment} of the lines that are a post's Unix time, if the page has them,
    among the lines opening with a digit (markers.marker_lines)."""
    found = {
        index: moment
        for index, text in led.items()
        if len(text) == _EPOCH_DIGITS
        and text.isdigit()
        and reference - _OLDEST <= (moment := datetime.fromtimestamp(int(text), UTC))
        and moment <= reference + timedelta(days=1)
    }
    return found if len(found) >= markers.MIN_REPEATS else {}
