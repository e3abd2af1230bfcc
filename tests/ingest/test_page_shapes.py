"""Whole pages as editors paste them: flattened pages, page heads, paragraph entries."""

import datetime as dt

from .conftest import BERLIN, prepare

NOW = dt.datetime(2024, 3, 7, 12, 0, tzinfo=BERLIN)
SENTENCE = (
    "Der Stadtrat hat am Vormittag über den neuen Haushalt beraten und die Sitzung "
    "nach drei Stunden vertagt, wie eine Sprecherin mitteilte."
)


def bodies_and_times(text: str, **options) -> list[tuple[str, dt.datetime | None]]:
    options.setdefault("reference_time", NOW)
    return [(d.body, d.published_at) for d in prepare(text, **options).drafts]


def test_a_flattened_page_with_american_stamps_is_cut_before_each_stamp():
    minutes = [55, 50, 41, 30, 22, 15, 5]
    line = " ".join(f"3/7/24 9:{minute:02d} AM {SENTENCE}" for minute in minutes)
    found = bodies_and_times("Newsblog Stadtrat\n\n" + line)
    assert [time.minute for _body, time in found] == minutes
    assert all(body == f"<p>{SENTENCE}</p>" for body, _time in found)
