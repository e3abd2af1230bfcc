"""Where words were said or posted: a broadcaster named as where someone spoke, a platform
named as someone's channel, a post on Twitter told in one verb."""

import pytest

from .test_enrich_sources import source_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Brandenburgs Ministerpräsident Woidke sagt in der ARD, er werde zuerst reden.", "ARD"),
        ("Die Grünen stünden bereit, diesen Weg weiterzugehen, so Ellensohn im ORF.", "ORF"),
        ("Laut ersten Trendprognosen für den ORF gewinnt die SPÖ die Wahl deutlich.", "ORF"),
        ("The minister told Sky News that the plan would go ahead next week.", "Sky News"),
        (
            '"If self-commitment doesn\'t work, then we will make such decisions," Laschet, a'
            " member of Chancellor Angela Merkel's center-right Christian Democrats, told public"
            " broadcaster ARD.",
            "ARD",
        ),
        (
            "Das sei aus ihren Gesprächen heute hervorgegangen, sagte May in einem BBC-Interview.",
            "BBC",
        ),
        (
            "Der Vorsitzende des Bundes Deutscher Kriminalbeamter (BDK) André Schulz sagt in der"
            " ZDF-Sendung „Maybrit Illner Spezial” am Dienstagabend, er sei zuversichtlich.",
            "ZDF",
        ),
        (
            '"Ich habe da gar keine Ratschläge zu erteilen", sagte Rhein am Sonntag im'
            ' ARD-"Bericht aus Berlin".',
            "ARD",
        ),
    ],
)
def test_a_broadcaster_someone_spoke_in_is_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "“Air defence continues to work,” Vitaly Klitschko wrote on his Telegram channel.",
            "Telegram",
        ),
        (
            "„Es wird sich nicht wiederholen“, schreibt er beim Kurznachrichtendienst Twitter.",
            "Twitter",
        ),
        ("Former minister Esther McVey tweeted: the timing was poor, she said later.", "Twitter"),
        (
            "«Der Starlink-Dienst ist jetzt in der Ukraine aktiv. Weitere Terminals unterwegs»,"
            " schrieb Musk am Samstag (Ortszeit) auf dem Kurznachrichtendienst Twitter.",
            "Twitter",
        ),
        (
            "Das teilte der Gouverneur des Gebietes Luhansk, Serhij Hajdaj, auf seinem"
            " Telegram-Kanal mit.",
            "Telegram",
        ),
        (
            "Die Rolling Stones wollen offenbar ein neues Album herausbringen. Im"
            " Kurzbotschaftendienst Twitter deuteten die britischen Altrocker am Dienstag eine"
            " Veröffentlichung am 6. Oktober an.",
            "Twitter",
        ),
    ],
)
def test_a_channel_of_ones_own_or_a_tweet_names_the_platform(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Der ukrainische Präsident Petro Poroschenko hat den G7-Staaten für ihre"
            " Unterstützung im Konflikt mit Russland gedankt. Die einheitliche Position der"
            " Länder sei für Kiew sehr wichtig, teilte Poroschenko am Montag per Twitter mit.",
            "Twitter",
        ),
        (
            'Bei Twitter schreibt er in lockerem Tonfall: "Wahlenthaltung ist total uncool und'
            ' blöde."',
            "Twitter",
        ),
        (
            "Der niederländische Rechtspopulist Geert Wilders, der bei den Wahlen in den"
            " Niederlanden vor wenigen Wochen unterlegen ist, hat Marine Le Pen über Twitter"
            " gratuliert.",
            "Twitter",
        ),
    ],
)
def test_a_platform_after_per_uber_or_bei_where_words_were_posted_is_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "We will bring you the results as well as the best tweets and photos from the count.",
        "Im Tweet sieht man, wie das aussieht - so geht eine Mission zu Ende.",
        "So twittert Deutschland – aktuelle Tweets laden zum Stöbern ein.",
        "Das Spiel wird am Abend übertragen, die Vorberichte beginnen um 20 Uhr.",
    ],
)
def test_tweets_as_things_and_a_broadcast_nobody_spoke_in_name_no_source(text):
    assert source_of(text) is None
