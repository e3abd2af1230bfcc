"""The Alaska archive opened in chromium from file://: styled, readable, links that work."""

import io
import zipfile

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.browser


def test_archive_opens_from_the_file_system(alaska, tmp_path, page):
    target = tmp_path / "alaska.zip"
    call_command(
        "archive_ticker",
        "alaska-gipfel",
        str(target),
        site_url="http://testserver",
        stdout=io.StringIO(),
    )
    with zipfile.ZipFile(target) as archive:
        archive.extractall(tmp_path)
    index = tmp_path / "alaska-gipfel" / "index.html"
    page.route(
        "**/*",
        lambda route: (
            route.abort() if not route.request.url.startswith("file:") else route.continue_()
        ),
    )

    page.goto(index.as_uri())
    assert page.locator("h1").inner_text() == "Liveticker Alaska-Gipfel"
    assert page.locator("article.entry").count() == alaska.entries.published().count()
    # The copied stylesheet applies: entries carry their timeline rule.
    border = page.locator("article.entry").first.evaluate(
        "element => getComputedStyle(element).borderLeftStyle"
    )
    assert border == "solid"

    page.locator("a.entry-permalink").first.click()
    assert page.url.startswith(index.parent.as_uri() + "/entries/")
    assert page.locator("h1.entry-title").count() == 1
    page.get_by_role("link", name="Zum Liveticker").click()
    assert page.url.startswith(index.as_uri())
    assert page.console_errors == []
