"""axe-core finds no serious or critical problems where the newsroom works: the admin's entry
form (new and existing), the entry list, the import form, and the composer.

Only axe's findings count here: running axe inside the admin's strict CSP logs console
errors of axe's own (its inline styles), which say nothing about the pages.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from .test_composer import sign_in

pytestmark = pytest.mark.django_db(transaction=True)

SELECT2_READY = """() => [...document.querySelectorAll("select.admin-autocomplete")]
  .every((select) => select.nextElementSibling?.matches(".select2-container")
    && !select.nextElementSibling.querySelector(
      ".select2-selection__rendered[role=textbox]:not([aria-label]), "
      + ".select2-search__field:not([aria-label])"))"""


@pytest.fixture
def signed_in(page, live_server, chef):
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, live_server, chef)
    return page


def open_and_check(page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    # select2 builds its inputs after the page has loaded; axe checks them once they exist.
    page.wait_for_function(SELECT2_READY)
    violations = Axe().run(page).response["violations"]
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == [], [(v["id"], [n["html"] for n in v["nodes"][:3]]) for v in serious]


def test_the_entry_add_form(signed_in, live_server, ticker):
    open_and_check(signed_in, f"{live_server.url}{reverse('admin:ticker_entry_add')}")


def test_the_entry_change_form(signed_in, live_server, make_entry):
    entry = make_entry(title="Die Maschine ist gelandet")
    url = reverse("admin:ticker_entry_change", args=[entry.pk])
    open_and_check(signed_in, f"{live_server.url}{url}")


def test_the_entry_list(signed_in, live_server, make_entry):
    make_entry(title="Die Maschine ist gelandet")
    open_and_check(signed_in, f"{live_server.url}{reverse('admin:ticker_entry_changelist')}")


def test_the_import_form(signed_in, live_server, ticker):
    open_and_check(signed_in, f"{live_server.url}{reverse('admin:ingest_import')}")


def test_the_composer(signed_in, live_server, make_entry):
    entry = make_entry(title="Die Maschine ist gelandet")
    open_and_check(signed_in, f"{live_server.url}/redaktion/{entry.ticker.slug}/")
