"""Lines of a pasted page that are the site's furniture, not the ticker's text."""

import pytest

from summit.ingest.furniture import is_head_row, is_photo_credit, line_reason, tail_reason


@pytest.mark.parametrize(
    "line",
    [
        "Zum Hauptinhalt springen",
        "Stand",
        "Autor/in",
        "AUTOR/IN",
        "Es gibt neue Meldungen",
        "Published",
        "Tap here to refresh",
        "This was published 2 years ago",
        "Key posts",
        "View more on twitter",
        "Headshot of Jane Doe",
        "Credit...Jane Doe/The Daily Record",
        "Mehr...",
        "Kommentieren",
        "Liveblog",
        "BBC Sport",
        "SEE NEW POSTS",
        "Live coverage has ended.",
        "Quote Message",
        "Image copyright Getty Images",
        "Live updates",
        "LiveNow",
        "Fullscreen",
        "Loading",
        "Loading ...",
        "Key update",
        "Zum Beitrag",
        "Formular",
        "Ende des Formulars",
        "Twitter Placeholder",
        "An dieser Stelle findest du Inhalte aus Twitter",
        "Um mit Inhalten aus Sozialen Netzwerken zu interagieren oder diese darzustellen, "
        "brauchen wir deine Zustimmung.",
        "weiter",
        "Recommended Stories For You",
        "Hier geht's zum Spielbericht.",
        "Ihr Browser unterstützt leider die Anzeige dieses Videos nicht.",
        "Hier steht ein von der Redaktion empfohlener Inhalt von YouTube. Beim Laden werden "
        "Daten an den Anbieter übertragen.",
        "Redaktion",
        "Live comment icon",
        "Automatisch aktualisieren",
        "Estimated read time: 6-7 minutes",
        "Advertising",
        "Skip twitter post",
        "Allow Twitter content?",
        "The BBC is not responsible for the content of external sites.",
        "Skip to content",
        "Hier wird Inhalt angezeigt, der zusätzliche Cookies setzt.",
        "Inhalt aus Datenschutzgründen blockiert",
        "Ihr Browser ist veraltet. Bitte aktualisieren Sie Ihren Browser.",
        "Cookie-Einstellungen",
        "12 Posts",
        "3 neue Updates",
        "Sort by",
        "All times stated are UK",
        "Von Anna Beispiel",
        "By Jane Doe and John Roe",
        "From CNN’s Jane Doe in Anchorage",
        "Edited by Jane Doe",
        "(pma)",
        "© getty",
        "Max Muster/dpa",
        "Jane Doe/AFP/Getty Images",
        "Imago0001234567h",
        "gipfel-1200",
        "Putin und Trump in Anchorage (Archivbild)",
        "Trump speaks to reporters in Anchorage, Alaska, August 15, 2025",
        "Trump speaks to reporters in Anchorage. (AP Photo/Jane Doe)",
        "The king gives a speech in Amman on June 10, 2025. (Jane Doe/The Royal Court via AP)",
        "The senator speaks during a hearing in Washington, DC. Jane Doe/Pool/AFP/Getty Images",
        "READ MORE  Coronavirus update: 1,200 new cases in the last 24 hours",
        "RELATED: The summit in pictures",
        "Artikel teilen",
        "Share this post",
        "Auf WhatsApp teilen",
        "Link kopieren",
        "Video abspielen",
        "Show key events only",
        "Neue Einträge laden",
        "The Daily Example liveblogged Wednesday’s events as they unfolded.",
        "Hier die Nachrichten im Live-Ticker. Dieser Artikel wird laufend aktualisiert.",
        "Weiterlesen nach der Anzeige",
        "Artikel mit Video-Inhalten",
        "By Alexandra Rogers, political reporter",
        "By political reporter Jane Doe",
        "von JaneDoe",
        "Video Loading",
        "Recommended Videos",
        "| Lesedauer: 7 Minuten",
        '{ "placeholderType": "MREC" }',
        "Please refresh this page for the latest updates.",
        "Stay tuned for updates!",
        "Please turn on JavaScript to use this feature",
        "Zum Aktualisieren hier klicken",
        "article continues below",
        "Story continues below advertisement",
        "Welcome to the Example Post’s live updates for August 15, bringing you the latest",
        "Willkommen zum Gipfel-Liveticker! Wir berichten aus Anchorage.",
        "Trump arrives at the air base. Photo: Jane Doe",
        "The delegations meet in Anchorage (Image: Jane Doe)",
        "Ground staff clear snow off the pitch. Picture date: Saturday August 16, 2025.",
        "Trump during the press conference on August 15.Jane Doe / Pool via Getty Images",
        "Putin und Trump in Anchorage / Foto: picture alliance / dpa",
        "Ein Händedruck sagt mehr als tausend Worte Quelle: dpa",
        "Foto © Jane Doe",
        "18,667 Views 22 Comments",
        "mehr …",
        "Jane Doe Business reporter, BBC News",
        "Jane Doe, CP24.com journalist",
        "ABC News: Jane Doe",
        "Wahlparty auf dem Parkdeck | Bild: Jane Doe",
        "Related: Jane Doe quits as deputy leader and steps down as MP",
        "Live-Ticker aktualisieren",
        "Artikel teilen:",
        "Von:",
        "Listen Live",
        "Empfohlener externer Inhalt",
        "Diese Audioversion wurde künstlich generiert. Mehr Infos",
        "Neubrandenburg / Lesedauer: 44 min",
        "Lesezeit 10 Minuten",
        "Jane Doe and John Roe Photograph: AFP",
        "The delegations in Anchorage Credit: Reuters",
        "Grenfell Tower ablazeImage source, AFP",
        "Image caption, The Metro leads on the summit",
        "Waipawa in the Hawke's Bay was flooded on Tuesday. (Source: 1News)",
        "People gather near the square (Jane Doe/PA) — © Jane Doe",
        "Send in e-mailSend in e-mail",
        "231530709.jpg",
        "APA/Georg Hochmuth",
        "ORF.at/Roland Winkler",
        "Ende des externen Inhalts",
        "5 bei 7 Bewertungen",
        "Mit von 5 Sternen",
        "Sie haben bereits abgestimmt.",
        "open_in_new",
        "Demonstranten zündeten Pyrotechnik (Symbolbild). Quelle: Jane Doe",
        'VIDEO: Sturm "Zeynep" hinterlässt Spur der Verwüstung (1 Min)',
        "AUDIO: Die Lage an der Küste (2:30 Min)",
        "imago61088067h.jpg",
        "(Grafik: Statistisches Amt MV)",
        "(Video: Johannes Krenzer)",
        "Auch Jecke machen mal Pause. Copyright: Jane Doe",
        "An dieser Stelle befindet sich ein externer Inhalt von X, der empfohlen wird.",
        "Ein von Jane Doe (@janedoe) gepostetes Foto am",
        "A post shared by Jane Doe (@janedoe) on Jun 2, 2020 at 3:00pm PDT",
        "Noch immer gehen viele zur Elbe, um den Fluss zu bestaunen. Bildrechte: MDR/Jane Doe",
        "Tyson and Paris FuryTyson and Paris Fury",
        # A caption or a credit alone, ended by the copyright sign and the credit.
        "Der Pegel am Morgen über der Brücke. © Jane Doe",
        "+ © Jane Doe",
        "Counting is under way at the hall. Pic: Getty",
        "The leader arrives at the count. Picture: Jane Doe/IOL",
        "Das Lächeln der Kanzlerin nach der Wahl Foto: Jane Doe/dpa",
        "Das Parkhaus am Markt. | Foto: Archivfoto/Jane Doe",
        # A link's words without its story, or before the story's title.
        "Read more here.",
        "Read more here: Storm closes the airport for a second day",
        "More here: Traders fret over the budget",
        "Mehr dazu lesen Sie hier.",
        "Lesen Sie hier, wie der Trainer die Niederlage erklärt.",
        "Lesen Sie hier den Live-Ticker der vorherigen Tage.",
        "The leader on Thursday afternoon. Photo credit: Newshub.",
        "Photo credit: ITV",
        "— ANZEIGE —",
        "- Werbung -",
        "Hide Ad",
        # A broken site's error notice pasted with its page.
        "Fehlermeldung",
        "Deprecated function: Array and string offset access syntax with curly braces is "
        "deprecated in include_once() (line 20 of /srv/www/cms/includes/file.phar.inc).",
        # How to reach the desk (BBC): the channels, hashtag and numbers.
        "To get involved contact us in any of the following ways",
        "To get involved text us your views & comments on 81111. (Not all contributions can be used)",
        "#bbcsnooker, via WhatsApp on 03301231826 or text 81111 (UK only, standard message "
        "rates apply)",
        "Tweet #bbcfootball, text 81111 (UK only - standard rates apply) or WhatsApp 03301231826",
        # A page's label over its posts once the coverage ended.
        "As it happened",
        # A picture's or player's place-holder, the page's navigation and state.
        "Image caption,",
        "Image",
        "featured-image",
        "Avatar-Foto",
        "Videoplayer",
        "via GIPHY",
        "Table of Contents",
        "Neue Beiträge",
        "Story continues",
        "Read Full Story",
        "Jetzt nachlesen:",
        "Zum Resultat",
        "LIVE Updated",
        # Prompts to the reader: to take part, to support the outlet, to refresh, to consent.
        "Deine Meinung zählt",
        "Leserreporter werden",
        "Schicken Sie uns Ihr Bild oder Video via",
        "Your support helps us to tell the story",
        "Be sure to refresh the page often.",
        "Ein Klick für den Datenschutz",
        "*Datenschutz",
        "Empfohlener redaktioneller Inhalt",
        "Comments (0)",
        "Relevant offers",
        # A change-tracking archive's labels between the versions of a page.
        "Version 13 Version 14",
        "(32 minutes later)",
        "(about 1 hour later)",
        # A desk over a post, as UK broadcasters name it.
        "Local Democracy Reporting Service",
        # Bylines: as a post's footer after a dash, with the outlet's web address, in German.
        "— Posted by Natasha Hakimi Zapata",
        "By Elizabeth Chuck and Jim Gold, msnbc.com",
        "Beitrag von News Team",
        # Pointers to the outlet's or its writer's other channels.
        "Twitter: @Ian_JohnsonGaz",
        "To get breaking news sent straight to your phone, download our app here.",
        # A report's closing note on where and when it first ran.
        "This report by The Canadian Press was first published Nov. 7, 2020.",
        "Über dieses Thema berichtete SWR 4 BW am 15. Dezember 2022 um 15:30 Uhr.",
        # An embedded post's frame on the BBC: its long consent notice, its end.
        "This article contains content provided by Twitter. We ask for your permission before "
        "anything is loaded, as they may be using cookies and other technologies. You may want "
        "to read Twitter’s cookie policy, external and privacy policy, external before accepting. "
        "To view this content choose ‘accept and continue’.",
        "End of twitter post",
        # An archive's notes over the copy it keeps.
        "This article is from the source 'guardian' and was first published or seen on . It "
        "last changed over 40 days ago and won't be checked again for changes.",
        "You can find the current article at its original source at https://www.theguardian.com/"
        "australia-news/live/2020/jan/10/nsw-fires-live-updates-victoria-bushfires",
        "The article has changed 57 times. There is an RSS feed of changes available.",
        # Labels run together on one line, a skip link with the next section's headline.
        "Key events Show key events only Please turn on JavaScript to use this feature",
        "Skip next section Berlin: Protesters demand end to Gaza ‘genocide’",
        "Skip next section IN PICTURES: Germany begins deployment of Israeli-Made Arrow 3 missile shield",
        "Erst wenn Sie hier klicken, werden Bilder und andere Daten von X nachgeladen. Ihre "
        "IP-Adresse wird dabei an externe Server von X übertragen.",
    ],
)
def test_site_furniture(line):
    assert line_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "Putin landet in Anchorage",
        "Von der Leyen fordert mehr Hilfe für die Ukraine.",
        "To thunderous applause the two tennis Jedis emerged and after the obligatory photos and "
        "toss, the graphite lightsabers are out for the warm-up.",
        "Image of potential Hillsborough inquests witness released",
        "By the end of the day, the talks had stalled.",
        "Trump sagte, das Treffen sei ein Erfolg gewesen.",
        "Video zeigt Explosion in Kiew",
        "Die Polizei meldet 12 Festnahmen.",
        "1:09 p.m. ET, August 15, 2025",
        "10. August 2025, 12:47 Uhr · Quelle: dpa",
        "Die Polizei meldet zwei Festnahmen. Quelle: dpa",
        "Welcome to the party!",
        "Herzlich willkommen zum Topduell der Bundesliga.",
        "von 10 bis 12 Uhr ist die Straße gesperrt",
        "by the end of the day we will know more",
        "Live-Ticker zum Gipfel",
        "Sky News deputy political editor Jane Doe has given her insight on the talks.",
        "Angela Merkel",
        "Die SPD | Bild: Zeitung berichtet, dass die Koalition hält",
        "Diese Woche wird es heiß.",
        "Aktualisieren Sie Ihren Browser",
        "West Ham, who are targeting a loan move for Chelsea’s Fikayo Tomori, have cancelled Jack "
        "Wilshere’s contract by mutual consent. The former Arsenal midfielder has made little "
        "impact since moving to the London Stadium on a three-year deal worth £100,000 a week in "
        "2018. What a sad tale. We’ll always have the memory of Wilshere against Barca in 2011…",
        "The bank gave him credit: nobody else would.",
        "------------------",
        "Bye bye",
        "12.5",
        "APA meldet neue Zahlen aus Wien",
        "Die Stadt schließen? Das fordert niemand.",
        "Video: Der Sturm zog in wenigen Minuten über die Stadt (Archiv).",
        "Das Foto zeigt den Platz. Copyright liegt beim Verlag.",
        "Das Logo © steht auf jedem Plakat der Stadt.",
        "21.10 Uhr: Der Pegel sinkt weiter. © Jane Doe",
        "The photo credit: nobody would take it.",
        "– Anzeigen gegen Unbekannt –",
        "More here soon.",
        "Read more here and there, the minister said of the report.",
        "MetService is tracking a number of intense thunderstorms east of Auckland.",
        "Tracking Hurricane Irene: Up-to-the-Minute Storm Updates",
        "Für das Gesetz brauchen wir Ihre Zustimmung nicht, sagte der Minister.",
        "Für das Gesetz brauchen wir Ihre Zustimmung.",
        "Twitter Placeholder heißt das neue Album der Band.",
    ],
)
def test_ticker_text_is_not_furniture(line):
    assert line_reason(line) is None


def test_photo_credit_labels_and_the_sites_tail():
    assert is_photo_credit("Foto: dpa")
    assert is_photo_credit("(Foto: IMAGO/Jane Doe)")
    assert is_photo_credit("Image caption: Express front page")
    assert is_photo_credit("Photograph: Jane Doe/Getty Images")
    assert tail_reason("Mehr zum Thema")
    assert tail_reason("Politik / Ausland / Russland")
    assert tail_reason("Putin landet in Anchorage") is None


@pytest.mark.parametrize(
    "line",
    [
        "Letzte Aktualisierung: 10:37:54",
        "Last updated: 9:05",
        "12/02/2017 11:20 CET | Aktualisiert 12/02/2017 15:52 CET",
        "19/05/2016 17:02 BST | Updated 19/05/2016 21:15 BST",
        # When the page went online, with its date as American and British pages write it.
        "Published September 26, 2022 at 9:55 AM EDT",
        "Published 6th May 2023, 07:54 BST",
        "Published June 7th, 2018 at 2:15am",
    ],
)
def test_a_last_update_time_closes_the_page_head(line):
    assert is_head_row(line)


def test_a_time_published_without_a_year_is_no_head_row():
    assert not is_head_row("Published at 16:19, the statement came late.")


def test_a_post_timed_beside_a_bar_is_no_head_row():
    assert not is_head_row("15:25 Uhr | Ergebnis zeigt Spaltung der Parteien 2017")


def test_a_picture_rights_line_is_a_photo_credit():
    assert is_photo_credit("Bildrechte: dpa")
