"""Posts that lost their text: a page of headlined posts whose embedded tweets, videos or
pictures were left out of the paste keeps only their headlines, one right after another
above the next post with text ("Trump backs Kavanaugh" / "Hearing adjourns" / "Graham
earns White House praise" over "'Worse than Clarence Thomas'" and its paragraph)."""

from __future__ import annotations

import re

from summit.ingest import markers
from summit.ingest.lines import HEADLINE_LINE, STAMP_LINE, TEXT_LINE, Line
from summit.ingest.shapes import could_be_headline

# A row's label: one word and a colon ("Gegenkandidat: Gerhard Andrey").
_LABEL = re.compile(r"^\w+: ")
# The fewest headlines without text in a row that are posts: one short line above a
# headline is more often the end of the post before ("Die Analyse lesen Sie hier").
_FEWEST_IN_RUN = 2


def mark_title_runs(lines: list[Line], *, blank_lines: bool) -> None:
    """On a page with several headlines over text, a run of headline-shaped lines right
    above one of them, below the page's first headline, are posts of their own."""
    headed = [index for index, line in enumerate(lines) if line.kind is HEADLINE_LINE]
    if len(headed) < markers.MIN_REPEATS:
        return
    # (The page's one time, "Stand: 10:33 Uhr", may stand above a run.)
    timed = sum(line.kind is STAMP_LINE for line in lines) > 1
    repeated: set[str] | None = None
    for index in headed[1:]:
        start = _run_start(lines, index, headed[0], blank_lines=blank_lines)
        run, above = lines[start:index], lines[start - 1]
        if len(run) < _FEWEST_IN_RUN or above.kind is HEADLINE_LINE:
            continue  # under a headline: the text of its post, if short
        if above.kind is STAMP_LINE and timed:
            continue  # under a post's time: its headline and text
        if repeated is None:
            repeated = _repeated_texts(lines)
        if not _a_list(above, run, {*repeated, lines[index].text}):
            for member in run:
                member.kind = HEADLINE_LINE


def _run_start(lines: list[Line], index: int, first: int, *, blank_lines: bool) -> int:
    """Where the headline-shaped lines right above the headline at index begin."""
    start = index
    while (
        start - 1 > first
        and lines[start - 1].kind is TEXT_LINE
        and (lines[start - 1].blank_before or not blank_lines)
        and could_be_headline(lines[start - 1].text)
    ):
        start -= 1
    return start


def _repeated_texts(lines: list[Line]) -> set[str]:
    seen: set[str] = set()
    repeated = set()
    for line in lines:
        if line.text in seen:
            repeated.add(line.text)
        seen.add(line.text)
    return repeated


def _a_list(above: Line, run: list[Line], repeated: set[str]) -> bool:
    """Short lines that are a list inside the post above, not posts: announced by it
    ("… müssen die Häuser verlassen:"), rows with figures ("Am Tie 7 - 23", "Stimmen pro
    Gerhard Andrey: 59") or labels ("Gegenkandidat: Gerhard Andrey"), or a video's title
    printed again and again, or a kicker repeated in the headline below ("Stimmen zur
    US-Wahl" over "Stimmen zur US-Wahl: Schlange stehen …")."""
    if above.text.endswith(":"):
        return True
    return any(
        _LABEL.match(line.text)
        or any(map(str.isdigit, line.text))
        or any(line.text in text for text in repeated)
        for line in run
    )
