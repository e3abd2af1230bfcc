"""The ticker stands on its own: apps built on it (pictures and post cards in the media app)
join through its hooks (presenters, policy checks, admin inlines), never the other way."""

import ast
from pathlib import Path

TICKER = Path(__file__).resolve().parents[1] / "summit" / "ticker"


def imported_modules(source: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(), str(source))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_nothing_in_the_ticker_imports_the_media_app():
    importers = {
        str(source.relative_to(TICKER))
        for source in TICKER.rglob("*.py")
        if any(name.startswith("summit.media") for name in imported_modules(source))
    }
    assert importers == set()
