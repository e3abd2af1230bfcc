"""Labels, buttons and prompts a live page prints alone on a line ("Anzeige", "Share",
"Es gibt neue Meldungen", "Skip twitter post"): furniture.py asks LONE of each line whose
opening openings.RULE_OPENINGS lists.
"""

from __future__ import annotations

import re

from summit.ingest.authors import DESK

LONE = re.compile(
    r"^(?:Anzeige|Werbung|Advertisement|Teilen|Drucken|Artikel teilen|Share|Suchbegriff"
    r"|Zum Artikel|Weiterlesen(?: nach der Anzeige)?|Mehr anzeigen|Mehr lesen|Show more|Read more|Continue reading"
    r"|Find out more|Get involved|As it happened|Live Reporting|Download Graphic|Video|Audio|Kalender|Breaking|Latest"
    r"|Direkt zum Inhalt(?: wechseln)?|Zum (?:Haupt)?[Ii]nhalt springen|Skip to (?:main )?content"
    r"|Bild konnte nicht geladen werden|Cookie-Einstellungen|Sort by.*|\d+ (?:Posts|updates)"
    r"|\d+ neue Updates?|Schicke uns deinen Input|All times stated are \w+"
    r"|Dieser Liveticker ist älter als ein Jahr\.?|(?:LIVE )?COVERAGE IS OVER.*"
    # Players, loaders and prompts of live pages.
    r"|Video abspielen|Play video|Watch video|Newsletter abonnieren|Jetzt abonnieren"
    r"|Subscribe|Nach oben|Back to top|Load more|Mehr laden|Neue Einträge laden"
    r"|Ältere Einträge laden|Show \d+ new updates?|Show key events only"
    # The Guardian's filter of key posts, its labels run together on one line when copied.
    r"|Key events(?: Show key events only)?(?: Please turn on JavaScript to use this feature\.?)?"
    # A screen reader's skip link, the next section's headline after it, printed again below.
    r"|Skip next section(?: .{1,200})?"
    r"|Pinned post|Angepinnter Beitrag|See (?:\w+ ){0,3}results|Updated"
    r"|Artikel mit (?:Video|Audio|Bild)-Inhalten|Video Loading|Comments|Live"
    r"|RSS-Feed|Sie sind hier:|Top-Thema|Top Stories|Click here to share on social media"
    r"|Stand:?|Published:?|Autor/in:?|Author:?|Redaktion:?"  # a label, its value elsewhere
    r"|(?:[\w-]+ ){1,3}icon"  # a picture's text in place of an icon ("Live comment icon")
    r"|Es gibt neue (?:Meldungen|Beiträge|Einträge)|Automatisch aktualisieren|Auto-?refresh"
    r"|Tap here to refresh|This was published \d+ (?:years?|months?|days?|hours?) ago"
    r"|Key posts|Latest posts|Live feed|Must read|More like this|Kommentieren"
    r"|View more on \w+|Headshot of .{1,60}|Credit\.\.\..{1,80}"
    r"|(?:Estimated )?(?:read|reading) time:? .{1,20}|Advertising|Edition:"
    # An embedded post's prompts: "Skip twitter post", "Allow Twitter content?".
    r"|(?:Skip|End of) \w+ post|Allow \w+ content\??|The BBC is not responsible for the content of external sites\."
    r"|[\d,.]+ (?:Views|Aufrufe)(?: [\d,.]+ (?:Comments|Kommentare))?|Mehr ?(?:…|\.\.\.)"
    r"|(?:[\w .-]{1,40} )?\|? ?(?:/ )?(?:Lesedauer|Lesezeit):? \d+ (?:Minuten?|min\.?)"
    r"|\{\s*\"placeholderType\".*\}"
    # An ad's marker between dashes, or the button that hides it ("— ANZEIGE —", "Hide Ad").
    r"|[-–—] (?:Anzeige|Werbung|Advertisement) [-–—]|Hide Ad"
    # A rating widget ("5 bei 7 Bewertungen", "bewerten"), an icon's name ("open_in_new").
    r"|[\d,.]+ bei \d+ Bewertungen?|Mit von \d+ Sternen|bewerten|schließen"
    r"|Sie haben bereits abgestimmt\.?|[a-z]+(?:_[a-z]+)+"
    # A player's teaser ("VIDEO: … (1 Min)"), a post's footer ("Ein von … gepostetes Foto am").
    r"|(?:VIDEO|AUDIO): .{1,120} \(\d{1,2}(?::\d{2})? Min\.?\)"
    r"|Ein von .{1,60} gepostete[sr]? (?:Foto|Video|Beitrag)\b.*|A post shared by .{1,60}"
    # Buttons and notices of live pages: refresh, listen, embedded content.
    r"|(?:Live-?)?Ticker aktualisieren|Jetzt aktualisieren|Aktualisieren|Seite (?:neu )?laden"
    r"|Refresh(?: (?:the )?page)?|Listen [Ll]ive|Video content|Artikel (?:anhören|vorlesen)"
    r"|Diese Audioversion wurde künstlich generiert\..*|(?:Empfohlener )?[Ee]xterner Inhalt|Von"
    # Prompts to the reader of a live page, alone on their line.
    r"|Please refresh (?:the |this )?(?:page )?for (?:the latest |new )?updates\.?|Stay tuned for (?:more )?updates!?"
    r"|Please turn on JavaScript to use this feature\.?|Zum Aktualisieren hier klicken"
    r"|(?:Article|Story) continues below(?: (?:advertisement|this ad))?"
    r"|Zum Beitrag|Key update"
    # An embedded post held back until the reader agrees ("Twitter Placeholder").
    r"|(?:Twitter|Instagram|Facebook|YouTube|TikTok|Bluesky) Placeholder"
    r"|An dieser Stelle (?:findest du|finden Sie) Inhalte (?:aus|von) [\w ]{1,30}"
    # A web form's bounds as a screen reader names them, around a newsletter's sign-up.
    r"|Formular|(?:Anfang|Ende) des Formulars"
    r"|This is a live blog\. Follow along below for updates\."
    # The page's own label and a gallery's controls: "Liveblog", "Fullscreen", "Loading".
    r"|Live-?blog|News-?blog|Fullscreen|Vollbild|Loading ?(?:\.{0,3}|…)|weiter"
    r"|Recommended (?:Stories|Videos)(?: For You)?"
    rf"|{DESK.pattern}"  # a broadcaster's desk over a post ("BBC Sport")
    r"|Hier geht(?:'s|’s| es) zu[mr]? .{1,60}|See new posts|(?:Our )?live coverage has ended\."
    r"|Quote Message|Fehlermeldung|(?:Deprecated function|Warning|Notice): .{1,200} \(line \d+ of .{1,200}\)\.?"
    # A picture's credit in place of its caption ("Image copyright Getty Images").
    r"|Image copyright .{1,60}|Live ?(?:updates|now)"
    # A picture's or player's place-holder ("Image caption,", "featured-image", "Videoplayer").
    r"|Image(?: caption,?)?|featured-image|Avatar-Foto|Videoplayer|via GIPHY"
    # The page's navigation and state: "Table of Contents", "Neue Beiträge", "Zum Resultat".
    r"|Table of Contents|Neue Beiträge|Story continues|Read Full Story"
    r"|Jetzt nachlesen|Zum Resultat|LIVE Updated"
    # Prompts to the reader: to take part, to support the outlet, to refresh, to consent.
    r"|Deine Meinung zählt|Leserreporter werden|Schicken Sie uns Ihr (?:Bild|Foto|Video).{0,40}"
    r"|Your support helps us to tell the story|Be sure to refresh the page(?: often)?\.?"
    r"|Ein Klick für den Datenschutz|\*?Datenschutz|Empfohlener redaktioneller Inhalt"
    r"|Comments \(\d+\)|Kommentare \(\d+\)|Relevant offers"
    # Pointers to the outlet's or its writer's other channels: a handle, its app.
    r"|(?:Twitter|X): @\w{1,30}|(?:To get .{1,60}, )?download our app(?: here)?\.?"
    # A report's closing note on where and when it first ran.
    r"|This report by .{1,60} was first published .{3,30}|Über dieses Thema berichtete .{1,60} am .{5,60}"
    # A change-tracking archive's labels between the versions of a page it shows.
    r"|Version \d+ Version \d+|\((?:about )?(?:\d+|an?) (?:minutes?|hours?|days?) later\)"
    # The archive's note over the copy it keeps, and where the page itself is now.
    r"|This article is from the source '[\w ]{1,30}' and was first published or seen on .{0,120}"
    r"|You can find the current article at its original source at \S+"
    r"|The article has changed \d+ times\. There is an RSS feed of changes available\."
    r"):?$",
    re.IGNORECASE,
)
