"""Tag keywords: a capitalised keyword is a noun or a name and wants a word written so."""

import pytest

from .test_enrich import enrich, known_names


@pytest.fixture
def tags():
    return known_names(
        tags=[
            ("Militär", ["Front", "Truppen"]),
            ("Atomwaffen", ["nuklear"]),
            ("Diplomatie", ["Gipfel", "treffen"]),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Reporters gathered in front of the hotel.",
        "The front page leads on the summit.",
        "Reporters gathered in front of the hotel. Großes Gedränge.",  # read by suggest()
    ],
)
def test_an_english_word_does_not_match_a_capitalised_german_keyword(tags, text):
    assert enrich(tags, "", text).tags == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Front im Osten hält.",
        "An der Frontlinie wird gekämpft.",
        "Schwere Kämpfe an der Front, sagt der Generalstab. Straße gesperrt.",
        "FRONT LINE REPORT: shelling overnight.",
    ],
)
def test_a_capitalised_keyword_matches_the_noun_and_its_compounds(tags, text):
    assert enrich(tags, "", text).tags == ["Militär"]


def test_a_lowercase_keyword_matches_either_spelling(tags):
    assert enrich(tags, "", "Nukleare Abrüstung und nukleare Tests.").tags == ["Atomwaffen"]
    both = enrich(tags, "", "Treffen in Alaska: sie wollen sich treffen.")
    assert both.tags == ["Diplomatie"]
    assert enrich(tags, "", "Sie treffen sich am Gipfel.").tags == ["Diplomatie"]
