"""Reporting sentences the cue finders leave empty, with an empty database: a name or an
organisation as the subject of a verb of saying, also in the perfect; a role, a name and a
comma before the verb; a source written into a compound. What an editor sees: the speaker
or source filled, marked as a guess where only a surname or a shape names it, or left
empty for the counter-examples.
"""

import pytest

from summit.ingest.drafts import EntryDraft
from summit.ingest.enrich import Enricher
from summit.ingest.names import KnownNames


def enriched(*bodies: str, title: str = "") -> list[EntryDraft]:
    drafts = [EntryDraft(title=title, body=f"<p>{body}</p>") for body in bodies]
    Enricher(KnownNames.empty()).enrich(drafts)
    return drafts


def speaker_of(text: str, title: str = "") -> str | None:
    return enriched(text, title=title)[0].speaker


def source_of(text: str) -> str | None:
    return enriched(text)[0].source


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ministerpräsidentin Lena Vogt (SPD) hat am Freitag angekündigt, die Hilfen zu "
         "verlängern.", "Lena Vogt"),
        ("Bürgermeisterin Eva Brandt (CDU) hat am Abend in den ARD-„Tagesthemen“ angekündigt, die "
         "Schulen zu schließen.", "Eva Brandt"),
        # A perfect whose participle judges or praises: the subject spoke too.
        ("Landrätin Petra Kuhn (CDU) hat das Hochwasser als „Katastrophe“ bezeichnet.",
         "Petra Kuhn"),
        ("Innenminister Jonas Weber hat das Urteil des Gerichts am Abend begrüßt.", "Jonas Weber"),
        ("Ministerpräsident Paul Frey hat sich für schärfere Regeln ausgesprochen.", "Paul Frey"),
        ("Präsident Marc Lenoir hat der Kanzlerin telefonisch zum Wahlsieg gratuliert.",
         "Marc Lenoir"),
        # "meldet sich zu Wort": who takes the floor speaks.
        ("Landrätin Eva Brandt meldet sich per Video zu Wort. Sie bittet um Geduld.",
         "Eva Brandt"),
        # A verb of thanks: the person thanking speaks.
        ("Mayor Kate Lowe thanked everyone who drove along to the muster.", "Kate Lowe"),
        ("Bundestagspräsident Lammert weist darauf hin, dass die Sitzung um zehn Uhr beginnt.",
         "Lammert"),
        ("Die Außenministerin Jana Roth rief in ihrer Rede dazu auf, die Grenzen zu öffnen.",
         "Jana Roth"),
        ("Labour’s outgoing deputy leader, Tom Hale, says his decision was a personal one.",
         "Tom Hale"),
        ("National’s campaign manager Gerry Cole has defended the strength of the campaign.",
         "Gerry Cole"),
        ("In the debate, Minister Aoife Byrne has revealed that benefits are to be reformed.",
         "Aoife Byrne"),
        # Roles of the courts, the weather service and the town hall are no part of a name.
        ("Das bestätigte Bezirksstadtrat Tim Reuter (CDU) dem Sender.", "Tim Reuter"),
        ("All warnings are lifted. The forecaster Simon Hart earlier tonight: “It will clear.”",
         "Simon Hart"),
    ],
)  # fmt: skip
def test_a_person_who_speaks_as_the_subject_of_a_verb_of_saying_is_the_speaker(text, speaker):
    assert speaker_of(text) == speaker


def test_a_surname_opening_a_headline_before_claims_speaks_as_a_guess():
    (draft,) = enriched('"Our game was great."', title="Klopp claims he is not thinking of it")
    assert (draft.speaker, draft.speaker_guessed) == ("Klopp", True)


def test_a_surname_opening_a_sentence_before_says_speaks_as_a_guess():
    (draft,) = enriched("Espiner says the close results show not everyone is convinced.")
    assert (draft.speaker, draft.speaker_guessed) == ("Espiner", True)
    assert "Kein Sprecher erkannt." not in draft.warnings


@pytest.mark.parametrize(
    "text",
    [
        # The page's own reporter reports, no speaker.
        "Jamie Jackson reports from the Etihad stadium.",
        # A passive, a thing said to be so, a verb whose subject comes after it.
        "Evan Bush is warned by the referee for time wasting.",
        "Plane said to carry the president is the most tracked in the world.",
        "Im Interview vor der Partie sagt er: „Hier ist es immer schwer.“",
        # Someone who acts, says nothing: a title defended, a call made.
        "Spitzenkandidatin Malu Dreyer hat das Direktmandat in Trier verteidigt.",
        "CNN reports that Hillary Clinton has called Donald Trump to concede.",
        # Many people, and a surname after a comma (it must recur to speak).
        "Seismologists had said there was an 80% probability of an aftershock.",
        "The accused did not fare well, Masipa says.",
        # A German noun before "sagt … ab" is no surname.
        "Gesundheitsverbund sagt Verabschiedung des Chefarztes ab.",
        # A headline over a quotation is no name over it.
        'Kommentar: "Die SPD hat den Angriff abgewehrt"',
    ],
)
def test_no_speaker_where_nobody_speaks_or_the_name_is_no_persons(text):
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Historic Scotland has just confirmed that the castles will not open today.",
         "Historic Scotland"),
        ("Traffic Scotland is urging people not to travel.", "Traffic Scotland"),
        ("Strathclyde Police told drivers to stay at home.", "Strathclyde Police"),
        ("Das Arbeitsgericht Berlin hat einen Antrag der Gewerkschaft zurückgewiesen.",
         "Arbeitsgericht Berlin"),
        ("Die Beamten stoppten ihn, wie die Bundespolizei am Freitag erklärte.", "Bundespolizei"),
        ("Bis zum Abend war nach Polizeiangaben alles friedlich.", "Polizei"),
        ("The Israeli human rights group HaMoked says the deal is welcome. HaMoked said some "
         "are detained.", "HaMoked"),
        ("ECI says the count will resume at noon.", "ECI"),
        ("ABC has called a split vote for Maine.", "ABC"),
        ("Central Scotland police report that the M9 is closed.", "Central Scotland police"),
        ("“About 100 people demonstrated,” the Israeli army radio reported.", "Israeli army radio"),
        ("Nearly 400,000 have fled, the United Nations High Commissioner for Refugees reported "
         "on Sunday.", "United Nations High Commissioner for Refugees"),
        ("Nach Einschätzung der US-Regierung verstärkt Russland seine Truppen.", "US-Regierung"),
        ("Das Gesundheitsministerium gibt 1295 Todesfälle bekannt.", "Gesundheitsministerium"),
        ("In Großbritannien gibt es 1295 neue Todesfälle.", None),
        ("The stewards have said that no further action is necessary.", None),
        ("Ontario Green Party Leader Mike Ward tells supporters he will fight on.", None),
        ("New Mexico says goodbye to its summer.", None),
        ("India reports 1,334 fresh cases.", None),
    ],
)  # fmt: skip
def test_an_organisation_that_speaks_or_reports_is_the_source(text, source):
    assert source_of(text) == source


def test_an_organisation_known_only_by_its_shape_is_a_guess():
    (draft,) = enriched("Traffic Scotland is urging people not to travel.")
    assert draft.source_guessed is True
    assert "Keine Quelle erkannt." not in draft.warnings
    (draft,) = enriched("Das Arbeitsgericht Berlin hat den Antrag zurückgewiesen.")
    assert draft.source_guessed is False


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "nach Angaben von" as "according to".
        ("Etwa 3000 Haushalte waren nach Angaben von Olaf Weidner, Sprecher von Stromnetz Berlin, "
         "betroffen.", "Olaf Weidner"),
        ("Nach Angaben von Claude Longchamp vom gfs-Forschungsinstitut ist das der vierthöchste "
         "Wert seit der Einführung des Frauen-Stimmrechts 1971.", "Claude Longchamp"),
        ("Nach dem Anschlag auf den Weihnachtsmarkt in Magdeburg wird Bundeskanzler Olaf Scholz "
         "(SPD) nach Angaben von Sachsen-Anhalts Ministerpräsident Reiner Haseloff (CDU) am "
         "Samstag in die Stadt reisen.", "Reiner Haseloff"),
        # A declined organisation is none: "des Kiewer Innenministeriums".
        ("Prorussische Separatisten räumen nach Angaben des Kiewer Innenministeriums in der "
         "ostukrainischen Stadt Luhansk die besetzten Büros der Staatsanwaltschaft.", None),
        # "so" and the name, then where the person works.
        ('"Ich gehe davon aus, dass wir gutes Flugwetter haben werden", so Christian Pehsl von '
         "der Zamg.", "Christian Pehsl"),
        # Who the blog hands over to.
        ("Let’s hear from Lewis Hamilton, who looks drained, fed up of talking about the whole "
         "shabang. “I am a little bit deflated, really,” the Mercedes driver says.",
         "Lewis Hamilton"),
        # A company's kind before a full name is the person's trade.
        ('Wagenbauer Jacques Tilly bestätigte der Deutschen Presse-Agentur den Vorgang: "Das '
         'ist zwar Unsinn, weil das unter Satirefreiheit fällt, aber wir sind dem gefolgt."',
         "Jacques Tilly"),
        # "wie … mitteilte" as "wie … sagte".
        ("Damit entfällt von diesem Freitag an für Reisende aus innerdeutschen Hotspots die "
         "Pflicht, bei der Übernachtung im Saarland einen negativen Corona-Test vorzulegen, wie "
         "Regierungssprecher Alexander Zeyer am Donnerstag mitteilte.", "Alexander Zeyer"),
        # A company's kind before its name: the company, no person.
        ("Die Trägerrakete startete in der Nacht zum Mittwoch deutscher Zeit vom "
         "Weltraumbahnhof Kourou in Französisch-Guyana, wie der Betreiber Arianespace "
         "mitteilte.", None),
    ],
)  # fmt: skip
def test_the_person_a_cue_names_speaks(text, speaker):
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Der Sprecher des US-Heimatschutzministeriums, David Lapan, nannte eine Ausweitung des '
         'Verbots nicht allein auf Europa, sondern auf weitere Regionen "möglich".', "David Lapan"),
        ("Der Ex-Vorsitzende der Grünen , Reinhard Bütikofer , findet klare Worte zum "
         "Wahlergebnis seiner Partei. Man habe klare Chancen liegenlassen und viele Fehler "
         "gemacht.", "Reinhard Bütikofer"),
    ],
)  # fmt: skip
def test_a_full_name_apposed_to_a_role_opening_the_sentence_is_a_guessed_speaker(text, speaker):
    (draft,) = enriched(text)
    assert (draft.speaker, draft.speaker_guessed) == (speaker, True)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A title's full stop after a cue ends no clause.
        ("They’re “free of fever, fit mentally, they can feed themselves and talk normally,” "
         "according to Dr. Jesada Chokedamrongsuk, permanent secretary of the Ministry of "
         "Public Health.", "Jesada Chokedamrongsuk"),
        ("According to Sen. Chuck Schumer (D-NY), the Washington-based agency will fully "
         "reimburse New York, New Jersey and Connecticut for the cost of repairing power "
         "substations.", "Chuck Schumer"),
        # The verb after a quotation, whichever it is.
        ("«Er ist voll motiviert», freut sich Trainer Murat Yakin (48) auf den englischen "
         "Triple-Sieger.", "Murat Yakin"),
        ("“England should cruise to victory – this is not much more than an easy T20 chase,” "
         "sniffs Giles Brooke.", "Giles Brooke"),
        # A surname alone after a role.
        ('"Die VA Erzberg hat uns die Tanks mit Treibstoff am Erzberg bereitgestellt, die wir '
         'selbst mit drei Fahrzeugen nach Radmer bringen konnten", freut sich Ortschef '
         "Gottsbacher.", "Gottsbacher"),
        # A noun alone after the verb names no one.
        ('"Die intensiv geführten Ermittlungen in diesem Strafverfahren dauern weiterhin an", '
         "teilten die Behörden mit.", None),
    ],
)  # fmt: skip
def test_the_person_a_title_or_a_quotation_leaves_to_the_cue_speaks(text, speaker):
    assert speaker_of(text) == speaker
