"""Authors' names alone on a line above their posts ("Jamie Jackson" over "Despite the sale
of Julian Alvarez …", "Kalhan Rosenblatt" over "The final award of the night …"): live
blogs with several writers sign each post so. The name parts two posts, as a rule between
them does; it is neither the next post's headline nor its text.
"""

from __future__ import annotations

from collections import Counter

from summit.ingest import markers
from summit.ingest.lines import SEPARATOR_LINE, STAMP_LINE, TEXT_LINE, Line
from summit.ingest.shapes import is_author_name, is_paragraph

# The longest name line asked: three names ("Anna-Lena Maria Pieper").
_LONGEST_NAME = 40


def mark_signatures(lines: list[Line]) -> None:
    """Name lines above a post's paragraph, where a page signs a few posts so: each a
    block of its own between two posts (the name twice, as its picture's text and its
    label, too), or right under the post's time ("• 03:01 Uhr" over "Jochen Wegner"). Under
    times the names come back, as a page's few writers do and its headlines do not, or
    every bare time of the page has one."""
    # Short text lines only, picked once for both readings (most lines are longer).
    short = [
        index
        for index in range(1, len(lines) - 1)
        if lines[index].kind is TEXT_LINE and len(lines[index].text) <= _LONGEST_NAME
    ]
    between = [index for index in short if _between_posts(lines, index)]
    if len(between) >= markers.MIN_REPEATS:
        for index in between:
            _mark(lines, index)
            above = lines[index - 1]
            if above.text == lines[index].text and above.kind is TEXT_LINE:
                above.kind = SEPARATOR_LINE
    timed = [index for index in short if _under_time(lines, index)]
    names = Counter(lines[index].text for index in timed)
    writers = {name for name, count in names.items() if count > 1}
    if sum(names[name] for name in writers) >= markers.MIN_REPEATS:
        for index in timed:
            if lines[index].text in writers:
                _mark(lines, index)
    elif len(timed) >= markers.MIN_REPEATS and len(timed) == _bare_times(lines):
        for index in timed:
            _mark(lines, index)


def _bare_times(lines: list[Line]) -> int:
    """How many lines are a time alone."""
    return sum(
        line.kind is STAMP_LINE and line.stamp is not None and not line.stamp.rest for line in lines
    )


def _mark(lines: list[Line], index: int) -> None:
    lines[index].kind, lines[index].stamp = SEPARATOR_LINE, None


def _between_posts(lines: list[Line], index: int) -> bool:
    """A name between two blocks of text: under a time it is the post's headline instead
    ("16:15" over "Hofmatte Thun")."""
    line, below = lines[index], lines[index + 1]
    if line.kind is not TEXT_LINE or len(line.text) > _LONGEST_NAME or not line.blank_before:
        return False
    if lines[index - 1].kind is STAMP_LINE:
        return False
    return below.blank_before and is_paragraph(below.text) and is_author_name(line.text)


def _under_time(lines: list[Line], index: int) -> bool:
    """A name right under a bare time, in its block, over the post's text."""
    line, above = lines[index], lines[index - 1]
    if line.kind is not TEXT_LINE or len(line.text) > _LONGEST_NAME or line.blank_before:
        return False
    bare = above.kind is STAMP_LINE and above.stamp is not None and not above.stamp.rest
    return bare and lines[index + 1].kind is TEXT_LINE and is_author_name(line.text)
