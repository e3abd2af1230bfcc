"""The batch page in a real browser: it follows a queued import until a worker applied it,
then stops asking; no inline script or style is needed (the strict CSP reports none)."""

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from summit.ingest import tasks
from summit.ticker.models import ImportBatch

from .test_admin import IMPORT_URL, form

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_batch_page_follows_a_queued_import_until_it_is_applied(
    page,
    live_server,
    staff_user,
    target,
    monkeypatch,
):
    monkeypatch.setattr(tasks, "BACKGROUND_THRESHOLD", 5)
    editor = Client()
    editor.force_login(staff_user)
    editor.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    editor.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    page.context.add_cookies(
        [{"name": "sessionid", "value": editor.cookies["sessionid"].value, "url": live_server.url}]
    )

    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    failed: list[str] = []
    page.on("response", lambda answer: answer.status >= 400 and failed.append(answer.url))
    page.goto(f"{live_server.url}{reverse('admin:ingest_batch', args=[batch.pk])}")
    expect(page.locator("#batch-status")).to_have_text("wartet auf den Hintergrunddienst …")

    call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)
    # The page asks every two seconds; a loaded machine gets generous time.
    expect(page.locator("#created")).to_contain_text("Peskow", timeout=20_000)
    expect(page.locator("#batch-status")).to_have_text("Übernommen")
    expect(page.locator("[hx-trigger]")).to_have_count(0)  # it stopped asking
    # Nothing refused by the CSP; the admin has no favicon, which is all that may fail.
    assert not [error for error in page.console_errors if "Refused" in error]
    assert [url for url in failed if not url.endswith("/favicon.ico")] == []
    assert any("/batch/" in url for url in requests[1:])  # updated by polling, not a reload
