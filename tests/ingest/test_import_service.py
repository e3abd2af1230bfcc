"""services.import_entries: many entries through the one door, in one revision step."""

import datetime as dt

import pytest

from summit.ticker import services
from summit.ticker.models import Entry, Tag
from summit.ticker.policy import NotAllowed

from ..conftest import BERLIN


def rows(count: int, tags=(), **fields) -> list[services.ImportRow]:
    start = dt.datetime(2025, 8, 14, 12, 0, tzinfo=BERLIN)
    return [
        services.ImportRow(
            entry=Entry(
                published_at=start + dt.timedelta(minutes=n),
                title=f"Meldung {n}",
                body=f"<p>Text {n}<script>x()</script></p>",
                **fields,
            ),
            tags=list(tags),
            index=n + 1,
        )
        for n in range(count)
    ]


@pytest.mark.parametrize("count", [10, 200])
def test_an_import_writes_in_bulk_not_entry_by_entry(target, count, django_assert_max_num_queries):
    tag = Tag.objects.create(name="Gipfel")
    # A fixed number of queries, plus the chunks SQLite's variable limit cuts a bulk insert into.
    with django_assert_max_num_queries(16 + count // 20):
        outcome = services.import_entries(
            target, rows(count, tags=[tag]), batch=None, by=None, status="published"
        )
    target.refresh_from_db()
    assert len(outcome.created) == count and target.revision == 1
    entries = target.entries.all()
    assert {entry.revision for entry in entries} == {1}
    assert Entry.history.filter(ticker_id=target.pk).count() == count
    assert Entry.tags.through.objects.filter(tag=tag).count() == count
    first = entries.get(title="Meldung 0")
    assert first.body == "<p>Text 0</p>" and first.body_text == "Text 0"  # prepare_content ran


def test_publishing_through_an_import_needs_the_publish_permission(target, redakteur, chef):
    with pytest.raises(NotAllowed):
        services.import_entries(target, rows(2), batch=None, by=redakteur, status="published")
    assert not target.entries.exists()
    services.import_entries(target, rows(2), batch=None, by=redakteur, status="draft")
    outcome = services.import_entries(target, rows(3), batch=None, by=chef, status="published")
    assert len(outcome.created) == 1  # the first two are there already
    assert [skip["reason"] for skip in outcome.skipped] == [
        "schon vorhanden (gleicher Titel und Text)"
    ] * 2


def test_each_imported_entry_has_its_creation_record_by_the_importing_user(target, chef):
    outcome = services.import_entries(target, rows(3), batch=None, by=chef, status="published")
    records = Entry.history.filter(id__in=outcome.created).order_by("id")
    assert [record.id for record in records] == sorted(outcome.created)
    assert {(record.history_type, record.history_user) for record in records} == {("+", chef)}
    assert [record.title for record in records] == ["Meldung 0", "Meldung 1", "Meldung 2"]
    assert records[0].body == "<p>Text 0</p>"
