"""Real-browser tests: Playwright driving Debian's chromium against pytest-django's live server.

Without chromium the tests skip with a reason; with REQUIRE_BROWSER=1 (CI) a missing
browser is a failure instead, so CI always runs them.
"""

import os
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


# `browser` and `page` live in tests/conftest.py: one Playwright per test session.


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.rep_call = report


def screenshot(page, name: str) -> Path:
    """Write a screenshot for reviewers (test-artifacts/ is ignored by git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
