"""A saved page's date glued before its first line ("date 2019-09 19.38 Uhr: …"): the
first post's time still opens it."""

import datetime as dt

from .conftest import BERLIN, prepare

NOW = dt.datetime(2019, 9, 21, 23, 59, tzinfo=BERLIN)

# Abendzeitung's Wiesn ticker (21 September 2019).
WIESN = """ date 2019-09 19.38 Uhr: Unsere Reporterin meldet sich mit einem kurzen Stimmungsbericht: "Hier kippt die Stimmung langsam aber sicher Richtung ganz normaler Wiesnwahnsinn. Ich warne nüchterne Menschen eindringlich davor, das Festgelände zu betreten." Na dann, Hals- und Beinbruch...

19.24 Uhr: Ein Update zur Füllung der großen Festzelte: Die offizielle Oktoberfest-App zeigt im Moment bei allen großen Zelten eine Füllung von 95 Prozent an. Das stimmt nicht ganz, denn die Bräurosl ist derzeit aber wegen Überfüllung geschlossen. Schottenhamel, Augustiner, Hofbräu, Armbrustschützenzelt und die Ochsenbraterei sind auch dicht. Löwenbräu und Paulaner sind derweil noch offen und derzeit stauen sich die Massen nicht so, dass kein Hereinkommen ist. Wer in sein Wunschzelt möchte, muss nur Stehvermögen beweisen oder einen netten Seiteneingang erwischen.

18.53 Uhr: Dieter Hochreiter von der Haxnbraterei ist sehr zufrieden mit dem ersten Wiesntag "Das Wetter war gut, die Leute sind richtig gut gelaunt und es ist schön voll." Dieses Jahr war bei ihm fast etwas mehr los als die vorherigen Jahre.

18.07 Uhr: Und was sagt die Polizei zum Wiesn-Auftakt? Die ie ist durchaus zufrieden. Zwar gab es schon zum Wiesn-Auftakt am Samstag erste Einsätze, wie eine Sprecherin sagte. Darunter sei aber nichts Größeres gewesen. "Es ist noch alles gesittet." Immer mal wieder müssten die Beamten Streitigkeiten schlichten. "Aber man merkt langsam, dass es Fahrt aufnimmt", sagte die Sprecherin.
"""


def test_the_first_posts_time_after_the_pages_date_opens_it():
    found = prepare(WIESN, reference_time=NOW).drafts
    assert [(draft.published_at.strftime("%H:%M"), draft.body[:30]) for draft in found] == [
        ("19:38", "<p>Unsere Reporterin meldet si"),
        ("19:24", "<p>Ein Update zur Füllung der "),
        ("18:53", "<p>Dieter Hochreiter von der H"),
        ("18:07", "<p>Und was sagt die Polizei zu"),
    ]
