import pytest

from summit.ticker import services
from summit.ticker.models import Entry, Tag, Ticker


def revision_of(ticker: Ticker) -> int:
    return Ticker.objects.values_list("revision", flat=True).get(pk=ticker.pk)


def test_create_bumps_revision_once_and_stamps_entry(ticker, make_entry):
    before = revision_of(ticker)
    entry = make_entry()
    assert revision_of(ticker) == before + 1
    assert entry.revision == before + 1


PUBLISHED, DRAFT = Entry.Status.PUBLISHED, Entry.Status.DRAFT


@pytest.mark.parametrize(
    "start, change",
    [
        (PUBLISHED, lambda e, by: services.entry_update(e, by=by, title="Neu")),
        (DRAFT, lambda e, by: services.entry_publish(e, by=by)),
        (PUBLISHED, lambda e, by: services.entry_withdraw(e, by=by)),
        (PUBLISHED, lambda e, by: services.entry_pin(e, by=by)),
        (PUBLISHED, lambda e, by: services.entry_pin(e, by=by, pinned=False)),
    ],
    ids=["edit", "publish", "withdraw", "pin", "unpin"],
)
def test_every_change_readers_see_bumps_revision_exactly_once(
    ticker, make_entry, staff_user, start, change
):
    entry = make_entry(status=start)
    before = revision_of(ticker)
    change(entry, staff_user)
    entry.refresh_from_db()
    assert revision_of(ticker) == before + 1
    assert entry.revision == before + 1
    assert entry.updated_by == staff_user


@pytest.mark.parametrize(
    "change",
    [
        lambda e, by: services.entry_update(e, by=by, title="Neu"),
        lambda e, by: services.entry_withdraw(e, by=by),
        lambda e, by: services.entries_update([e], by=by, add_tags=[Tag.objects.create(name="T")]),
    ],
    ids=["edit", "withdraw", "tag"],
)
def test_changes_of_drafts_leave_the_revision(ticker, make_entry, staff_user, change):
    before = revision_of(ticker)
    entry = make_entry(status=DRAFT)
    change(entry, staff_user)
    entry.refresh_from_db()
    assert revision_of(ticker) == before
    assert entry.revision == 0  # never part of a public answer
    assert entry.updated_by == staff_user


def test_withdrawing_keeps_the_row(ticker, make_entry):
    entry = make_entry()
    services.entry_withdraw(entry)
    stored = Entry.objects.get(pk=entry.pk)
    assert stored.status == Entry.Status.WITHDRAWN
    assert stored.title == entry.title


def test_bulk_change_moves_revision_once_per_ticker(ticker, make_entry):
    entries = [make_entry(status=Entry.Status.DRAFT) for _ in range(3)]  # publishing them
    before = revision_of(ticker)
    services.entries_update(
        entries, status=Entry.Status.PUBLISHED, add_tags=[Tag.objects.create(name="Gipfel")]
    )
    assert revision_of(ticker) == before + 1
    assert set(Entry.objects.values_list("revision", flat=True)) == {before + 1}
    assert all(e.tags.filter(name="Gipfel").exists() for e in entries)


def test_stored_html_is_always_sanitised(make_entry):
    entry = make_entry(body='<p onclick="x()">Hi<script>alert(1)</script></p>')
    entry.refresh_from_db()
    assert entry.body == "<p>Hi</p>"
    assert entry.body_text == "Hi"


def test_ticker_change_readers_must_see_moves_revision(ticker):
    before = revision_of(ticker)
    services.ticker_update(ticker, status=Ticker.Status.ENDED)
    assert revision_of(ticker) == before + 1
    assert Ticker.objects.get(pk=ticker.pk).status == Ticker.Status.ENDED


def test_unknown_fields_are_refused(ticker):
    with pytest.raises(TypeError):
        services.entry_create(ticker, colour="red")
