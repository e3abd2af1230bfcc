"""The words the importer reads names by, German and English, as data in one place.

Each language lists the words of its news prose: speech verbs ("sagte", "said"), the cues
before and after a name or a source ("laut", "zufolge", "according to"), articles and
other words that are never a name, the endings of roles ("…minister", "spokesman"), nouns
that stand between a cue and a source ("laut einer Umfrage des …"), and the last words of
organisations ("… Zeitung", "… Post"). lexicon.py merges them. A new language is one more
dictionary here.
"""

from __future__ import annotations

from typing import Any

# Lists of words, and a few mappings (weekdays to their numbers).
GERMAN: dict[str, Any] = {
    "speech_verbs": [
        "sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont",
        "warnte", "warnt", "bekundete", "kommentierte", "behauptete", "behauptet", "fragte",
        "äußerte", "äußert", "verkündete", "verkündet", "meinte", "kritisierte", "forderte",
        "fordert", "schrieb", "ergänzte", "bestätigte", "räumte", "antwortete", "teilte",
        "bedankte", "kündigte", "versicherte", "unterstrich", "mahnte", "drohte", "bekräftigte",
        "schlug", "fügte", "sprach", "schreibt", "verspricht", "versprach", "meint", "bezifferte",
        "verrät", "beziffert", "ergänzt", "kündigt", "teilt", "bekräftigt", "kritisiert",
        "twitterte", "spricht", "rechnet", "rechnete", "erläutert", "erläuterte", "beschreibt",
        "beschrieb", "erzählt", "erzählte", "berichtet", "berichtete", "gesteht", "gestand",
        "verriet", "bedankt", "kommentiert", "lobt", "lobte", "bezeichnet", "bezeichnete",
        "appelliert", "appellierte", "widerspricht", "widersprach",
        "beklagt", "beklagte", "bedauert", "bedauerte", "verlangt", "verlangte", "schildert",
        "schilderte", "begründet", "begründete", "räumt", "prangert", "prangerte",
        "bilanziert", "bilanzierte", "resümiert", "resümierte", "mitteilte", "mitteilt",
    ],
    # The speaker's name follows: "so Kanzler Müller", "laut Müller".
    "name_after": [
        "so", "laut", "nach Ansicht von", "nach Worten von", "nach Worten", "ließ",
        "nach den Worten von", "nach den Worten des", "nach den Worten der",
        "nach Einschätzung von", "nach Meinung von", "nach Auffassung von",
        # As "according to": "nach Angaben von Landeswahlleiter Stephan Bröchler".
        "nach Angaben von", "nach Angaben des", "nach Angaben der", "nach Auskunft von",
        "nach Auskunft des", "nach Auskunft der",
        # A statement's label: "Rede von Gregor Gysi", "das Einsatz-Fazit von Polizeisprecher …".
        "Statement von", "Rede von", "Fazit von",
    ],
    # A cue that names the speaker only with one of these words later in its clause:
    # "ließ Sprecherin Anna Berg wissen".
    "name_after_completed_by": {"ließ": ["wissen", "verlauten", "mitteilen", "ausrichten"]},
    # What may follow the name after "so" in a German attribution ("…, so Müller weiter");
    # anything else reads as another sentence ("so Leeds have some thinking to do").
    "after_so_name": [
        "weiter", "gegenüber", "am", "im", "in", "bei", "auf", "vor", "nach", "zum", "zur",
        "mit", "über", "zuletzt", "damals", "kürzlich", "jüngst", "abschließend", "zudem",
        "außerdem", "dazu", "bereits", "noch", "einst", "jetzt", "nun", "heute", "gestern", "von",
        "vom",
    ],
    # The speaker's name comes first: "Müller zufolge", "Müller ist der Ansicht".
    "name_before": [
        "zufolge", "ist der Ansicht", "ist der Meinung", "ist der Auffassung", "ist überzeugt",
        "ist optimistisch", "ist skeptisch", "zeigte sich", "zeigt sich",
    ],
    # Cues before which a surname alone, standing first in its clause, is a person:
    # "Brenner ist der Meinung, …" (a place or a thing is rarely "der Meinung").
    "opinion_cues": [
        "ist der Ansicht", "ist der Meinung", "ist der Auffassung", "ist überzeugt",
    ],
    # Articles that put a role where a name would stand: "so der französische Präsident".
    "role_articles": ["der", "die"],
    "source_labels": ["quelle", "quellen"],
    "source_after": [
        "heißt es von", "hieß es von", "heißt es vom", "hieß es vom", "laut", "gemäß", "gemäss",
        "interview mit", "berichtete", "berichtet", "zitiert von", "sagte er der",
        "sagte sie der", "nach angaben", "nach auskunft", "nach informationen", "teilte",
        "teilten", "zitiert", "teilt", "teilen", "erklärung des", "erklärung der",
        "mitteilung des", "mitteilung der", "stellungnahme des", "stellungnahme der",
        "bericht des", "bericht der", "meldet", "meldete", "meldeten", "hochrechnung der",
        "hochrechnung von", "hochrechnung des", "prognose der", "prognose von", "prognose des",
        "hochrechnungen von", "hochrechnungen des", "sprecher des", "sprecher der",
        "sprecherin des", "sprecherin der", "gespräch mit der", "gespräch mit dem", "sagt er der",
        "sagt sie der", "sagte er dem", "sagte sie dem", "sagt er dem", "sagt sie dem",
        "nach ankündigung", "erkenntnissen der", "erkenntnissen des", "bestätigt die",
        "bestätigt eine", "so der", "so die", "so das", "heißt es vonseiten",
        "hieß es vonseiten", "heißt es seitens", "hieß es seitens", "heißt es aus", "hieß es aus",
        "verlautete aus", "sprechers des", "sprechers der", "mediensprecher des",
        "mediensprecher der", "ein vertreter des", "ein vertreter der", "eine vertreterin des",
        "eine vertreterin der",
    ],
    # The source stands between "wie" and the verb: "wie die Polizei am Montag mitteilte".
    "source_as_verbs": [
        "mitteilte", "mitteilt", "mitteilten", "meldete", "meldet", "berichtete", "berichtet",
        "bekannt gab", "bekanntgab", "bestätigte", "bestätigt", "vermeldet", "vermeldete",
        "schreibt", "schrieb", "berichten", "berichteten", "mitteilen", "melden", "meldeten",
        "informierte", "informiert hat",
    ],
    "source_before": [
        "zufolge", "berichtete", "berichtet", "meldete", "meldet", "veröffentlichte",
        "vermeldet", "vermeldete",
    ],
    "articles": [
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "eines",
    ],
    "stopwords": [
        "er", "sie", "es", "ihm", "ihr", "ihn", "man", "wir", "ich", "dies", "diese", "dieser",
        "dieses", "zudem", "auch", "dabei", "damit", "außerdem", "doch", "so", "wie", "als",
        "am", "im", "in", "auf", "bei", "mit", "nach", "von", "vor", "zu", "zum", "zur", "und",
        "oder", "aber", "laut", "nun", "jetzt", "dann", "hier", "dort", "heute", "gestern",
        "morgen", "nur", "noch", "schon", "sein", "seine", "seiner", "ihre", "ihrer",
        "gegenüber", "alle", "viele", "einige", "jeder", "jede", "beide", "mehrere",
    ],
    "role_suffixes": [
        "präsident", "präsidentin", "minister", "ministerin", "sprecher", "sprecherin", "berater",
        "beraterin", "chef", "chefin", "kanzler", "kanzlerin", "politiker", "politikerin",
        "diplomat", "diplomatin", "autor", "autorin", "abgeordnete", "abgeordneter", "botschafter",
        "botschafterin", "gesandte", "gesandter", "vorsitzende", "vorsitzender", "sekretär",
        "sekretärin", "experte", "expertin", "analyst", "analystin", "journalist", "journalistin",
        "korrespondent", "korrespondentin", "general", "premier", "gouverneur", "gouverneurin",
        "senator", "senatorin", "bürgermeister", "bürgermeisterin", "direktor", "direktorin",
        "gründer", "gründerin", "trainer", "trainerin", "kandidat", "kandidatin", "reporter",
        "reporterin", "redakteur", "redakteurin", "anwalt", "anwältin", "geschäftsführer",
        "geschäftsführerin", "kommandant", "kommandantin", "stadtrat", "stadträtin", "stratege",
        "strategin", "landrat", "landrätin", "obmann", "obfrau", "virologe", "virologin",
        "meteorologe", "richterin", "fahrer", "fahrerin", "pfarrer", "pfarrerin", "kollege",
        "kollegin", "ständerat", "ständerätin", "nationalrat", "nationalrätin", "spieler",
        "spielerin", "landeshauptmann", "landeshauptfrau", "bezirkshauptmann", "bezirkshauptfrau",
        "sieger", "meteorologin", "dezernent", "dezernentin", "koordinator", "koordinatorin",
        "arzt", "ärztin", "vorstand", "veranstalter", "veranstalterin", "brandmeister", "sänger",
        "sängerin", "mitglied", "ökonom", "ökonomin", "moderator", "moderatorin",
        "wissenschaftler", "wissenschaftlerin", "stellvertreter", "stellvertreterin",
        "verteidiger", "verteidigerin", "wirt", "wirtin", "beauftragte", "beauftragter",
        "einsatzleiter", "einsatzleiterin", "zugleiter", "zugleiterin", "rechtler", "rechtlerin",
        "bundesrat", "bundesrätin", "präfekt", "präfektin", "jurist", "juristin", "kapitän",
        "kapitänin",
    ],
    # Titles written short before a name: "Dr. Anna Berg"; forms of address: "Frau Merkel".
    "role_abbreviations": ["dr", "prof", "frau", "herr", "prinz", "prinzessin"],
    # Words between a first name and a surname: "Ursula van der Meer".
    "surname_particles": ["von", "von der", "von den", "vom", "zu", "von und zu"],
    # A compound role names its organisation: "Polizeisprecherin", "Kremlsprecher".
    "organisation_roles": ["sprecher", "sprecherin", "sprechers"],
    # How German compounds end when they name an organisation: "Bundesregierung".
    "organisation_endings": [
        "ministerium", "regierung", "polizei", "feuerwehr", "behörde", "gericht", "armee",
        "agentur", "zeitung", "institut", "verband", "kommission", "wetterdienst", "amt",
        "patriarchat", "bistum", "leitung", "verwaltung", "anwaltschaft", "direktion",
        "inspektion", "präsidium", "kammer", "gewerkschaft", "stab",
    ],
    # Words between a speech verb and the name after it: "äußerte sich auch Anna Berg".
    "before_name": ["sich", "auch", "zudem", "dazu", "nun", "jetzt", "bereits", "außerdem",
                    "ebenfalls", "erneut"],
    # Words in a role between commas after a name: "Anna Berg, Leiterin des Amtes, sagte".
    "apposition_roles": ["leiter", "leiterin", "chef", "chefin", "mitglied"],
    # Words that open a recap of the day: it names many people and no one speaker.
    "recap_words": ["zusammenfassung", "überblick", "das wichtigste", "rückblick"],
    # Words by which a text refers back to an organisation it named: "die Behörde".
    "back_references": [
        "behörde", "staatsbetrieb", "rettungskräfte", "einsatzkräfte", "hilfsorganisation",
        "organisation", "unternehmen", "konzern", "betreiber", "veranstalter", "ministerium",
        "sender", "verein", "klub",
    ],
    # What an account does in a post: "@Stadt meldet …".
    "handle_verbs": ["meldet"],
    # Compounds naming the kind of a company or medium before its name: "der Zugbetreiber
    # Eurostar", "die Nachrichtenagentur AFP", "des Internetportals Sportbuzzer".
    "company_kinds": ["konzern", "betreiber", "bank", "hersteller", "anbieter", "firma",
                      "gesellschaft", "kette", "bauer", "riese", "agentur", "zeitung",
                      "portal", "portals", "ausrüster", "sender", "magazin"],
    # Helper verbs between a subject and what it did: "Anna Berg hat …".
    "auxiliaries": [
        "hat", "haben", "hatte", "wird", "wurde", "wurden", "ist", "sind", "war", "werden", "worden",
    ],
    "source_nouns": [
        "umfrage", "bericht", "berichten", "angaben", "informationen", "meldung", "meldungen",
        "daten", "zahlen", "schätzung", "schätzungen", "analyse", "studie", "recherche",
        "recherchen", "zeitung", "sender", "agentur", "nachrichtenagentur", "magazin", "portal",
        "tv-sender", "radiosender", "fernsehsender", "blatt", "website", "prognose",
        "hochrechnung", "mitteilung", "erklärung", "klub", "verein", "medium", "medien",
        "erkenntnissen", "ermittlungen", "umfragen", "auskunft", "aussage", "aussagen", "vorhersage",
    ],
    # Endings of declined adjectives: "der russische Präsident", "des russischen Präsidenten".
    "adjective_endings": ["e", "en", "er", "es", "em"],
    "organisation_words": [
        "zeitung", "agentur", "presse", "institut", "ministerium", "regierung", "kreml",
        "nachrichten", "rundschau", "allgemeine", "welt", "spiegel", "zdf", "ard", "gericht",
        "polizei", "feuerwehr", "behörde", "komitee", "armee", "bundestag", "bundesrat",
        "landtag", "rathaus", "senat", "parlament", "kreml", "liga", "pokal", "meisterschaft",
        "partei", "bahn", "leitstelle", "online", "haus", "klinik", "klinikum",
    ],
    # Lowercase words inside a source's name: "Corriere della Sera".
    "name_particles": ["de", "del", "della"],
    # When a statement was made: "erklärte … am Mittwoch", "am Mittwoch bei einer Rede".
    "weekdays": {
        "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
        "samstag": 5, "sonnabend": 5, "sonntag": 6,
    },
    "statement_verbs": [
        "erklärte", "sagte", "betonte", "äußerte", "meinte", "warnte", "kündigte",
        "bekräftigte", "versicherte", "bezeichnete", "forderte", "schrieb", "so der", "so die",
        "so das", "so ein", "so eine",
    ],
    "statement_occasions": [
        "bei einer", "bei einem", "in einer", "in einem", "auf einer", "gegenüber",
        "vor Journalisten", "im Interview", "im Gespräch",
    ],
    # Who a speech verb names when the person was named before: "sagte er", "sie warnte".
    "subject_pronouns": ["er", "sie"],
    # The first word of an organisation named after its place: "Polizei Gütersloh".
    "spokespeople": ["sprecher", "sprecherin"],
    "contractions": ["im", "am", "vom", "zum", "zur", "beim", "ins", "ans"],
    "organisation_heads": [
        "polizei", "stadt", "kreis", "landkreis", "gemeinde", "feuerwehr", "bezirk",
        "staatsanwaltschaft", "ministerium", "regierung", "agentur", "behörde", "präsidium",
        "landesamt", "bundesamt",
    ],
    "statement_participles": [
        "gesagt", "erklärt", "betont", "geäußert", "angekündigt", "mitgeteilt", "gewarnt",
    ],
    # Signs that an entry reports someone's words: indirect speech, a statement.
    "reported_speech": [
        "sei", "seien", "habe", "hätten", "werde", "würden", "könne", "müsse", "solle",
        "gewürdigt", "gelobt", "kritisiert", "gefordert", "erklärung", "stellungnahme",
    ],
}  # fmt: skip

ENGLISH: dict[str, Any] = {
    "speech_verbs": [
        "said", "says", "say", "told", "added", "warned", "stressed", "wrote", "posted", "claimed",
        "asked", "noted", "argued", "insisted", "announced", "tweeted", "explained",
        "urged", "appealed", "stated", "declared", "replied", "vowed", "pledged", "denounced",
        "tells", "adds", "warns", "stresses", "writes", "posts", "claims", "notes", "argues",
        "insists", "announces", "tweets", "explains", "urges", "states", "declares", "replies",
        "vows", "pledges", "denounces", "hints", "confirmed", "confirms", "welcomed", "welcomes",
        "condemned", "condemns", "reports", "reported", "commented", "described", "describes",
        "remarked", "admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes",
        "praised", "praises", "criticised", "criticized", "criticises", "criticizes",
        "demanded", "demands", "recalled", "recalls", "mentions", "mentioned", "emphasises",
        "emphasised", "emphasizes", "emphasized", "reminds", "reminded", "apologised",
        "apologized", "asks", "suggests", "suggested", "predicted", "predicts",
    ],
    "subject_pronouns": ["he", "she"],
    # "Met Eireann", "Meteo Schweiz": a weather service's word opens its name, no person's.
    "organisation_heads": [
        "police", "city", "county", "state", "department", "ministry", "met", "meteo",
    ],
    "spokespeople": ["officials", "sources", "spokesman", "spokeswoman", "spokesperson"],
    "contractions": [],
    # Whom a blog hands over to: "Let’s hear from Lewis Hamilton", "More from …", "This is from …".
    "name_after": ["according to", "hear from", "more from", "this is from"],
    "name_after_completed_by": {},
    "after_so_name": [],
    "name_before": [],
    "opinion_cues": [],
    "role_articles": [],
    "source_labels": ["source"],
    "source_after": [
        "according to", "interview with", "told", "reported by", "citing", "statement from",
        "statement by", "post from", "spokesperson for", "spokesman for", "spokeswoman for",
        "speaking to",
    ],
    "source_as_verbs": [],
    "source_before": [
        "reported", "reports", "projects", "projected", "reveals", "revealed", "confirms",
        "confirmed", "released", "issued", "issue a statement", "issues a statement", "reporting",
    ],
    "articles": ["the", "a", "an"],
    "stopwords": [
        "he", "she", "it", "they", "we", "i", "this", "that", "his", "her", "their", "its", "who",
        "mr", "mrs", "ms", "dr", "as", "from", "by", "all", "some", "many", "every", "each",
        "both", "several", "most", "other", "another", "amid", "after", "despite", "during",
    ],
    "role_suffixes": [
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
        "secretary", "ambassador", "envoy", "senator", "governor", "premier", "mayor", "coach",
        "manager", "chief", "nominee", "candidate", "leader", "chairman", "chairwoman", "director",
        "commissioner", "judge", "ologist", "forecaster", "prosecutor", "attorney", "editor",
        "correspondent", "reporter", "presenter", "officer", "coordinator", "co-ordinator",
        "sheriff", "scientist", "superintendent", "inspector", "commander", "captain",
        "administrator", "councilman", "councilwoman", "constable", "singer", "witness",
        "speaker", "prince", "princess", "academic", "economist", "professor", "commentator",
        "pundit",
    ],
    "role_abbreviations": [
        "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "dr", "prof", "pres", "supt", "cm",
        "mp", "mep", "td", "pm",
    ],
    "surname_particles": [
        "van", "van der", "van den", "van de", "de", "de la", "del", "della", "da", "di", "du",
        "dos", "ten", "ter", "bin",
    ],
    "organisation_roles": [],
    "apposition_roles": ["head", "leader", "chief", "chair", "founder", "member"],
    "before_name": ["also"],
    "handle_verbs": ["reports", "writes"],
    "company_kinds": ["carrier", "operator", "giant", "firm", "maker"],
    "recap_words": ["recap", "round up", "roundup", "round-up", "summary", "what's happened"],
    "back_references": ["agency", "authority", "company", "organisation", "organization"],
    "organisation_endings": [
        "ministry", "police", "agency", "service", "center", "centre", "department", "office",
        "council", "committee", "court", "commission", "army", "government",
    ],
    "auxiliaries": ["has", "have", "had", "is", "are", "was", "were", "being", "been", "be"],
    "source_nouns": [
        "newspaper", "broadcaster", "agency", "report", "survey", "poll", "data", "forecast", "club",
        "media", "officials", "sources", "reports", "authorities", "statement", "post", "tweet",
    ],
    "adjective_endings": [],
    "organisation_words": [
        "post", "times", "news", "radio", "tv", "journal", "herald", "tribune", "press",
        "pentagon", "bbc", "cnn", "ministry", "center", "centre", "court", "council",
        "committee", "office", "department", "police", "agency", "service", "security",
        "house", "hall", "street", "parliament", "senate", "congress", "kremlin", "force",
        "league", "cup", "championship", "party", "federation", "association", "forum",
        "foundation", "institute", "university", "authority", "trust", "survey", "energy",
        "commission", "bureau", "administration", "coastguard", "airlines", "railway",
        "county", "ratings", "fc", "network", "group", "airport", "rail", "transport",
        "palace", "heritage", "highways", "sports", "online", "hospital", "clinic", "board",
        "channel", "patrol", "society", "campaign", "government",
        "corporation", "organization", "organisation",
    ],
    "name_particles": ["of", "the"],
    "weekdays": {
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
        "sunday": 6,
    },
    "statement_verbs": ["said", "told", "stated", "announced", "warned", "wrote"],
    "statement_occasions": [],
    "statement_participles": [],
    "reported_speech": ["statement", "wrote", "written", "saying", "letter", "asking"],
}  # fmt: skip
