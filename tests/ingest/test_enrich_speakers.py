"""Speakers in German and English reporting styles, with an empty database.

Each rule with a short example in the style of a ticker: a role before the name, a name
after a role and a comma, "nach Ansicht von", a surname after a role, a headline name
that comes back in the body; institutions and topics are no speakers.
"""

import pytest

from summit.ingest.drafts import EntryDraft
from summit.ingest.enrich import Enricher
from summit.ingest.names import KnownNames
from summit.ingest.nonnames import may_be_a_name


def speaker_of(text: str, title: str = "") -> str | None:
    draft = EntryDraft(title=title, body=f"<p>{text}</p>")
    Enricher(KnownNames.empty()).enrich([draft])
    return draft.speaker


def enriched_together(texts: list[str]) -> list[EntryDraft]:
    """Untitled entries of one import, enriched as one batch."""
    drafts = [EntryDraft(title="", body=f"<p>{text}</p>") for text in texts]
    Enricher(KnownNames.empty()).enrich(drafts)
    return drafts


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Lage bleibt ernst, sagt der Gouverneur von Charkiw, Oleh Synjehubow.",
         "Oleh Synjehubow"),
        ("Laut dem Sprecher des Verteidigungsrates (NSDC) der Ukraine, Anna Koval, hielt die Front.",
         "Anna Koval"),
        ("Die Hilfe kommt nach Ansicht von Außenminister Jan Novak zu spät.", "Jan Novak"),
        ("Es droht nach den Worten von Ministerpräsident Antonis Samaras ein Ausschluss.",
         "Antonis Samaras"),
        ("Four people were killed, emergency services spokesman Ashraf al-Qudra said.",
         "Ashraf al-Qudra"),
        ("Die Fähre fährt wieder, schreibt Gouverneurin Lena Sommer bei Telegram.", "Lena Sommer"),
        ("Die Streitkräfte sind laut deren Erstem Vizepremier Pavel Dorn bereit.", "Pavel Dorn"),
        ("President Harlow says the talks will go on.", "Harlow"),
        ("Präsident Marek warnte vor neuen Angriffen.", "Marek"),
        ("Die Lage ist ruhig. Außenministerin Clara Wendt hat die Helfer gelobt.", "Clara Wendt"),
        ("City Mayor Eric Stone urged residents to stay home.", "Eric Stone"),
        ("Charlie Flanagan described the turnout as shockingly low.", "Charlie Flanagan"),
        ("Bürgermeisterin Anna Berg lobte die Helfer am Abend.", "Anna Berg"),
        ('Der Bund reagierte. DGB-Vorstandsmitglied Stefan Körzell sagte: "Das ist richtig."',
         "Stefan Körzell"),
        ("Haas-Fahrer Kevin Magnussen widerspricht: „Wir fahren zwei Stopps.“", "Kevin Magnussen"),
        ("Ständerat Beat Rieder rechnet mit der Wahl. „Das Feedback war positiv“, sagt er.",
         "Beat Rieder"),
        ("Response Co-ordinator Vaughan Mackereth said they received 82 calls.", "Vaughan Mackereth"),
        ("Landeshauptmann Hermann Schützenhöfer (ÖVP) forderte mehr Hilfe.", "Hermann Schützenhöfer"),
        ("Das bestätigte Bezirksstadtrat Tim Richter (CDU) dem Sender.", "Tim Richter"),
        ("Der Zirkus darf bleiben, sagte Umweltdezernentin Eva Jähnig.", "Eva Jähnig"),
        # Roles that are no first name: "Moderatorin", "Verteidiger", "Wirt", "Captain",
        # "Juristin", "Polizeipräfekt", "Kapitän".
        ("Das war knapp, sagte Moderatorin Lea Stern im Radio.", "Lea Stern"),
        ('"Diese Sperren müssen jedenfalls ernst genommen werden", warnte ÖAMTC-Juristin Tanja '
         "Tretzmüller am Dienstag.", "Tanja Tretzmüller"),
        ('"Wir müssen uns aber vor allem im Angriff steigern", fasst Kapitän Johannes Golla die '
         "Ausgangslage vor den letzten beiden Spielen zusammen.", "Johannes Golla"),
        ("Die Angreifer in der Konzerthalle Bataclan haben sich mit Sprengstoffgürteln selbst in "
         "die Luft gesprengt, als die Polizei einrückte, wie Polizeipräfekt Michel Cadot am "
         "Samstagmorgen mitteilte.", "Michel Cadot"),
        ("Nati-Verteidiger Jonas Amrein erklärt im Interview, wie es weitergeht.", "Jonas Amrein"),
        ("Festzelt-Wirt Paul Kogler schreibt in einer Kolumne, es sei voll.", "Paul Kogler"),
        ("Politikwissenschaftler Ole Brandt erklärte, die Wahl sei offen.", "Ole Brandt"),
        ('"The roads are closed," county Administrator Ray Dunn said.', "Ray Dunn"),
        ("Fire Captain Mia Lopez said the crews were still at work.", "Mia Lopez"),
        ("Die Daten sind sicher, erklärte der Datenschutzbeauftragte Jan Kuhl am Mittwoch.",
         "Jan Kuhl"),
        ('"This one is for my mother," says singer Tom Vale.', "Tom Vale"),
        ("It was a separate quake, said seismologist Ruth Lane.", "Ruth Lane"),
        # A full name before any apposition between commas; an age is none of the name.
        ('Tom Hale, DUP, says: "We are going back to Stormont."', "Tom Hale"),
        ('Lena Brandt, die das Projekt leitet, sagte: "Wir sind bereit."', "Lena Brandt"),
        ('Nine-year-old Ella Stone, from Windsor, said: "It was very sad."', "Ella Stone"),
        ("The Harbour Workers Union, one of the largest unions, said it would strike.", None),
        # Where the person is from is none of the name.
        ("American Mia Rowe says her bronze in the hammer throw was a surprise.", "Mia Rowe"),
        # A time of day between the verb and the name.
        ("Das war ein schöner Abend, sagte am Nachmittag Sängerin Lea Sommer.", "Lea Sommer"),
        ("Die SPD hat gewonnen, kommentiert Redakteur Dirk Rodenkirch das Ergebnis.",
         "Dirk Rodenkirch"),
        ("Kommissionspräsidentin von der Berg schrieb in einem Brief, die Häfen seien wichtig.",
         "von der Berg"),
        ("Die Hilfe ist gesichert, sagte Ursula van der Meer am Abend.", "Ursula van der Meer"),
        ("Das Land ist zur Aufnahme bereit, wie Bundesinnenministerin Nora Feld in Berlin sagt.",
         "Nora Feld"),
        ("Karl Brenner, Landesforstpräsident und Geschäftsführer des Forstbetriebs, warnte vor "
         "Spaziergängen.", "Karl Brenner"),
        ("Mara Linde, head of the Harbour Trust, says she is elated.", "Mara Linde"),
        ("Über den Account des Ministeriums ließ Pressesprecherin Vera Sokol wissen, dass "
         "nichts geplant sei.", "Vera Sokol"),
        ("Jonas Weber beruhigt: Die Lage ist im Griff.", "Jonas Weber"),
        ("Zur Lage äußerte sich auch Bürgermeisterin Eva Lang am Abend.", "Eva Lang"),
        ("Die Lage ist ernst. Anna Berg: »Wir bleiben an der Seite der Stadt.«", "Anna Berg"),
        ("Shadow Secretary of State Mara Linde has written to the minister.", "Mara Linde"),
        ("Eine Kooperation sei nötig, schrieb der Leiter der Raumfahrtbehörde Kosmo, Pjotr "
         "Sarin, am Donnerstag.", "Pjotr Sarin"),
        ("Oleh Marko, Vorsitzender des Ausschusses, spricht gegenüber Kyiv Independent von "
         "einem Problem.", "Oleh Marko"),
        ("Nora Feld erläutert, wie die drei Modelle sich unterscheiden.", "Nora Feld"),
        # A pronoun at the speech verb: the person named before it.
        ("Prime Minister Tom Hale on Monday greeted the crowd. He tweeted, “Thank you all.”",
         "Tom Hale"),
        ("Bürgermeisterin Eva Lang besuchte am Abend die Helfer. „Wir danken allen“, sagte sie.",
         "Eva Lang"),
        # A quoted name after the verb is a thing's: the speaker is the one before it.
        ("Manager Anton Reis erklärt das «Cloud Kit» und die Apps dazu.", "Anton Reis"),
        # A day or an auxiliary between the name and its verb.
        ("French President Emile Laval Saturday appealed for calm.", "Emile Laval"),
        ("Deputy chief Samir Haddad has told the broadcaster that talks are over.",
         "Samir Haddad"),
        ("Sie bleibe, sagte der Vorsitzende des Bundes Deutscher Förster, Jan Holm, am Abend.",
         "Jan Holm"),
        ("The move is a mistake, Russia's ambassador to the United States Ilya Orlov says.",
         "Ilya Orlov"),
        ("A fine goal. “He really is a great player” – Tom Baines, 2012.", "Tom Baines"),
        ("Justizministerin Anna Berg (Grüne) sagte, die Initiative sei nötig.", "Anna Berg"),
        # English verbs of saying beyond "said": "emphasises", "mentions", "reminds".
        ("Regarding the new regulator, Jenny Rathbone emphasises the need to act.",
         "Jenny Rathbone"),
        ("Tim Cook mentions this morning's card news for Apple Pay.", "Tim Cook"),
        # "OB" is the mayor (Oberbürgermeister), written in capitals.
        ("Das sagte OB Dieter Reiter am Abend im Rathaus.", "Dieter Reiter"),
        # A bracket between an organisation and a name: the name opens after it.
        ("Der Vorsitzende des Bundes Deutscher Kriminalbeamter (BDK) André Schulz sagt, es "
         "sei ruhig.", "André Schulz"),
        # Age and party in one bracket, as tabloids write them.
        ("Parlamentspräsidentin Bärbel Bas (53, SPD) verkündet: 395 Stimmen für Scholz.",
         "Bärbel Bas"),
        ("Craig Holm beschreibt die Funktionen des neuen Telefons genauer.", "Craig Holm"),
        # A role the lists know only by its end: "Rechtsanwalt", "Hauptgeschäftsführer", "TD".
        ("Es gehe um den Saal, sagte der Rechtsanwalt Wolf Heer am Montag.", "Wolf Heer"),
        ("Teile seien zerstört, sagte der Hauptgeschäftsführer des Städtebundes, Gerd Lang, "
         "dem RND.", "Gerd Lang"),
        # A thing after the verb's article is no person: the pronoun's referent speaks.
        ("Labour TD Pat Rabb has criticised the Green Party. He said the Budget had cut "
         "the sector.", "Pat Rabb"),
        # An auxiliary between a role in commas and the verb.
        ("Paul Wade, the general secretary of the union, has said: \"Schools should stay open.\"",
         "Paul Wade"),
        # What owns a name is no part of it: "Spain's Sánchez" is the Pedro Sánchez named.
        ("Spain's prime minister, Pedro Sanz, has congratulated him. Spain's Sanz said ties are "
         "strong.", "Pedro Sanz"),
        ('National\'s Nick Sander: "National will be back."', "Nick Sander"),
        # The last of a list of portfolios is no first name.
        ("Minister for Tourism, Culture and Sport Mary Hanna said there was no easy way.",
         "Mary Hanna"),
        # A full name is complete: "von der" after it opens its organisation.
        ("Die Musiker sind hier, erzählt Wolfgang Kasi von der Österreichisch-Russischen "
         "Gesellschaft.", "Wolfgang Kasi"),
        # "confirmed" attributes; a day after "on" and words before a role may stand
        # between the name and its verb.
        ("As of Thursday, 1,745 new cases were identified, Health Minister Zweli Mkh has "
         "confirmed.", "Zweli Mkh"),
        ("The spokesperson for the State Department, Mathew Mill on Friday said the count "
         "must go on.", "Mathew Mill"),
        ("“It is very early in the evening,” says outgoing national MP Nikki Kay.", "Nikki Kay"),
        # A name after a headline run into its line, before a colon and a quotation.
        ("Alte Menschen sollen zuhause bleiben Daniel Kohl: «Wenn ich Leute alleine sehe, "
         "finde ich das gut.»", "Daniel Kohl"),
        # A name alone on its line with a colon, the statement below.
        ("He ends on this note.</p><p>Tom Hale:</p><p>The election is over. Only the counting "
         "remains.", "Tom Hale"),
    ],
)  # fmt: skip
def test_reporting_styles_name_the_speaker(text, speaker):
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Viele Einsätze: Feuerwehr am Limit", "Die Wehr rückte 200-mal aus."),
        ("", "The Health Ministry says 40 new cases were confirmed."),
        ("", "In a ruling, the High Court said the law stands."),
        ("Viele Einsätze: Lage im Griff", "Die Einsätze dauern an, 300 Einsätze bisher."),
        ("", "Die Partei mit Ministerpräsidentin Eva Roth an der Spitze liegt vorn."),
        ("", "Laut dem ukrainischen Medium Kyiv Independent ist die Brücke zerstört."),
        ("", "A fine result for Borussia Dortmund, so Dortmund have some thinking to do."),
        ("", "Der Diplomat spricht gegenüber Kyiv Independent von einem Problem."),
        ("", "Russland warnt vor dem Aus: Die Raumstation ISS Russland sei in Gefahr."),
        ("", "Russland warnt vor dem Aus. Kein Eurovision Song Contest Russland in diesem Jahr."),
        ("", "Die Entscheidung traf der Präsident von Frankreich, sagte er."),
        ("", "The White House said on Monday it would act."),
        ("", "Erste Top-Nachricht: Der Trainer hat dem Wechsel einen Riegel vorgeschoben."),
        ("", "Im Weißen Haus sagte Koval, die Lage sei ernst."),  # a place, no subject
        ("", "Who says the home side cannot score? Talk about a comeback."),  # a question
        ("", "According to London Metropolitan police, 12 people have been arrested."),
        ("", "Interessantes Detail: Die Top 5 der Wertung sind allesamt Ferrari-Motoren!"),
        (
            "",
            'Die Enttäuschung ist groß, wenn er in Richtung Renault sagt: "Es ist das zweite '
            'Rennen in Folge."',
        ),
        ("", "The city council met on Monday. It said the roads stay closed."),
        # An article or an adjective, and no role, before capitalised words: a thing.
        ("", "Der Städtebund fordert schnelle Hilfen von Bund und Ländern."),
        ("", "The cuts were unfair. It said the Budget had done nothing for schools."),
        (
            "Wuppertal warnt vor Hochwasser",
            "Nach Auskunft der Stadt Wuppertal gibt es keine Entwarnung.",
        ),
        (
            "Roundup",
            "A brief look back at today: Ed Lane has said taxes will rise. Anna Berg "
            "warned of cuts.",
        ),
        (
            "Roundup",
            "Here's a quick recap of the day: City Mayor Eric Stone urged residents "
            "to stay home. Schools stay closed.",
        ),
    ],
)
def test_topics_and_institutions_are_no_speaker(title, text):
    assert speaker_of(text, title) is None


def test_a_headline_over_a_quotation_names_its_speaker():
    assert speaker_of("“We could not have done more.”", title="Tom Harker speaks") == "Tom Harker"
    assert speaker_of("The club has signed two players.", title="Tom Harker speaks") is None
    # A name and its role after a comma, as sports pages head a pundit's words.
    quoted = "“He gave 100%. His attitude was good from the start.”"
    assert speaker_of(quoted, title="Ian Marsh , Murray's former coach") == "Ian Marsh"
    assert speaker_of(quoted, title="Ian Marsh, BBC Sport") == "Ian Marsh"
    assert speaker_of("He gave 100% today.", title="Ian Marsh, BBC Sport") is None


def test_a_headline_name_the_body_writes_after_an_article_is_a_place():
    body = "Eine Fahrerin ist im Lieferinger Tunnel gegen die Wand gefahren."
    assert speaker_of(body, title="Lieferinger Tunnel: erster Unfall") is None
    assert speaker_of("Tom Hale lobt das Team.", title="Tom Hale: Ein starkes Spiel") == "Tom Hale"


def test_a_pronoun_stands_for_a_person_not_for_a_place_or_a_team():
    text = (
        "Basketball star Leo Jones is among evacuees as a fire nears the home of the Los "
        "Angeles Lakers. He wrote that his family is safe."
    )
    assert speaker_of(text) == "Leo Jones"


def test_a_headline_subject_speaks_only_with_a_speech_verb():
    body = "Anna Berg hat in Kiew Hilfe zugesagt."
    assert speaker_of(body, title="Berg warnt vor Angriffen") == "Anna Berg"
    assert speaker_of(body, title="Berg gewinnt den Pokal") is None
    quoted = "Anna Berg hat in Kiew Hilfe zugesagt: „Wir bleiben an Ihrer Seite.“"
    assert speaker_of(quoted, title="Berg findet lobende Worte") == "Anna Berg"


def test_a_statement_signed_after_a_colon_with_role_and_name_names_its_speaker():
    text = "All parties should come together to form a strong government: Congress leader Ravi Rao"
    assert speaker_of(text) == "Ravi Rao"
    assert speaker_of("The vote is close, says Shiv Sena chief Uddhav Rane.") == "Uddhav Rane"


def test_the_author_of_an_embedded_post_speaks_when_nobody_else_does():
    text = (
        "Police giving CPR right now to two people on the ground. — Paul Waugh (@paulwaugh) "
        "March 22, 2017"
    )
    assert speaker_of(text) == "Paul Waugh"
    draft = EntryDraft(title="", body=f"<p>{text}</p>")
    Enricher(KnownNames.empty()).enrich([draft])
    assert draft.speaker_guessed


def test_a_surname_before_a_colon_and_a_quotation_is_the_speaker_written_in_full_elsewhere():
    drafts = [
        EntryDraft(title="", body="<p>Lewis Hamilton wins the race from pole.</p>"),
        EntryDraft(title="", body='<p>Hamilton: "It wasn\'t the easiest of races!"</p>'),
    ]
    Enricher(KnownNames.empty()).enrich(drafts)
    assert drafts[1].speaker == "Lewis Hamilton"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vice President Jorge Glas is in Manta now, meeting local residents.", None),
        ("Sen. Tom Hale tests positive for the virus.", None),
        ("Außenministerin Anna Berg hat die Demonstranten gewürdigt. Ihr Mut sei groß.",
         "Anna Berg"),
        ("Mayor of London Sadiq Khan has released a statement:", "Sadiq Khan"),
    ],
)  # fmt: skip
def test_a_person_named_after_a_role_speaks_only_where_the_entry_reports_words(text, speaker):
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The name after the verb opens what was said: its subject, not who says it.
        ("The palace confirmed Anna Berg will lead the delegation.", None),
        ("The club announced Tom Hale would miss the final.", None),
        # Who says it, and then when or of what.
        ('"A long night," said Tom Hale while leaving the stage.', "Tom Hale"),
        ('"It will be a wet one," says Tom Hale of the party that has begun.', "Tom Hale"),
    ],
)
def test_a_name_after_the_verb_that_opens_a_clause_is_what_was_said(text, speaker):
    assert speaker_of(text) == speaker


def test_a_capitalised_noun_after_an_article_is_no_first_name():
    drafts = [
        EntryDraft(title="", body="<p>Im Raum Villenbach sind Wiesen überflutet.</p>"),
        EntryDraft(title="", body="<p>Das Wasser steigt weiter, warnt Villenbach.</p>"),
    ]
    Enricher(KnownNames.empty()).enrich(drafts)
    assert drafts[1].speaker != "Raum Villenbach"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Josef Cap stellt klar: Die Partei hat bei uns abgeschrieben!", "Josef Cap"),
        ('Vincenzo Grifo nach dem Spiel: "Wir haben zu tief gestanden."', "Vincenzo Grifo"),
    ],
)
def test_a_name_with_a_verb_and_its_particle_or_an_occasion_before_a_colon_speaks(text, speaker):
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("When will counting be over? Deputy Election Commissioner Dina Rao said the counting "
         "machinery is doing its work.", "Dina Rao"),
        ("All Palestinian surgeon Sami Haddad has to work with is gauze, he said.",
         "Sami Haddad"),
        ("Viele Helfer sagten, sie seien erschöpft.", None),
    ],
)  # fmt: skip
def test_roles_and_quantifiers_are_no_part_of_a_name(text, speaker):
    assert speaker_of(text) == speaker


def test_a_surname_the_import_writes_alone_again_and_again_speaks_as_a_guess():
    texts = [
        "Masipa recounts the evidence of the witnesses at the scene.",
        "Masipa moves on to the circumstances of the shooting.",
        "The accused did not fare well, Masipa says.",
    ]
    drafts = enriched_together(texts)
    assert (drafts[2].speaker, drafts[2].speaker_guessed) == ("Masipa", True)


def test_after_a_preposition_with_its_article_the_speaker_follows_the_verb():
    texts = [
        "Koval eröffnet die Pressekonferenz.",
        "Koval spricht über den Haushalt.",
        "Zum Thema Afrika sagt Koval, dass die Hilfe nicht weiterbringe.",
    ]
    drafts = enriched_together(texts)
    assert drafts[2].speaker == "Koval"


def test_a_name_the_import_writes_after_in_is_a_place_no_surname():
    texts = [
        "Shelling resumed in Ukraine overnight.",
        "Ukraine warns of more attacks on the grid.",
        "Ukraine urged citizens to seek shelter, the ministry said.",
    ]
    drafts = enriched_together(texts)
    assert [draft.speaker for draft in drafts] == [None, None, None]


@pytest.mark.parametrize(
    "text",
    [
        "Seit Dienstag ist bekannt: Headlinerin des Festivals ist Tempest.",
        "Apropos Adam Szalai: Der Stürmer wechselt auf Leihbasis nach Hannover.",
        "UPDATE: New Mexico announces 106 additional cases and two deaths.",
        "Hong Kong's newly appointed bishop on Tuesday said he would work for unity.",
        "BJP leaders congratulate the party. The win in the North East says it all.",
        "Reporters Without Borders says the complaint is the second of its kind.",
        "Key confirms he will form a coalition with United Future and ACT.",
        "Scotland Yard says the attack is now being treated as a terrorist incident.",
        "Erste Resultate aus den Kantonen:\nDurchsetzungs-Initiative Ja: Obwalden, Uri",
        "About 127 people were missing, the Indian Navy said on Tuesday.",
        # After "to" a name is an object; after "the", with no role, an organisation's.
        "A senior adviser to Prime Minister Ben Tal has said the zone will stay.",
        "The Telecommunications Forum says there has been good progress in coverage.",
        # After "warned", "told", "urged" an English name is whom the words address.
        "The former prime minister warned David Cole that the plans could break the Union.",
        # A name that owns what follows is no speaker: "Tel Aviv's policies".
        "Qatar has condemned Tel Aviv's policies of displacing Palestinians.",
        "The fire is near Saint Mary's University. The University said classes go on.",
    ],
)
def test_times_places_and_sentence_openers_are_no_names(text):
    assert speaker_of(text) is None


def test_a_place_word_alone_may_still_be_a_surname():
    text = "Bill English won the vote. English says talks will be based on respect."
    assert speaker_of(text) == "Bill English"
    assert (
        speaker_of("The group has said it will appeal.", "Reporters Without Borders files") is None
    )


def test_a_surname_written_alone_once_is_no_speaker():
    assert speaker_of("The accused did not fare well, Masipa says.") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Japan will join the effort, prime minister Fumio Kishida announces.", "Fumio Kishida"),
        ("Sayan Banerjee: It is not a wave, it is an electoral tsunami.", "Sayan Banerjee"),
        ("Stürmer Sebastian Polter hat im Interview mit der Zeitung angekündigt, den Verein "
         "zu verlassen.", "Sebastian Polter"),
        ("Champions League: Halbzeitstände Liverpool - Leipzig 0:0", None),
    ],
)  # fmt: skip
def test_present_tense_verbs_names_opening_a_line_and_statements_in_the_perfect(text, speaker):
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("title", "text", "speaker"),
    [
        ("Surface", "“For three thousand dollars it’s incredible value,” says Panos, smiling.",
         "Panos"),
        ("Gäste", "Volker Kauder (CDU): „Ich war über unser Ergebnis angenehm überrascht.“",
         "Volker Kauder"),
        ("Federer", "Roger Federer – “I hope I give others the chance to believe at 37.”",
         "Roger Federer"),
        ("Pistorius", "“He may finish evidence tomorrow,” tweets the BBC’s Andrew Harding.",
         "Andrew Harding"),
        # A name alone between the quotation and its verb.
        ("", '"For the areas that have been asked to evacuate, we got a window if you will of a '
         'surge that may be between 1 metre to 3 metres and that is why we have asked for that '
         'evacuation," Allan says.', "Allan"),
        ("", '"A lot more degradation than anyone anticipated," Sainz reports. Nobody\'s very '
         "happy on track, but if it yields an extra stop it might shake things up...", "Sainz"),
    ],
)  # fmt: skip
def test_a_name_signing_or_after_a_quotation_speaks(title, text, speaker):
    assert speaker_of(text, title=title) == speaker


def test_a_role_before_the_name_in_a_headline_is_no_part_of_the_speaker():
    body = (
        "Die Schulen bleiben zu. Bildungsminister Helmut Holter sagte, es gebe eine Notbetreuung."
    )
    assert speaker_of(body, title='Bildungsminister Holter: "Nur für wenige Kinder"') == (
        "Helmut Holter"
    )
    body = "Kreisbrandmeister Peter Jonas: „Die höchsten Windgeschwindigkeiten kommen nachts.“"
    assert speaker_of(body) == "Peter Jonas"
    body = "Etappensieger Anton Berg sagte: „Das war der schönste Tag meiner Karriere.“"
    assert speaker_of(body) == "Anton Berg"


def test_a_sentence_ending_with_an_abbreviation_ends_before_the_next_speaker():
    assert speaker_of("Trump flew back to the U.S. Biden said he would meet him.") == "Biden"


def test_the_pages_own_reporter_before_a_colon_is_no_speaker_over_the_one_quoted():
    body = (
        "Donald Trump verspricht, den Krieg in der Ukraine zu beenden, sollte er Präsident "
        "werden. Für viele Ukrainer klingt das eher wie eine Drohung. Anne Brühl berichtet, weshalb."
    )
    title = 'ZDF-Reporterin Brühl: "Ukraine ist auf Unterstützung angewiesen"'
    assert speaker_of(body, title=title) == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vettel erklärt sich: „Ich habe meinen Teil der Absprache eingehalten.“", "Vettel"),
        ('51/53: Berger sagt: "Wir haben alles versucht."', "Berger"),
        ("Klopp added: “The boys tried absolutely everything.”", "Klopp"),
        # Not opening its sentence: a place before the pronoun that speaks.
        ('In Wilmington sagte er: "Wir werden gewinnen."', None),
    ],
)
def test_a_surname_opening_a_sentence_whose_verb_introduces_a_quotation_speaks(text, speaker):
    draft = EntryDraft(title="Aus dem Fahrerlager", body=f"<p>{text}</p>")
    Enricher(KnownNames.empty()).enrich([draft])
    assert draft.speaker == speaker
    assert draft.speaker_guessed == (speaker is not None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Gernot Darmann (FPÖ) zum Wahlausgang: "Natürlich habe ich mir mehr gewünscht."',
            "Gernot Darmann",
        ),
        (
            "Die Hochrechnung ist da. FDP-Parteichef Christian Lindner zu dem Wahlergebnis in Hessen:",
            "Christian Lindner",
        ),
        # A statement's label: "Rede von", "Fazit von", "nach Einschätzung von".
        ("Rede von Gregor Gysi, Fraktionsvorsitzender der Linken im Bundestag.", "Gregor Gysi"),
        (
            'Das Einsatz-Fazit von Polizeisprecher Marko Laske. "Der Abend war ruhig."',
            "Marko Laske",
        ),
        (
            "Das Spiel findet nach Einschätzung von Bundesinnenminister Thomas Brenner statt.",
            "Thomas Brenner",
        ),
        # Who speaks on a topic is a person; an institution is no speaker.
        ('Die Polizei zur Lage am Abend: "Alles ruhig."', None),
    ],
)
def test_who_speaks_on_a_topic_before_a_colon_or_after_a_statements_label(text, speaker):
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Witness Kira Rowland told CNN she saw people ducking for cover.", "Kira Rowland"),
        ("Texas House Speaker Dade Phelan said the committees would review the blackouts.",
         "Dade Phelan"),
        ("Polizei-Einsatzleiter Heinz Wolschendorf sagte, die Zahl der Toten steige weiter.",
         "Heinz Wolschendorf"),
        ("Verfassungsrechtler Janbernd Oebbecke sagte, der Fehler habe Folgen.", "Janbernd Oebbecke"),
        ("Angela Merkel tritt vor ihre Anhänger. „Wir freuen uns“, sagt Frau Merkel.", "Angela Merkel"),
        # A surname that is a role's word too stays a name: "Richter".
        ("Das bestätigte Bezirksstadtrat Tim Richter (CDU) dem Sender.", "Tim Richter"),
    ],
)  # fmt: skip
def test_roles_and_forms_of_address_before_a_name_are_no_part_of_it(text, speaker):
    assert speaker_of(text) == speaker


def test_a_brand_written_with_a_capital_inside_is_no_surname_but_a_surname_prefix_is():
    drafts = enriched_together(
        [
            "SpaceX said it is not working any issues ahead of the launch.",
            "It looks cloudy, but SpaceX says weather conditions remain favorable.",
            "Splashdown. SpaceX confirms the Dragon spacecraft has landed.",
            "Labour MP Iain McKenzie said the count was close.",
            "Florida Gov. Ron DeSantis urges residents to listen to officials.",
        ]
    )
    assert [draft.speaker for draft in drafts] == [
        None,
        None,
        None,
        "Iain McKenzie",
        "Ron DeSantis",
    ]
    assert drafts[2].source == "SpaceX"


def test_a_question_word_or_a_numeral_opens_no_name():
    body = (
        "Vinicius Jr may have got the goal, but Thibaut Courtois was a colossus between the "
        "sticks. He claims he deserves more respect."
    )
    assert speaker_of(body, title="Does Courtois deserve more respect?") == "Thibaut Courtois"


def test_a_summing_up_verb_and_an_outlet_after_zu_name_the_speaker():
    text = "«Ein ganz bitterer Abend», bilanziert Böni das Aus gegen England und ergänzt: «Aus.»"
    assert speaker_of(text) == "Böni"
    text = "Polizeisprecherin Miriam Tauchmann (35) zu Bild.de: „Der Leiter hat aufgegeben.“"
    assert speaker_of(text) == "Miriam Tauchmann"


@pytest.mark.parametrize(
    "words",
    [
        ["Ob", "Stanley", "Johnson"],
        ["Seinen", "Wechselwunsch"],
        ["Glückliche", "Siegerin"],
        ["Fleißige", "Wähler"],
        ["Hessische", "Landesmuseum"],
        ["Viertes", "Duell"],
        ["Danke", "Nemo"],
        ["Große", "Hilfsbereitschaft"],
        ["Hunderte", "Eurostar-Passagiere"],
        ["Sturm", "Sabine"],
        ["Hurricane", "Dorian"],
        ["Facebook", "Fotos"],
        ["Oberbayern", "Nord"],
    ],
)
def test_a_conjunction_a_possessive_or_a_declined_adjective_opens_no_name(words):
    assert not may_be_a_name(words)


@pytest.mark.parametrize(
    "words", [["Rüdiger", "Grube"], ["Ludwig", "Erhard"], ["Rübsamen"], ["Kanye", "West"]]
)
def test_first_names_and_surnames_ending_like_adjectives_stay_names(words):
    assert may_be_a_name(words)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Shane Hughes on Twitter: "England actually deserved that victory."', "Shane Hughes"),
        ('Lucien de la Peste on Twitter: "The RFU brass should be strung up."',
         "Lucien de la Peste"),
        ('Wales coach Warren Gatland on BBC One: "I thought they would get closer."',
         "Warren Gatland"),
        # A broadcast's name before a colon, with no quotation: no one's words.
        ("Jonathan Davies on BBC One: the match report follows after the news.", None),
    ],
)  # fmt: skip
def test_who_posted_on_a_platform_or_spoke_on_air_before_a_colon_speaks(text, speaker):
    assert speaker_of(text) == speaker


def test_the_mayor_written_short_stands_before_a_surname_and_whether_does_not():
    assert speaker_of('Aktuelles Statement von OB Trümper: "Wir konnten nicht trotzen."') == (
        "Trümper"
    )
    assert speaker_of("Er fragt, ob Merkel am Abend kommt.") is None
