"""Links to other stories in a row, each opened by its kind ("Hintergrund: …"): furniture."""

from .conftest import prepare

# NDR's Corona ticker: after the day's summary, links to its overview and background pages.
_LINKS = (
    "Überblick: Tabellen, Karten und Grafiken zu Corona im Norden\n"
    "\n"
    "Hintergrund: So kommen unterschiedliche Fallzahlen zustande\n"
    "\n"
)


def _texts(page: str) -> str:
    return " ".join(f"{d.title} {d.body}" for d in prepare(page).drafts)


def test_a_row_of_labelled_links_is_dropped():
    page = (
        "Niedersachsen meldet 26 Neuinfektionen, Schleswig-Holstein keine, "
        "Mecklenburg-Vorpommern zwei, Hamburg drei und Bremen eine\n"
        "\n"
        f"{_LINKS}"
        "Analyse: Transportieren Meldedaten eine trügerische Sicherheit?\n"
        "\n"
        "NDR.de wünscht gute Nacht\n"
        "\n"
        "Das war's mit dem Live-Ticker für heute. Auch am Dienstag informieren wir Sie wieder "
        "in einem aktuellen Live-Ticker.\n"
        "\n"
        "Trend zu Katz und Hund\n"
        "\n"
        "Der Trend zum Haustier scheint in der Corona-Pandemie zugenommen zu haben. So gibt es "
        "in einigen Regionen von Meckenburg-Vorpommern eine starke Nachfrage in Tierheimen.\n"
    )
    texts = _texts(page)
    assert "Fallzahlen" not in texts
    assert "Meldedaten" not in texts
    assert "Haustier" in texts


def test_a_row_ending_in_a_posts_headline_is_kept():
    page = (
        f"{_LINKS}"
        "Sondersendung: NDR Info extra zum Ferienbeginn\n"
        "\n"
        "Am Abend hat NDR Info in einer Sondersendung darüber berichtet, wie sich der Norden "
        "auf den Besucheranstrum an den Küsten und im Binnenland vorbereitet. Hier können Sie "
        "die Sendung noch einmal anschauen:\n"
    )
    assert "Ferienbeginn" in _texts(page)
