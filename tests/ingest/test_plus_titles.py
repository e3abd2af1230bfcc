"""A Tagesschau ticker's title, its topic and latest news closed by pluses, heads the page."""

from .conftest import prepare


def test_a_title_closed_by_pluses_and_its_summary_are_the_head():
    page = (
        "Krieg in Nahost ++ Mehr als 30 Deutsche heute aus Gaza ausgereist ++\n"
        "Laut Auswärtigem Amt haben heute mehr als 30 Deutsche den Gazastreifen verlassen.\n"
        "- Israel warnt seine Bürger vor Auslandsreisen\n"
        "- Blinken: Palästinensische Zivilisten besser schützen\n"
        "- Libanon meldet Beschuss in Grenzgebiet\n"
        "Ende des Liveblogs\n"
        "Hiermit beenden wir den heutigen Liveblog. Vielen Dank für Ihr Interesse!\n"
    )
    prepared = prepare(page)
    assert prepared.result.ticker_title == (
        "Krieg in Nahost ++ Mehr als 30 Deutsche heute aus Gaza ausgereist ++"
    )
    assert [draft.title for draft in prepared.drafts] == ["Ende des Liveblogs"]
