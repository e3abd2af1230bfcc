"""Sources in attribution phrases as real tickers write them, with an empty database.

Each rule with a short example in the style of a ticker: agencies in a dateline, "nach
Angaben", "wie … mitteilte", "teilte … mit", institutions with their origin, a person
behind "laut dem Sprecher" (no source), photo credits (no source).
"""

import pytest

from summit.ingest.drafts import EntryDraft
from summit.ingest.enrich import Enricher
from summit.ingest.names import KnownNames


def enriched(text: str) -> EntryDraft:
    draft = EntryDraft(title="", body=f"<p>{text}</p>")
    Enricher(KnownNames.empty()).enrich([draft])
    return draft


def source_of(text: str) -> str | None:
    return enriched(text).source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hamburg (dpa) - Der Hafen bleibt am Wochenende geschlossen.", "dpa"),
        ("Der Osten ist blau, sagte Weidel. Es sei eine Etappe. (afp)", "AFP"),  # any case
        # The kind of source before its name is none of the name.
        ("Wie die britische Boulevardzeitung Sun berichtet, soll Hogg wechseln.", "Sun"),
        ("Nach Informationen des belgischen TV-Senders VRT ist die Zahl gestiegen.", "VRT"),
        ("Wie ein Reporter der Nachrichtenagentur AFP berichtete, sind Schüsse zu hören.", "AFP"),
        ("The FOX Forecast Center says snow has reached as far south as Tallahassee.",
         "FOX Forecast Center"),
        # A name's abbreviation ends no clause; a long name before its verb stays whole.
        ("The quake was a separate event, the U.S. Geological Survey said.",
         "U.S. Geological Survey"),
        ("Die Kantonspolizei St. Gallen berichtete am Morgen von rund 30 Einsätzen.",
         "Kantonspolizei St. Gallen"),
        ("The Election Commission of Pakistan has released results for 95 percent of seats.",
         "Election Commission of Pakistan"),
        ("Die Inzidenz sinkt laut Landesamt für Gesundheit und Lebensmittelsicherheit weiter.",
         "Landesamt für Gesundheit und Lebensmittelsicherheit"),
        ("Nach Angaben des Bundesamtes für Migration und Flüchtlinge stieg die Zahl.",
         "Bundesamt für Migration und Flüchtlinge"),
        ("Fünf Züge waren betroffen, teilte der Zugbetreiber Eurostar per Twitter mit.",
         "Eurostar"),
        ("Hunderte Eurostar-Passagiere saßen fest, teilte der Zugbetreiber Eurostar mit.",
         "Eurostar"),
        ("Die Dividende sinkt, wie der Chemiekonzern BASF am Freitag mitteilte.", "BASF"),
        ("Das teilte die Landesbank Hessen-Thüringen am Freitag mit.", "Landesbank Hessen-Thüringen"),
        ("Nach bisherigen Erkenntnissen der Polizei stritt er mit drei Männern.", "Polizei"),
        ("Die Polizei Tirol vermeldet einen schweren Skiunfall im Zillertal.", "Polizei Tirol"),
        ("Nach Angaben der Gewerkschaft Deutscher Lokomotivführer fällt jeder Zug aus.",
         "Gewerkschaft Deutscher Lokomotivführer"),
        ("A woman was found dead inside a home in Maghull, police said.", "police"),
        # After a quotation, and opening a sentence or a headline.
        ('"The roads stay closed," police said. Crews are clearing them.', "police"),
        ("Police confirm 12 dead, 40 people missing.", "police"),
        # A hospital or a clinic is an organisation, its words no person's.
        ("Valley View Hospital says it has an outbreak of the flu.", "Valley View Hospital"),
        ("The crash is under review, the National Transit Safety Board said.",
         "National Transit Safety Board"),
        ("The Storm Channel said the front was moving east.", "Storm Channel"),
        ("Die Charité-Klinik sagte, es gebe vier Fälle.", "Charité-Klinik"),
        ("Das Weiße Haus erklärte, der Gipfel finde statt.", "Weiße Haus"),
        # A city named by its title: an organisation, no person.
        ('"Der Pegel sinkt", teilte am Nachmittag Landeshauptstadt Potsdam mit.',
         "Landeshauptstadt Potsdam"),
        ("Die Landeshauptstadt Potsdam warnte vor dem Hochwasser.", "Landeshauptstadt Potsdam"),
        ("Nach neuesten Hochrechnungen von Infratest liegt die Linke bei 4,9 Prozent.",
         "Infratest"),
        # A spokeswoman, and a company's kind in the genitive before its name.
        ("Der Strom fließt wieder, sagte eine Sprecherin des Netzbetreibers Stromnetz Berlin.",
         "Stromnetz Berlin"),
        ("Er warnte im Gespräch mit der Lausitzer Rundschau vor dem Plan.", "Lausitzer Rundschau"),
        ("Im Gespräch mit dem ZDF-Filmkritiker Jan Kolbe erklärte er seinen Plan.", None),
        ("Two people died. Police named the victims on Sunday.", "police"),
        # "Das bestätigt" cites a body after it, never a thing it confirms.
        ("Die Gruppe ist in Anchorage eingetroffen. Das bestätigt eine Polizeisprecherin.",
         "Polizei"),
        ("Der zweite Platz bestätigt die starke Form des Teams.", None),
        ("Das bestätigt die starke Form des Teams.", None),
        ("Two men were arrested after the match, according to police.", "police"),
        ("Maui County confirms 36 fatalities in the Lahaina wildfire.", "Maui County"),
        ("Die Feuerwehr Köln verzeichnete laut eigenen Angaben 300 Einsätze.", "Feuerwehr Köln"),
        ("Nach Ankündigung der Gewerkschaft Deutscher Lokomotivführer geht der Streik weiter.",
         "Gewerkschaft Deutscher Lokomotivführer"),
        ("Southampton FC say club staff are keeping an eye on the weather.", "Southampton FC"),
        ("„Lösungen gibt es nur am Tisch“, sagt er der „Passauer Neuen Presse“.",
         "Passauer Neuen Presse"),
        ("Es gebe keinen Plan B, sagte sie dem Tagesspiegel.", "Tagesspiegel"),
        ("Als Diagnose nannte er gegenüber DAZN einen Faserriss.", "DAZN"),
        ("The US Geological Survey said the quake was centered near Puebla.",
         "US Geological Survey"),
        ("Duke Energy said 300,000 customers are without power.", "Duke Energy"),
        ("Wie „Blick“ vermeldet, wurden die Gefangenen verlegt.", "Blick"),
        ("Wie die New York Times schreibt, stieg die Zahl der Opfer.", "New York Times"),
        ("Bern (sda/dpa) - Die Regierung tagt am Abend.", "sda"),
        ("LONDON (AP) — The minister resigned on Tuesday.", "AP"),
        ("Der Flughafen ist nach Angaben des Kiewer Innenministeriums gesperrt.",
         "Kiewer Innenministerium"),
        ("Nach Angaben der ukrainischen Armee halten die Kämpfe an.", "ukrainischen Armee"),
        ("Zwei Männer wurden befreit, wie die Polizei am Donnerstag mitteilte.", "Polizei"),
        ("Die Häfen bleiben zu, wie das ukrainische Infrastrukturministerium mitteilt.",
         "ukrainische Infrastrukturministerium"),
        ("Er fällt lange aus, wie sein Klub Hertha BSC bekannt gab.", "Hertha BSC"),
        ("Demonstranten droht Haft, teilte das Investigativkomitee am Montag mit.",
         "Investigativkomitee"),
        ("Die Grünen liegen laut Prognose von Infratest dimap vorn.", "Infratest dimap"),
        ("Das erfuhr die Deutsche Presse-Agentur aus Regierungskreisen.", "dpa"),
        ("Turnout was low, citing Reuters figures.", "Reuters"),
        ("„Sturm sorgt auch für Fake News“, twitterte die Polizei.", "Polizei"),
        ("The National Weather Service warned residents of the Plains.",
         "National Weather Service"),
        ("The Storm Forecast Center says snow has reached the coast.", "Storm Forecast Center"),
        ("Die Züge stehen nach Angaben einer Bahnsprecherin noch still.", "Bahn"),
        ("Der Einsatz sei ein Verbrechen, heißt es in einer Erklärung des Außenministeriums.",
         "Außenministerium"),
        ("Die Messe fällt aus, teilt das Erzbistum mit.", "Erzbistum"),
        ("Die Kliniken sind voll, teilt das Landesgesundheitsamt mit.", "Landesgesundheitsamt"),
        ("Die ARD rechnet mit einer hohen Wahlbeteiligung.", "ARD"),
        ("Here is a statement from the Armed Forces of Malta on the rescue.",
         "Armed Forces of Malta"),
        ("STOCKHOLM (AP) — Sweden reports damage to an undersea cable.", "AP"),
        ("One man was killed, according to the Hamas officials.", "Hamas"),
        ("„Wir bleiben hier“, sagte Anna Berg der Bild.", "Bild"),
        ("The talks will continue, Anna Berg told CNN.", "CNN"),
        ("Speaking to the BBC, Tom Hale said the vote was fair.", "BBC"),
        ("„Wir bleiben“, sagte Anna Berg gegenüber der Bild.", "Bild"),
        ("The Ministry of Defence said two drones were shot down overnight.",
         "Ministry of Defence"),
        ("The White House said on Monday it would act.", "White House"),
        ("A spokesperson for the Pentagon said two drones were shot down.", "Pentagon"),
        ("Two ships sank, according to a statement from the Harbour Authority.",
         "Harbour Authority"),
        ("Die Brücke ist gesperrt, meldet die Nachrichtenagentur Reuters.", "Reuters"),
        ("Es gebe Verzögerungen, heißt es in einem Bericht der New York Times.",
         "New York Times"),
        ("72 Todesfälle wurden gemeldet, wie das Landesgesundheitsamt am Freitag (Stand: 16 Uhr) "
         "mitteilte. 478 Patienten liegen auf Station, wie die Behörde weiter mitteilte.",
         "Landesgesundheitsamt"),
        ("Tatsächlich – wie die «New York Times» zuvor berichtet hat, tritt die Band auf.",
         "New York Times"),
        ("Auch hier liegt die Liste mit über 37 % an der Spitze (bmi).", "bmi"),
        ("Nach Auskunft der Stadt Wuppertal gibt es keine Entwarnung.", "Stadt Wuppertal"),
        ("The complaint relates to probable war crimes in Gaza, Al Jazeera reports.",
         "Al Jazeera"),
        ("Home Office officials say the visa had expired two years before.", "Home Office"),
        ("The Department of Foreign Affairs has urged all citizens to seek shelter.",
         "Department of Foreign Affairs"),
        ('Im Sky-Interview vor der Partie sagt er: "Hier ist es immer schwer."', "Sky"),
        ("Die Landesvorsitzende sagte am Sonntagabend im BR-Fernsehen, man sei enttäuscht.",
         "BR-Fernsehen"),
        ("Die Ministerin hat in den ARD-„Tagesthemen“ angekündigt, das Gesetz zu prüfen.",
         "ARD-Tagesthemen"),
        ("Spain's prime minister has congratulated him. In a post on X, he wrote: we will work "
         "together.", "X"),
        ("RJD says the counting will go on till late night.", "RJD"),
        ("NBC News projects that Biden will win Minnesota.", "NBC News"),
        ("Der SSW steht nach einer ARD-Prognose vor der Rückkehr in den Bundestag.", "ARD"),
        ("Die Hochrechnung der ARD sieht etwas anders aus.", "ARD"),
        ("Der SSW steht nach einer ARD-Prognose von Sonntagabend vor der Rückkehr.", "ARD"),
        ("Grund ist der Stadt zufolge die Geflügelpest.", "Stadt"),
        ("The Home Office said in a statement that the visa had expired.", "Home Office"),
        ("The Metropolitan Police confirmed two arrests on Tuesday.", "Metropolitan Police"),
        # An organisation that welcomes or condemns speaks; its own lowercase word ends it.
        ("The Irish Hotels Federation has welcomed today's Budget.", "Irish Hotels Federation"),
        ("The US State Department has condemned electoral violence.", "US State Department"),
        ('Dyfed-Powys police said on Facebook: "There are currently delays."',
         "Dyfed-Powys police"),
        ("The Mexico City government says 52 people have been rescued.",
         "Mexico City government"),
        ("The Telecommunications Forum says there has been good progress in coverage.",
         "Telecommunications Forum"),
        # "and" inside an organisation's name; the article before a name is not part of it.
        ("The Maritime and Coastguard Agency has said it responded to the reports.",
         "Maritime and Coastguard Agency"),
        ("The IMD has issued a warning for extremely heavy rain in the city today.", "IMD"),
        ('Der Trainer muss nach Informationen des Internetportals "Sportbuzzer" gehen.',
         "Sportbuzzer"),
        # A subject and its verb before a colon speak; "Additional reports:" is a label.
        ("Die Polizei meldet: Die Evakuierung ist abgeschlossen.", "Polizei"),
        # Bodies whose names end like no person's.
        ("Network Rail said the number of people using its stations fell sharply.",
         "Network Rail"),
        ("Miami International Airport has announced it will be closed Monday.",
         "Miami International Airport"),
        ("Die Deutsche Bahn teilte mit, der Verkehr rolle wieder.", "Deutsche Bahn"),
        ("Wie Spiegel Online berichtet, wurde ein Reporter angegriffen.", "Spiegel Online"),
        ("ABC is reporting at least five homes in Lithgow have been destroyed.", "ABC"),
        # A lowercase body's word after the name is part of it.
        ("According to Dorset police, 12 people have been arrested.", "Dorset police"),
        ("According to the Israeli army radio, troops were moved north.", "Israeli army radio"),
        # An embedded post signed by a body, not by a person.
        ("Celebrations as the lander touches down pic.twitter.com/f9yg— ANI (@ANI) August 23, 2023",
         "ANI"),
        ("Rescue teams reach the coast pic.twitter.com/Utap - Doordarshan News (@DDNewsLive) 3 May 2019",
         "Doordarshan News"),
        # An agency's kind written before its name without an article.
        ("Laut Rating-Agentur Fitch könnte der Streit die Kreditwürdigkeit belasten.", "Fitch"),
        ("Wie das Polizeipräsidium Niederbayern mitteilte, brannte ein Pumpwerk.",
         "Polizeipräsidium Niederbayern"),
    ],
)  # fmt: skip
def test_attribution_names_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Laut dem Sprecher des Sicherheitsrates, Andrej Petrow, wurde die Kolonne getroffen.",
        "Laut Prognose könnten Grüne und CDU weiter regieren.",
        "Der Kanzler besucht die Flutgebiete. Foto: dpa/Max Muster",
        "Die Innenstadt ist gesperrt. Bild: AFP",
        "Die Menge jubelt. © dpa",
        "Crowds gather in the square. Photograph: Anna Berg/Reuters",
        "Crowds gather in the square. Anna Berg/AFP via Getty Images",
        "Crowds gather in the square. Photo by Anna Berg/AP",
        "Die Erklärung des russischen Präsidenten wurde veröffentlicht.",
        "Flurries are being reported in the city.",
        "Liberals projected to retain the seat of Cook.",
        "North West Fire Control received reports of a fire on Salop Street.",
        # After an English speech verb, an organisation followed by its own verb is what
        # was said, not who said it.
        "Commission chairman Nick Hardwick says the Home Office should stop the leaks.",
        "He said the Commission on Taxation would be reporting in July.",
        # A country or a time is no source; a source ends right before its cue.
        "India reports 1,334 fresh Covid cases and 1,557 recoveries.",
        "Quebec is reporting 1,234 new cases of COVID-19 and 29 further deaths.",
        "Martin confirms that he has tendered his resignation as Taoiseach.",
        "Earlier, the chairman of the inquiry told MPs that the report must not be rushed.",
        "Die Russin siegte klar. Quelle: Mark J. Terrill/EPA",
        "Second local monkeypox case reported in Singapore.",
        "Ein wichtiges Detail muss hier noch berichtet werden: Die Uhr braucht das Telefon.",
        "Der Täter war den Angaben zufolge Sportschütze.",
        "Additional reports: these are not yet confirmed.",
        "One man was killed, according to Palestinian media reports.",
        "As Mara Linde reports, the vote is close.",
        "Conservatives: 37% (no change)\nLabour: 42%",
        "China gilt als international zunehmend isoliert.",
        "In Backnang dürfen die Bürger heute zweimal wählen.",
        "Die Presse war zahlreich vertreten.",
        "Die Lage ist ruhig, wie die Behörde mitteilte.",
        "Wie erwartet meldete am Freitagmorgen niemand einen neuen Rekord.",
        "Medienberichten zufolge tritt der Minister zurück.",
        "Eine Kooperation sei nötig, schrieb der Leiter der Raumfahrtbehörde Kosmo, Pjotr Sarin.",
        "Die Landesverbände haben sich kritisch gegenüber der Parteiführung geäußert.",
        "In summing up the PM says she hopes the budget sends the message that we are ready.",
        "Die Nachrichten gibt es wie gewohnt in der SWR Aktuell App und im Newsletter.",
        # A word that is written like a short agency's name, but not in its case.
        "The lead story is by Anna Berg who reports that the minister resigned.",
        "Who says the home side cannot score? Talk about a comeback.",
    ],
)
def test_persons_guesses_and_credits_are_no_source(text):
    assert source_of(text) is None


def test_an_outlet_named_in_many_entries_is_the_tickers_own_and_no_source():
    texts = [
        "Reuters reporters saw smoke over the port.",
        "Reuters could not verify the video.",
        "Our Reuters team is at the border.",
        "Two ships left at dawn, Reuters reporters said.",
    ]
    drafts = [EntryDraft(title="", body=f"<p>{text}</p>") for text in texts]
    Enricher(KnownNames.empty()).enrich(drafts)
    assert [draft.source for draft in drafts] == [None, None, None, None]


def test_the_kind_of_outlet_before_its_name_is_not_part_of_it():
    text = "Die Brücke ist zerstört, berichtet das ukrainische Medium Kyiv Independent."
    assert source_of(text) == "Kyiv Independent"


def test_a_word_referring_back_names_the_organisation_the_entry_is_about():
    draft = EntryDraft(
        title="Viele Einsätze: Stadtfeuerwehr beendet Ausnahmezustand",
        body="<p>Bis 19 Uhr gab es 300 Einsätze, teilten die Rettungskräfte mit.</p>",
    )
    Enricher(KnownNames.empty()).enrich([draft])
    assert (draft.source, draft.source_guessed) == ("Stadtfeuerwehr", True)


def test_a_spokesperson_of_an_organisation_names_it_as_a_guess():
    draft = EntryDraft(
        title="", body="<p>Die Lage bleibt angespannt, sagte ein Polizeisprecher.</p>"
    )
    Enricher(KnownNames.empty()).enrich([draft])
    assert (draft.source, draft.source_guessed) == ("Polizei", True)


def test_a_word_referring_back_names_the_organisation_that_spoke_before():
    text = (
        "Wegen des Sturms warnt Landesforst davor, die Wälder zu betreten. "
        "Die Schäden seien groß, teilte der Staatsbetrieb mit."
    )
    draft = EntryDraft(title="", body=f"<p>{text}</p>")
    Enricher(KnownNames.empty()).enrich([draft])
    assert (draft.source, draft.source_guessed) == ("Landesforst", True)


def test_a_generic_medium_before_an_interview_is_no_outlet():
    text = "Im TV-Interview mit der ARD suchte Thomas Tuchel nach den richtigen Worten."
    assert source_of(text) == "ARD"


@pytest.mark.parametrize(
    "text",
    [
        'WDR-Reporter Julian Lang berichtet, dass ein Haus "akut einsturzgefährdet" sei.',
        "Amid reports of hundreds of infections, a rabbi has told students not to get tested.",
    ],
)
def test_a_reporter_and_a_preposition_before_reports_are_no_source(text):
    assert source_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Russland warnt die USA vor einer überstürzten Aufkündigung.",
        "Um 18 Uhr wird die erste Gesamt-Prognose zur Landtagswahl bekannt gegeben.",
    ],
)
def test_a_country_written_short_and_a_total_projection_name_no_source(text):
    assert source_of(text) is None


def test_a_headline_writing_an_organisation_short_cites_it_as_the_body_writes_it_in_full():
    draft = EntryDraft(
        title="Wetterdienst warnt vor Sturm",
        body="<p>Der Deutsche Wetterdienst (DWD) warnt vor Unwettern am Freitagabend.</p>",
    )
    Enricher(KnownNames.empty()).enrich([draft])
    assert draft.source == "Deutscher Wetterdienst"


@pytest.mark.parametrize(
    "text",
    [
        "Aber auf einen zweiten Hund können sie erst mal nicht hoffen. (hav)",
        "Kerber schied im Achtelfinale aus.\nEs reichte nicht: Kerber schied aus. "
        "Quelle: Mark J. Terrill/AP/dpa",
    ],
)
def test_a_reporters_initials_and_a_photographers_credit_are_no_source(text):
    assert source_of(text) is None


def test_letters_in_brackets_inside_a_sentence_cite_where_a_figure_is_from():
    text = "Für Melk gibt es ein Ergebnis: hier liegt die ÖVP mit 37% an der Spitze (bmi)."
    assert source_of(text) == "bmi"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('Auf X schrieb er weiter: "Sie zeigen ferner eine Unzufriedenheit."', "X"),
        (
            "„Alle müssen in den Schutzräumen bleiben“, schreibt Gouverneur Maksym Kosytsky "
            "bei Telegram.",
            "Telegram",
        ),
        ("Arne via Twitter: Zeit für den Super Bowl.", "Twitter"),
        ("The presenters posted a photo of themselves on Instagram next to a sign.", "Instagram"),
    ],
)
def test_a_platform_words_were_posted_on_is_the_source_when_no_other_is_named(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Tributes to Connor are pouring in on our Facebook page and also via Twitter.",
        "Interessanter Beitrag der Unwetterzentrale Deutschland bei Facebook: Es regnet.",
    ],
)
def test_a_platform_nobody_posted_on_or_an_organisations_account_is_no_source(text):
    assert source_of(text) != "Twitter" and source_of(text) != "Facebook"


def test_the_subject_speaking_of_itself_is_the_source():
    text = "Durch den Streik hat die Deutsche Bahn nach eigenen Angaben einen Schaden."
    assert source_of(text) == "Deutsche Bahn"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Scotland Yard have released a statement: at least 20 people are injured.",
            "Scotland Yard",
        ),
        ("Sky have released footage of witnesses describing the scene.", "Sky"),
        (
            "West Midlands Police issue a statement defending their officers.",
            "West Midlands Police",
        ),
        (
            "Das Verteidigungsministerium veröffentlichte Fotos von vier Männern.",
            "Verteidigungsministerium",
        ),
    ],
)
def test_an_organisation_that_released_a_statement_is_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Mayor of London Sadiq Khan has released a statement.",
        "Several prisoners have been released without charge.",
    ],
)
def test_a_person_releasing_a_statement_and_a_passive_release_name_no_source(text):
    assert source_of(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Scotland Yard says the attack is now being treated as a terrorist incident.",
            "Scotland Yard",
        ),
        ("Civil Defence says it is unable to test all bores at this stage.", "Civil Defence"),
        ("A vessel sank during the cyclone, the Indian Navy said.", "Indian Navy"),
    ],
)
def test_an_institution_named_as_no_person_is_named_is_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Israeli Prime Minister Benjamin Netanyahu said the talks would go on.",
        "New Mexico says goodbye to its summer.",
    ],
)
def test_a_role_after_a_country_and_a_place_name_no_institution(text):
    assert source_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Die Medienkonferenz beginnt. Daniel Koch vom BAG erklärt: Die Lage ist ernst.",
        "Im Livestream hat sie über die Ergebnisse berichtet.",
        "Key has told Sainsbury Helen Clark's career was glittering.",
    ],
)
def test_an_employer_a_topic_and_an_owner_are_no_source(text):
    assert source_of(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Der Fahrer wird gesucht. Die Polizei bittet Zeuginnen und Zeugen, sich zu melden.",
            "Polizei",
        ),
        (
            "An dem Zaun entstand Sachschaden. Die Polizeiinspektion Bad Dürkheim nimmt "
            "Zeugenhinweise entgegen.",
            "Polizeiinspektion Bad Dürkheim",
        ),
        (
            "Die Polizei sucht nach zwei Männern. Hinweise nimmt das Polizeikommissariat entgegen.",
            "Polizei",
        ),
    ],
)
def test_the_police_appealing_for_witnesses_is_the_source(text, source):
    assert source_of(text) == source


def test_a_word_referring_back_takes_no_noun_after_it_into_the_name():
    text = "Mitarbeiter sind nach Angaben der Hilfsorganisation Zeuge russischer Angriffe."
    assert source_of(text) != "Hilfsorganisation Zeuge"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Das waren 600 weniger, wie die Landesleitstelle der Polizei am Mittwoch mitteilte.",
            "Landesleitstelle der Polizei",
        ),
        (
            "Das Forstamt im Kreis Göppingen warnt davor, auf Waldwegen unterwegs zu sein.",
            "Forstamt im Kreis Göppingen",
        ),
    ],
)
def test_an_office_keeps_the_body_it_belongs_to(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Small Firms Association has broadly welcomed today's Budget.",
            "Small Firms Association",
        ),
        (
            "Das Wasserwirtschaftsamt Donauwörth rechnet damit, dass die Zusam über die Ufer tritt.",
            "Wasserwirtschaftsamt Donauwörth",
        ),
    ],
)
def test_an_organisation_speaks_past_an_adverb_and_with_its_place(text, source):
    assert source_of(text) == source


def test_an_organisation_signing_off_a_line_after_a_hyphen_is_the_source():
    text = "Globally, nearly 500,000 people have died - Johns Hopkins University"
    assert source_of(text) == "Johns Hopkins University"


def test_a_headline_with_a_hyphen_names_no_source():
    assert source_of("Liverpool - Champions League") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Los Angeles County Sheriff Robert Luna said he was not satisfied.", "Robert Luna"),
        ("Police Chief Jim McDonnell said the curfew stays.", "Jim McDonnell"),
        # An office with its remit: "Head of Surgery", "Minister for Health".
        ("Four roads are closed, County Police Head of Operations Mara Linde said.", "Mara Linde"),
        (
            "The ward is closed, State Health Department Director for Infections Tom Hale said.",
            "Tom Hale",
        ),
    ],
)
def test_a_person_named_after_their_office_is_the_speaker_and_no_source(text, speaker):
    draft = EntryDraft(title="", body=f"<p>{text}</p>")
    Enricher(KnownNames.empty()).enrich([draft])
    assert (draft.speaker, draft.source) == (speaker, None)


def test_a_post_signed_by_a_person_or_by_the_tickers_own_account_names_no_source():
    assert (
        source_of("We will not give up. pic.twitter.com/ab — Anna Berg (@annaberg) May 3, 2019")
        is None
    )
    posts = [
        f"Crowds gather outside the mall, post {n}.— Metro News (@metronews) July 12, 2021"
        for n in range(3)
    ]
    drafts = [EntryDraft(title="", body=f"<p>{text}</p>") for text in posts]
    Enricher(KnownNames.empty()).enrich(drafts)
    assert [draft.source for draft in drafts] == [None, None, None]


def test_first_findings_are_no_source():
    text = "Ersten Erkenntnissen zufolge kam es zu einem Streit zwischen zwei Männern."
    assert source_of(text) is None


def guessed_source_of(text: str) -> tuple[str | None, bool]:
    draft = enriched(text)
    return draft.source, draft.source_guessed


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Berliner Polizei zieht am Nachmittag eine erste Bilanz.", "Berliner Polizei"),
        ("The Ministry of Health has updated media on a rumoured case.", "Ministry of Health"),
        ("Das Innenministerium korrigiert die Zahl der Opfer auf 72.", "Innenministerium"),
    ],
)
def test_an_organisation_opening_the_body_with_its_statement_is_a_guessed_source(text, source):
    assert guessed_source_of(text) == (source, True)


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei hat den Mast inzwischen abgesägt. Die Straße ist wieder frei.",
        "The BBC News website's Keith Moore reports a frightening landing at Gatwick.",
    ],
)
def test_an_organisation_acting_or_owning_a_reporter_is_no_source(text):
    assert guessed_source_of(text) == (None, False)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Die Landeswahlleitung teilte am Abend mit, das Ergebnis komme später.",
            "Landeswahlleitung",
        ),
        ("Die Senatsverwaltung teilte mit, die Masken seien nie angekommen.", "Senatsverwaltung"),
    ],
)
def test_a_leadership_or_an_administration_is_an_organisation(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        # "laut" meaning loud.
        "Es wird wieder laut im Ziel. Michael Matt hat jetzt bessere Sicht.",
        # A kind of source nobody owns: what follows is no one's name.
        "Die ÖVP kann laut Umfragen mit einem Wahlsieg rechnen.",
        "Sonst liegt laut Wettervorhersage ein Grau-Schleier über der Stadt.",
        # A time, not a subject: "Dieses Mal berichtet …".
        "Dieses Mal berichtet die 27 Jahre alte Manon Metz von der Wende.",
        # A noun a verb cue shares: "Teilen des Landes", not "teilen … mit".
        "Das Sturmtief löst Bahnchaos in weiten Teilen des Landes aus.",
    ],
)
def test_words_that_only_look_like_a_source_cue_name_no_source(text):
    assert source_of(text) is None


def test_a_kind_of_source_names_whose_it_is_after_an_article_or_a_preposition():
    assert source_of("Nach Informationen auf Youtube tanzen die Damen seit Jahren.") == "Youtube"
    assert source_of("Laut einer Umfrage des ZDF ist die Mehrheit skeptisch.") == "ZDF"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Excerpt from the New York Post: law enforcement sources said he was under guard.",
            "New York Post",
        ),
        ('The press gets champagne. From AAP: "Did I mention they are serving mimosas?"', "AAP"),
    ],
)
def test_a_report_quoted_from_an_outlet_names_it(text, source):
    assert source_of(text) == source


def test_a_post_quoted_from_a_person_names_no_source():
    assert source_of("From G. Jeffrey MacDonald: It was a great day in Boston.") is None


def test_an_outlets_reporter_after_a_cue_names_the_outlet_as_the_source():
    assert source_of("Caruso will start, according to ESPN's Adrian Wojnarowski.") == "ESPN"
    # An owner inside an organisation's name stays part of it.
    assert (
        source_of("The order was issued, according to the Butte County Sheriff's Office.")
        == "Butte County Sheriff's Office"
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('MacRumorsLive: "The next version of OS X is called El Capitan."', "MacRumorsLive"),
        ('Reuters: "Two people were killed in the attack."', "Reuters"),
    ],
)
def test_an_accounts_or_outlets_words_quoted_after_its_name_name_it_as_the_source(text, source):
    draft = enriched(text)
    assert (draft.source, draft.speaker) == (source, None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Missouri Highway Patrol announced that one person is in critical condition.",
            "Missouri Highway Patrol",
        ),
        (
            "The Palestinian Red Crescent Society announced on Saturday that two were wounded.",
            "Palestinian Red Crescent Society",
        ),
        (
            "The Fares Free campaign said it was disappointed to see the discount removed.",
            "Fares Free campaign",
        ),
    ],
)
def test_a_patrol_a_society_or_a_campaign_speaking_is_an_organisation_and_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Es ist ruhig. Wie die Polizei und die Sanitäter berichten, gibt es kaum Einsätze.",
            "Polizei",
        ),
        (
            "Wie das Landes-Medienzentrum am Montagabend informiert hat, ist das Tal gesperrt.",
            "Landes-Medienzentrum",
        ),
        (
            "Wie die Wahlbehörde nach Auszählung von 99 Prozent der Stimmen mitteilte, liegt er vorn.",
            "Wahlbehörde",
        ),
        # The outlet, not the places it asked.
        (
            "Die Zahl stieg deutlich, wie die Welt nach einer Abfrage bei allen Ländern berichtet.",
            "Welt",
        ),
    ],
)
def test_the_source_between_wie_and_a_plural_or_distant_verb(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ein Sprecher des Polizeipräsidiums Trier betonte, die Lage sei kritisch.",
            "Polizeipräsidium Trier",
        ),
        (
            "Eine Sprecherin des Landratsamtes Neuburg-Schrobenhausen erklärt, der Keller sei voll.",
            "Landratsamt Neuburg-Schrobenhausen",
        ),
    ],
)
def test_an_office_in_the_genitive_before_its_place_is_named_in_the_nominative(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Jetzt heißt es von der Landeswahlleitung, das Ergebnis komme nicht vor 2.30 Uhr.",
            "Landeswahlleitung",
        ),
        ("Die Züge fallen bis morgen aus, hieß es vom Betreiber Metronom.", "Metronom"),
    ],
)
def test_who_it_is_said_by_after_heisst_es_is_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Gemäss den SBB fallen die Züge zwischen Weissbad und Wasserauen aus.", "SBB"),
        ("Gemäß der Stadtverwaltung bleiben die Ämter morgen geschlossen.", "Stadtverwaltung"),
        ("Das Spiel endete erwartungsgemäß mit einem Sieg.", None),
    ],
)
def test_gemaess_cites_a_source_as_laut_does(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Wie heute.at berichtet, wurde einer ihrer Reporter attackiert.", "heute.at"),
        (
            "Ein fünftes Opfer ist bestätigt. Wie oe24.at berichtet, ist ein 21-Jähriger gestorben.",
            "oe24.at",
        ),
    ],
)
def test_a_website_by_its_lowercase_address_is_a_source(text, source):
    assert source_of(text) == source


def test_an_agencys_staff_in_a_compound_cite_the_agency():
    assert source_of("Wie AFP-Mitarbeiter berichteten, wurde das Büro schwer beschädigt.") == "AFP"
