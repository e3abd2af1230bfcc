"""The Alaska ticker opens in a real browser without console errors."""

import pytest
from django.core.management import call_command

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)

DISCOVERY = 'link[rel="alternate"][type="application/json+oembed"]'


def test_timeline_opens_without_console_errors(page, live_server):
    call_command("loaddata", "alaska_summit", verbosity=0)
    page.goto(f"{live_server.url}/ticker/alaska-gipfel/")
    assert page.locator("article.entry").count() == 18
    assert page.locator(DISCOVERY).count() == 1
    assert page.console_errors == []
    screenshot(page, "timeline-390")

    page.locator("a.entry-permalink").first.click()
    page.wait_for_url("**/entries/**")
    assert page.locator(DISCOVERY).count() == 1
    assert page.console_errors == []
