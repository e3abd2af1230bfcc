"""Pages whose entries run line after line: posts without blank lines, a ticker's own list
of timed headlines, a ticker page whose head looks like an article's."""

import datetime as dt

from .conftest import BERLIN, prepare

NOW = dt.datetime(2024, 3, 7, 23, 0, tzinfo=BERLIN)
POSTS = [
    "Wir wünschen noch einen schönen Abend und bedanken uns fürs Mitlesen.",
    "Es ist vollbracht: Der Favorit fährt als Erster über die Ziellinie.",
    "Der Zweite kämpft um seinen Platz, der Dritte sitzt ihm im Nacken.",
    "Der Spitzenreiter klagt über Vibrationen und fürchtet um seinen Sieg.",
]


def drafts(text: str):
    return prepare(text, reference_time=NOW).drafts


def test_each_sentence_line_under_a_live_title_is_a_post_of_its_own():
    found = drafts("LIVE: Der Große Preis\n\n" + "\n".join(POSTS) + "\n")
    assert [draft.body for draft in found] == [f"<p>{post}</p>" for post in POSTS]


def test_an_exclaiming_sentence_and_a_last_line_cut_short_are_posts_too():
    posts = [POSTS[0], "Es geht los! Die Fahrer stehen am Start bereit!", *POSTS[1:], "Der Vierte"]
    found = drafts("Der Ticker startet um 18.45 Uhr.\n" + "\n".join(posts) + "\n")
    assert [draft.title or draft.body for draft in found] == [
        post if post.endswith(("!", "Vierte")) else f"<p>{post}</p>" for post in posts
    ]


def test_three_sentence_lines_and_a_last_one_cut_short_under_a_live_title_are_posts():
    posts = [*POSTS[:3], "Der Spitzenreiter klagt über Vibrationen und fürch"]
    found = drafts("Der Große Preis im Liveticker\n\n" + "\n".join(posts) + "\n")
    assert [draft.title or draft.body for draft in found] == [
        *(f"<p>{post}</p>" for post in posts[:3]),
        posts[3],  # (read as a headline: it ends as none of the sentences does)
    ]


def test_sentence_lines_under_a_closing_post_are_posts_of_a_ticker_without_a_title():
    # A newest-first page pasted from its last post down: "Danke fürs Mitlesen" shows it live.
    posts = ["Danke fürs Mitlesen. Alle Storys zum Rennen findest du hier.", *POSTS[1:]]
    found = drafts("\n".join(posts) + "\n")
    assert [draft.body for draft in found] == [f"<p>{post}</p>" for post in posts]


def test_sentence_lines_without_a_title_or_a_closing_post_stay_one_text():
    assert len(drafts("\n".join(POSTS[1:] * 2) + "\n")) == 1


PARAGRAPHS = [
    "Gemäss den SBB fallen die Züge zwischen Weissbad und Wasserauen noch bis 19 Uhr aus, "
    "es verkehren Ersatzbusse.",
    "In Appenzell Innerrhoden ist eine Tanne umgestürzt, weiter gab es keine Sturmschäden "
    "im ganzen Kanton.",
    "Die Kantonspolizei erhöht die Anzahl der Schadensmeldungen auf 17, die meisten davon "
    "kamen aus dem Rheintal.",
]


def test_paragraphs_under_a_heading_naming_the_ticker_below_the_articles_head_are_posts():
    head = (
        "«Sebastian» fällt Bäume im FM1-Land\n\nMit «Sebastian» ist am Donnerstag der erste "
        "grosse Sturm des Herbstes über das Land gefegt. Hier gibt’s den Ticker zum Nachlesen."
    )
    page = f"{head}\n\nSturmtief «Sebastian» – der FM1Today-Ticker\n\n" + "\n\n".join(PARAGRAPHS)
    assert [draft.body for draft in drafts(page)] == [f"<p>{text}</p>" for text in PARAGRAPHS]


def test_dashed_lines_under_the_introduction_of_live_coverage_are_its_posts():
    posts = ["Earnings results are up!", "11 minute warning!", "Tim greets everyone.",
             "Says the App Store had its best quarter."]  # fmt: skip
    intro = (
        "Apple will hold its conference call at 2 p.m. PT. Stay tuned for our live coverage below:"
    )
    found = drafts(intro + "\n" + "\n".join(f"– {post}" for post in posts) + "\n")
    assert [draft.title or draft.body for draft in found] == [
        post if post.endswith("!") else f"<p>{post}</p>" for post in posts
    ]


def test_dashed_lines_of_a_list_inside_an_article_stay_its_text():
    items = ["Die Mitte schlug zwei Kandidaten vor.", "Im ersten Wahlgang holte Pfister 122 Stimmen.",
             "Nach dem zweiten Wahlgang ist klar: Pfister ist gewählt."]  # fmt: skip
    page = "Die Wahl im Überblick:\n" + "\n".join(f"- {item}" for item in items) + "\n"
    assert len(drafts(page)) == 1


def test_a_page_of_latest_updates_is_titled_live():
    found = drafts("Election results 2018 latest updates\n\n" + "\n".join(POSTS) + "\n")
    assert [draft.body for draft in found] == [f"<p>{post}</p>" for post in POSTS]


def test_lines_under_a_live_title_with_headlines_among_them_stay_posts_of_several_lines():
    page = "LIVE: Der Große Preis\n\nDer Favorit siegt\n" + "\n".join(POSTS) + "\n"
    assert len(drafts(page)) == 1


def test_timed_headlines_under_an_intro_are_the_ticker_when_the_entries_go_on_after_them():
    times = ["19:10", "19:14", "19:22", "19:25"]
    page = (
        "LIVE: Die Rede zur Lage der Nation:\n"
        + "".join(
            f"{time} Abgeordnete verlassen den Saal nach Zwischenruf {n}\n"
            for n, time in enumerate(times)
        )
        + "19:40: Themen der Rede: Strom, Arbeit, Armut, Preise, Kriminalität und Korruption\n"
    )
    found = drafts(page)
    assert [(d.published_at.hour, d.published_at.minute) for d in found][:4] == [
        (19, 10),
        (19, 14),
        (19, 22),
        (19, 25),
    ]
    assert len(found) == 5


def test_a_recap_of_earlier_headlines_against_the_pages_order_stays_one_entrys_list():
    page = (
        "Sport-Tag live\n\n19:37 Uhr\n\nTop-News des Tages\n\n"
        "Das sind die bisherigen Top-News des Tages\n\n"
        "15.31 Uhr: Torwart wechselt nach Mailand\n\n"
        "12.04 Uhr: Trainer ist frustriert\n\n"
        "09.13 Uhr: Zweitligist entlässt seinen Trainer\n\n"
        "19:37 Uhr\n\nFeierabend\n\n"
        "Und damit verabschieden wir uns an dieser Stelle für heute von Ihnen.\n"
    )
    assert [draft.title for draft in drafts(page)] == ["Top-News des Tages", "Feierabend"]


def test_a_page_calling_itself_a_ticker_over_a_byline_and_a_date_is_no_single_article():
    page = (
        "WM-Ticker: Die besten Szenen der Eishockey-WM\n\nMartina Muster\n\n24.5.2019\n\n"
        "Die Weltmeisterschaft ist Geschichte. Im Ticker finden Sie alle Höhepunkte.\n\n\n"
        "Gold für Finnland\n\nFinnland schlägt Kanada im Final 3:1 und ist Weltmeister.\n\n\n"
        "Kurmann: «Ich habe wenig Druck erhalten»\n\n"
        "Der Schiedsrichter-Chef erklärt seine Aufgabe an der Weltmeisterschaft.\n\n\n"
        "Fasel: «Ich bleibe dem Eishockey erhalten»\n\n"
        "Für den Präsidenten ist es die zweitletzte Weltmeisterschaft im Amt.\n"
    )
    titles = [draft.title for draft in prepare(page, reference_time=NOW).drafts]
    assert titles[-3:] == [
        "Gold für Finnland",
        "Kurmann: «Ich habe wenig Druck erhalten»",
        "Fasel: «Ich bleibe dem Eishockey erhalten»",
    ]


def test_headlines_over_one_short_sentence_each_open_posts_where_blank_lines_are_lost():
    posts = [
        ("SIGN OF THE TIMES", "Tonight's match ball being disinfected before kick-off."),
        ("FIFTEEN MINUTES TO GO", "Kick-off is fast approaching."),
        ("WARMING UP", "The players will be hoping they can make history tonight."),
    ]
    page = "Bayern vs Chelsea LIVE\n" + "".join(f"{title}\n{text}\n" for title, text in posts)
    assert [(draft.title, draft.body) for draft in drafts(page)] == [
        (title, f"<p>{text}</p>") for title, text in posts
    ]
