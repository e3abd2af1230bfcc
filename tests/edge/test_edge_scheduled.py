"""A planned entry through the edge: no cached answer shows it before its time, every one soon
after; a withdrawn entry leaves every cached answer within poll interval + TTL + 1 s.

The stack of test_edge_cache (nginx in front of gunicorn, edge TTL of TTL seconds) plus
`manage.py db_worker`, the task queue that publishes planned entries in production. Every
public URL is in the edge's cache before the plan is made, so a kept answer that was rendered
with the entry, or a fresh one that lets it slip through, would be served to the walk.
"""

import datetime as dt
import json
import re
import time

import pytest

from tests.edge import servers
from tests.edge import test_edge_cache as edge_cache
from tests.edge.test_edge_cache import (
    DEADLINE,
    GONE_DEADLINE,
    SLUG,
    Edge,
    wait_until,
)
from tests.processes import running_worker

edge = edge_cache.edge  # the fixture: the running stack, one for this module

# Seconds between planning and the planned time: more than TTL, so the walks meet both the
# copies kept from before the plan and answers rendered after it.
LEAD = 5.0
WORKER_INTERVAL = 0.5  # how often db_worker looks for due tasks
TITLE = "Geheimplan Kante Neun"
BODY_WORD = "Quasimodowortfolge"  # only the planned entry's body has these two words;
SEARCH_WORD = "Zackenbarsch"  # the second is searched for (a search page repeats its words)
SPEAKER = "Planrednerin Ostwald"
SHARED_TAG = "gipfel"  # a published neighbour's tag too: only its count could give it away

NEIGHBOUR = f"""
from summit.ticker.models import Tag
neighbour = Entry.objects.filter(ticker=ticker, status="published").earliest("published_at")
tag, _ = Tag.objects.get_or_create(slug="{SHARED_TAG}", defaults={{"name": "Gipfel"}})
services.entry_update(neighbour, tags=[tag])
"""

# The entry the tests look for, as `fields` and `tags` for services.entry_create.
SECRET_ENTRY = f"""
import datetime as dt, json
from django.db import transaction
from django.utils import timezone
from summit.ticker.models import Speaker, Tag
speaker, _ = Speaker.objects.get_or_create(slug="planrednerin", defaults={{"name": "{SPEAKER}"}})
fields = dict(title="{TITLE}", speaker=speaker,
              body="<p>Die {BODY_WORD} vom {SEARCH_WORD} bleibt unter uns.</p>")
tags = [Tag.objects.get_or_create(slug="{SHARED_TAG}", defaults={{"name": "Gipfel"}})[0]]
"""

PLAN = (
    SECRET_ENTRY
    + f"""
from summit.ticker.tasks import plan_publication
at = timezone.now() + dt.timedelta(seconds={LEAD})
with transaction.atomic():
    draft = services.entry_create(ticker, **fields, tags=tags, published_at=at,
                                  status=Entry.Status.DRAFT)
    services.entry_schedule(draft, at=at)
    plan_publication(at)
print(json.dumps({{"entry": draft.pk, "at": at.isoformat()}}))
"""
)

# The entry published (the planned one once its time came, or a new one).
PUBLISHED = (
    SECRET_ENTRY
    + """
entry = Entry.objects.filter(ticker=ticker, title=fields["title"], status="published").first()
if entry is None:
    entry = services.entry_create(ticker, **fields, tags=tags, published_at=timezone.now(),
                                  status=Entry.Status.PUBLISHED)
print(entry.pk)
"""
)


@pytest.fixture(scope="module")
def worker(edge):
    """The task queue's worker on the stack's database, as in production."""
    with running_worker(edge.env, interval=WORKER_INTERVAL, log=edge.folder / "worker.log"):
        yield


def walked_urls(edge: Edge, entry_id: int | None = None) -> dict[str, str]:
    """Every public URL a reader, partner or crawler may ask the edge for, with the search
    and filter pages that carry facet counts; with entry_id also that entry's own."""
    base = f"/ticker/{SLUG}/"
    urls = {
        **edge_cache.public_urls(edge),
        "search": f"{base}?q={SEARCH_WORD}",
        "tag page": f"{base}?tag={SHARED_TAG}",
        "speaker page": f"{base}?speaker=planrednerin",
        "search embed": f"{base}embed/?q={SEARCH_WORD}",
        "tag embed": f"{base}embed/?tag={SHARED_TAG}",
        "tag poll": f"{base}updates/?since={edge.revision}&tag={SHARED_TAG}",
        "tag feed": f"{base}feed/?tag={SHARED_TAG}",
        "search API": f"{base}entries.json?q={SEARCH_WORD}",
        "tag API": f"{base}entries.json?tag={SHARED_TAG}",
    }
    if entry_id is not None:
        own = f"{base}entries/{entry_id}/"
        urls["own permalink"] = own
        urls["own oEmbed"] = f"/oembed?url=http://127.0.0.1:{edge.port}{own}"
    return urls


def words(text: str) -> list[str]:
    """The entry's words an answer gives away: title, body, speaker."""
    return [mark for mark in (TITLE, BODY_WORD, SPEAKER) if mark in text]


def traces(text: str, entry_id: int) -> list[str]:
    """All an answer gives away of the entry: its words and its id (anchor, link, API)."""
    ids = (f'entry-{entry_id}"', f"/entries/{entry_id}/", f'"id": {entry_id},')
    return words(text) + [mark for mark in ids if mark in text]


FACET = re.compile(r">\s*([^<>]+?) (?:<span class=\"count\">)?\((\d+)\)")


def facet_counts(page: str) -> list[tuple[str, str]]:
    """The filter panel's (name, count) pairs: speakers, sources, days and tags."""
    return FACET.findall(page)


def walk(edge: Edge, urls: dict[str, str]) -> dict[str, servers.Answer]:
    return {name: edge.get(path) for name, path in urls.items()}


def test_a_planned_entry_leaves_no_trace_in_any_edge_cached_answer_before_its_time(edge, worker):
    edge.change(NEIGHBOUR)
    for path in walked_urls(edge).values():
        edge.get(path)  # in the edge's cache before the plan
    counts = facet_counts(edge.get(f"/ticker/{SLUG}/").text)
    assert ("Gipfel", "1") in counts, counts

    facts = json.loads(edge.change(PLAN).splitlines()[-1])
    entry_id, at = facts["entry"], dt.datetime.fromisoformat(facts["at"])
    urls = walked_urls(edge, entry_id)
    walks = 0
    while dt.datetime.now(dt.UTC) < at - dt.timedelta(seconds=0.3):
        answers = walk(edge, urls)
        if dt.datetime.now(dt.UTC) >= at:
            break  # a slow walk ended after the planned time: it proves nothing
        walks += 1
        for name, answer in answers.items():
            assert traces(answer.text, entry_id) == [], name
        assert answers["own permalink"].status == 404
        assert answers["own oEmbed"].status == 404
        for name in ("page", "tag page", "speaker page", "search"):
            assert facet_counts(answers[name].text) == counts, name
    assert walks >= 1, "no walk finished before the planned time (machine too busy)"
    print(f"{walks} walks of {len(urls)} URLs through the edge before the planned time")

    # Published by the worker at its time, then readers see it within poll interval + TTL.
    deadline = time.monotonic() + max(0.0, (at - dt.datetime.now(dt.UTC)).total_seconds())
    deadline += WORKER_INTERVAL + DEADLINE
    shown_in = ("page", "embed", "poll", "embed poll", "API", "feed", "search", "own permalink")
    for name in (*shown_in, "own oEmbed"):
        wait_until(
            f"the planned entry in the {name}",
            lambda path=urls[name]: traces(edge.get(path).text, entry_id) != [],
            deadline,
        )
    delay = (dt.datetime.now(dt.UTC) - at).total_seconds()
    print(f"planned entry visible through the edge {delay:.2f} s after its time")
    assert ("Gipfel", "2") in facet_counts(edge.get(urls["page"]).text)  # the count can tell


def test_a_withdrawn_entry_leaves_every_edge_cached_answer(edge):
    """Page, embed and API are checked in test_edge_cache too; here every public URL is,
    with the search, filter and facet pages, the feed and oEmbed."""
    entry_id = int(edge.change(PUBLISHED).splitlines()[-1])
    urls = walked_urls(edge, entry_id)
    wait_until(
        "the published entry in the page",
        lambda: traces(edge.get(urls["page"]).text, entry_id) != [],
        time.monotonic() + DEADLINE,
    )
    walk(edge, urls)  # every answer that shows the entry is in the edge's cache

    edge.change(f"services.entry_withdraw(Entry.objects.get(pk={entry_id}))\n")
    withdrawn = time.monotonic()
    for name, path in urls.items():
        # A poll's fragment names the withdrawn entry's id to remove it: only words count.
        wait_until(
            f"the withdrawal in the {name}",
            lambda path=path: words(edge.get(path).text) == [],
            withdrawn + GONE_DEADLINE,
        )
    for name in ("page", "embed", "API", "feed", "search", "tag page"):
        assert traces(edge.get(urls[name]).text, entry_id) == [], name
    print(f"withdrawn entry gone from every edge answer after {time.monotonic() - withdrawn:.2f} s"
          f" (bound {GONE_DEADLINE} s)")  # fmt: skip
