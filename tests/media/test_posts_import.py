"""Our JSON import with "embeds": post and video URLs become cards on the new entries."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from summit.media.models import EntryEmbed
from summit.ticker.models import Entry
from tests.media.test_posts import YOUTUBE, recorded  # noqa: F401


def write_import(folder, embeds) -> str:
    item = {
        "title": "Pressekonferenz",
        "body": "Sie beginnt.",
        "published_at": "2025-08-14T21:15:00+02:00",
        "embeds": embeds,
    }
    path = folder / "ticker.json"
    path.write_text(json.dumps([item]), encoding="utf-8")
    return str(path)


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_ticker", path, *args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def test_the_dry_run_shows_the_embeds_and_fetches_nothing(tmp_path, db, recorded):  # noqa: F811
    path = write_import(tmp_path, [YOUTUBE])
    [item] = json.loads(run(path, "--dry-run", "--json"))
    assert item["embeds"] == [YOUTUBE]
    assert recorded == []


def test_an_embed_is_stored_with_its_card_on_the_new_entry(tmp_path, ticker, recorded):  # noqa: F811
    run(write_import(tmp_path, [YOUTUBE]), "--ticker", ticker.slug)
    embed = EntryEmbed.objects.get()
    assert embed.entry.title == "Pressekonferenz"
    assert embed.author == "Tagesschau" and embed.fetched


def test_an_unknown_address_refuses_its_entry_with_a_message(tmp_path, ticker, recorded):  # noqa: F811
    path = write_import(tmp_path, ["https://example.com/artikel"])
    try:
        output = run(path, "--ticker", ticker.slug)
    except CommandError as error:
        output = str(error)
    assert "keinem unterstützten Dienst" in output
    assert not Entry.objects.exists() and not EntryEmbed.objects.exists()


def test_embeds_must_be_a_list_of_addresses(tmp_path, ticker):
    with pytest.raises(CommandError, match="embeds"):
        run(write_import(tmp_path, "https://youtu.be/x"), "--ticker", ticker.slug)
    with pytest.raises(CommandError, match="embeds"):
        run(write_import(tmp_path, [{"url": YOUTUBE}]), "--ticker", ticker.slug)
