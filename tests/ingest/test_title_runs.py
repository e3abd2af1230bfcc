"""Posts that lost their text in the paste (an embedded tweet or video left out): their
headlines stand one after another above the next post with text, each a post of its own."""

from .conftest import prepare

KAVANAUGH = """Kavanaugh Supreme Court hearing with Christine Blasey Ford testimony: Trump responds

Christine Blasey Ford is sworn in before the Senate Judiciary Committee, Thursday, Sept. 27, 2018 on Capitol Hill in Washington. (Michael Reynolds/Pool Image via AP)


Graham earns White House praise

'Worse than Clarence Thomas'

Sen. Orrin Hatch said the treatment of Kavanaugh is "worse than Clarence Thomas."

Lindsey Graham: This isn't an interview, this is hell

Democrats criticize Kavanaugh for angry defense


On Democrats

"This confirmation process has become a national disgrace," Kavanaugh.

Kavanaugh's opening statement

Supreme Court nominee Brett Kavanaugh gives his opening statement. Said the allegations have been harmful "to the Supreme Court and the nation."
"""

PFISTER = """Das sagt Martin Pfister vor den Medien ++ Departemente werden am Freitag verteilt
- Nach dem Rücktritt von Mitte-Bundesrätin Viola Amherd wählte die Vereinigte Bundesversammlung am Mittwoch ein neues Bundesratsmitglied.
- Die Mitte schlug Markus Ritter, Nationalrat und Präsident des Schweizer Bauernverbands, und Martin Pfister, Regierungsrat in Zug, vor.
- Im ersten Wahlgang holte Martin Pfister 122 Stimmen, Markus Ritter 105 Stimmen. Damit war ein zweiter Wahlgang nötig.
- Nach dem zweiten Wahlgang ist klar: Martin Pfister ist neuer Bundesrat. Der Zuger holte 134 Stimmen, Markus Ritter 110 Stimmen.
Ersatzwahlen Bundesrätin Viola Amherd
Stand: 10:33 Uhr
Die Medienkonferenz ist zu Ende
Was wird Ihnen fehlen als Bundesrat?
Braucht es eine Weiterentwicklung der Neutralität?
Bedanken Sie sich bei Links-Grün?
Er habe bei den Politikerinnen und Politikern von Links-Grün keine Versprechungen gemacht, sagt Pfister.
Pfister ergreift das Wort
Er werde heute noch kein detailliertes Programm darlegen, wie er das VBS umkrempeln werde, so Pfister. Er wolle zuerst die Departementsverteilung von Freitag abwarten.
"""


def titles(text: str) -> list[str]:
    return [draft.title for draft in prepare(text).drafts]


def test_headlines_in_a_row_above_a_post_with_text_are_posts_without_text():
    assert titles(KAVANAUGH)[-6:] == [
        "Graham earns White House praise",
        "'Worse than Clarence Thomas'",
        "Lindsey Graham: This isn't an interview, this is hell",
        "Democrats criticize Kavanaugh for angry defense",
        "On Democrats",
        "Kavanaugh's opening statement",
    ]


def test_questions_in_a_row_under_the_pages_time_are_posts_where_blank_lines_are_lost():
    assert titles(PFISTER) == [
        "Die Medienkonferenz ist zu Ende",
        "Was wird Ihnen fehlen als Bundesrat?",
        "Braucht es eine Weiterentwicklung der Neutralität?",
        "Bedanken Sie sich bei Links-Grün?",
        "Pfister ergreift das Wort",
    ]
