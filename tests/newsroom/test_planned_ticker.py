"""A ticker's planned start and end: told to readers, in the JSON-LD, and the end reached by a
task that ends the ticker, so readers' pollers stop."""

import datetime as dt
import json
import re

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from summit.ticker import services
from summit.ticker.models import Ticker
from summit.ticker.tasks import end_due_tickers, start_due_tickers

pytestmark = pytest.mark.django_db

BERLIN_SUMMER = dt.timezone(dt.timedelta(hours=2))


def page(client, ticker) -> str:
    return client.get(f"/ticker/{ticker.slug}/").content.decode()


def structured(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert found
    return json.loads(found.group(1))


def test_readers_see_the_planned_start_and_the_json_ld_names_start_and_end(client, ticker):
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=3)
    end = start + dt.timedelta(hours=4)
    services.ticker_update(ticker, coverage_start=start, coverage_end=end)
    html = page(client, ticker)
    local = timezone.localtime(start, ticker.zone)
    assert f"Live ab {local:%d.%m.%Y, %H:%M} Uhr" in html
    data = structured(html)
    assert dt.datetime.fromisoformat(data["coverageStartTime"]) == start
    assert dt.datetime.fromisoformat(data["coverageEndTime"]) == end


def test_a_start_that_has_passed_is_no_longer_announced(client, ticker):
    services.ticker_update(ticker, coverage_start=timezone.now() - dt.timedelta(minutes=1))
    assert "Live ab" not in page(client, ticker)


def test_saving_a_planned_end_queues_the_task_once(ticker, django_capture_on_commit_callbacks):
    end = timezone.now().replace(microsecond=0) + dt.timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        services.ticker_update(ticker, coverage_end=end)
    assert list(DBTaskResult.objects.values_list("run_after", flat=True)) == [end]
    with django_capture_on_commit_callbacks(execute=True):
        services.ticker_update(ticker, title="Neuer Titel")  # moves the revision only
    assert DBTaskResult.objects.count() == 1


def test_saving_a_planned_start_queues_its_task_beside_the_end(
    ticker, django_capture_on_commit_callbacks
):
    start = timezone.now().replace(microsecond=0) + dt.timedelta(hours=1)
    end = start + dt.timedelta(hours=3)
    with django_capture_on_commit_callbacks(execute=True):
        services.ticker_update(ticker, coverage_start=start, coverage_end=end)
    assert sorted(DBTaskResult.objects.values_list("run_after", flat=True)) == [start, end]


def test_at_the_planned_start_the_kept_page_stops_announcing_it(
    client, ticker, django_capture_on_commit_callbacks
):
    start = timezone.now() + dt.timedelta(hours=1)
    services.ticker_update(ticker, coverage_start=start)
    assert "Live ab" in page(client, ticker)  # and kept for this revision
    assert start_due_tickers.call() == 0  # too early: nothing moves

    Ticker.objects.filter(pk=ticker.pk).update(coverage_start=timezone.now())  # the time came
    assert "Live ab" in page(client, ticker)  # the kept answer, until the task runs
    with django_capture_on_commit_callbacks(execute=True):  # as the worker's commit does
        assert start_due_tickers.call() == 1
    assert start_due_tickers.call() == 0  # a second run changes nothing
    assert "Live ab" not in page(client, ticker)
    embed = client.get(f"/ticker/{ticker.slug}/embed/").content.decode()
    assert "Live ab" not in embed


def test_the_task_ends_the_ticker_at_its_end_and_pollers_stop(client, ticker):
    end = timezone.now() + dt.timedelta(hours=2)
    services.ticker_update(ticker, coverage_end=end)
    since = Ticker.objects.get(pk=ticker.pk).revision
    assert end_due_tickers.call() == 0  # too early: nothing ends
    assert Ticker.objects.get(pk=ticker.pk).status == Ticker.Status.LIVE

    Ticker.objects.filter(pk=ticker.pk).update(coverage_end=timezone.now())  # the time came
    assert end_due_tickers.call() == 1
    assert end_due_tickers.call() == 0  # a second run changes nothing
    ended = Ticker.objects.get(pk=ticker.pk)
    assert ended.status == Ticker.Status.ENDED and ended.revision == since + 1
    poll = client.get(f"/ticker/{ticker.slug}/updates/?since={since}", headers={"HX-Request": "1"})
    assert poll.status_code == 286
    local = timezone.localtime(ended.coverage_end, ticker.zone)
    assert f"Beendet um {local:%d.%m.%Y, %H:%M} Uhr" in page(client, ticker)
