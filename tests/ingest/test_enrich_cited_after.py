"""Sources named after what they said: the organisation an unnamed spokesperson speaks for,
an agency named after the sentence it reported, an outlet named in quotation marks."""

import pytest

from .test_enrich_sources import source_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Täter habe geschossen, sagte ein Sprecher der Polizei Essen.", "Polizei Essen"),
        (
            "Kein EU-Mitgliedsstaat blockiere einen solchen Schritt, sagt ein Vertreter des"
            " Pariser Präsidialamts, der namentlich nicht genannt werden will.",
            "Pariser Präsidialamt",
        ),
        (
            "«Bei uns sind keine Meldungen eingegangen», sagt auch Marcel Wehrlin, Mediensprecher"
            " der Ausserrhoder Kantonspolizei.",
            "Ausserrhoder Kantonspolizei",
        ),
        (
            "Das Treffen zwischen US-Präsident Donald Trump und dem russischen Staatschef Wladimir"
            " Putin ist beendet. Nach Angaben eines Sprechers des US-Außenministeriums dauerte das"
            " Gespräch etwa zweieinhalb Stunden.",
            "US-Außenministerium",
        ),
        (
            "Das Feuer war im Keller ausgebrochen, wie uns ein Sprecher der Feuerwehr sagte.",
            "Feuerwehr",
        ),
        (
            "Copies of the budget documents have been brought to the parliament, reports ANI.",
            "ANI",
        ),
        (
            "Andhra Pradesh was not allocated money, reports News 18. Naidu called a meeting.",
            "News 18",
        ),
    ],
)
def test_the_body_a_spokesperson_speaks_for_or_an_agency_after_its_report_is_the_source(
    text, source
):
    assert source_of(text) == source


def test_a_body_cut_short_before_and_keeps_its_whole_name():
    text = "Laut einer Erklärung des Sicherheits- und Verteidigungsrates hat die Luftwaffe angegriffen."
    assert source_of(text).startswith("Sicherheits- und Verteidigungsrat")


def test_a_report_named_inside_a_sentence_is_no_agency_after_it():
    assert source_of("The minister, reports suggest, will resign on Friday.") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die »Bild« berichtet, dass Manchester City ein Angebot macht.", "Bild"),
        ("Wie „Blick.ch“ berichtet, wurden einige Gefangene verlegt.", "Blick.ch"),
    ],
)
def test_an_outlet_named_in_quotation_marks_before_its_report_is_the_source(text, source):
    assert source_of(text) == source


def test_a_one_word_quotation_before_a_speech_verb_is_no_outlet():
    assert source_of("„Nein“, sagte er dazu am Abend.") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Zwischenfälle habe es bislang keine gegeben, so das Polizeipräsidium Stuttgart. Und"
            " da der Bus der Bildungsplangegner mittlerweile weg ist, gebe es auch keinen Grund"
            " zur Annahme, dass sich das ändert.",
            "Polizeipräsidium Stuttgart",
        ),
        (
            "Vermutlich seien viele Wassergräben verschüttet und überwuchert, so das Landesamt"
            " für Denkmalpflege.",
            "Landesamt für Denkmalpflege",
        ),
        (
            "Bei einem Einsatz in der Silvesternacht in Frankfurt-Preungesheim wurde ein"
            " Rettungswagen von einer aggressiven Gruppe an der Fahrt ins Krankenhaus gehindert,"
            " so die Polizei Frankfurt zu WELT.",
            "Polizei Frankfurt",
        ),
    ],
)
def test_a_body_named_after_so_is_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Noch immer ist die Ursache für den Polizeieinsatz in der Innenstadt von Frankfurt"
            " ungeklärt. Die Situation in der Kaiserstraße wird weiterhin untersucht, heißt es"
            " vonseiten der Polizei Frankfurt.",
            "Polizei Frankfurt",
        ),
        (
            "Durch die Demonstrationen sei in fast 280 Schulen der Betrieb gestört worden, 45"
            " davon seien blockiert worden, verlautete aus dem Innenministerium in Paris.",
            "Innenministerium",
        ),
    ],
)
def test_a_body_after_heisst_es_vonseiten_or_verlautete_aus_is_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Der Südschleswigsche Wählerverband ist erneut im Deutschen Bundestag vertreten. Dem"
            " Politiker Stefan Seidler gelang der Wiedereinzug, wie aus einer Übersicht der"
            " Bundeswahlleiterin hervorging.",
            "Bundeswahlleiterin",
        ),
        (
            "Die Vorarlberger Feuerwehren sind 2018 zu fast 4.000 Einsätzen ausgerückt. Das geht"
            " aus der Bilanz hervor, die der Landesfeuerwehrverband vorgelegt hat.",
            "Landesfeuerwehrverband",
        ),
        (
            "Das gehe aus den bisherigen Ermittlungen und der Auswertungen von vielen der rund"
            " 20.000 Videos hervor, die die Bürger der Polizei zur Verfügung gestellt hätten.",
            None,
        ),
    ],
)
def test_whose_document_a_statement_emerges_from_is_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Mit insgesamt acht Anrufen haben Betrüger am Freitag einer Seniorin in Birkenau so"
            " viel Angst einjagen können, dass sie bereit war, Geld und Schmuck im Gesamtwert von"
            " rund 32.000 Euro in fremde Hände zu geben. Das hat uns die Polizei heute mitgeteilt.",
            "Polizei",
        ),
        (
            "In der Koordinierungsstelle für Sachspenden in der Keplerstraße können sich"
            " Hochwasser-Geschädigte nach wie vor mit Haushaltswaren und Bekleidung versorgen."
            " Darauf hat die Stadtverwaltung hingewiesen.",
            "Stadtverwaltung",
        ),
        (
            "Die Loveparade-Katastrophe in Duisburg wird nun doch in einem Strafprozess"
            " aufgearbeitet. Das hat das Düsseldorfer Oberlandesgericht entschieden.",
            "Düsseldorfer Oberlandesgericht",
        ),
    ],
)
def test_the_body_that_has_told_it_after_das_hat_is_the_source(text, source):
    assert source_of(text) == source
