"""Author cards inside a live blog's content: the reporter who wrote the next post.

Broadcasters' live pages put the author above a post as a card: the name with the job
("Ian Pollock Business reporter, BBC News", "Bryann Aguilar, CP24.com journalist") or
under the outlet's label ("ABC News: Matthew Doran"). A bare line, never a sentence.
"""

from __future__ import annotations

import re

_NAME = r"[A-ZÄÖÜ][\w.'’-]+(?: [A-ZÄÖÜ][\w.'’-]+){1,2}"
_JOBS = (
    "reporter", "correspondent", "journalist", "editor", "Redakteur", "Korrespondent",
    "Reporterin",
)  # fmt: skip
_CARD = re.compile(
    rf"^(?:[A-Z][\w]*(?: [A-Z][\w]*){{0,2}} News: {_NAME}"
    rf"|{_NAME},? (?:[\w.-]+ ){{0,3}}(?:{'|'.join(_JOBS)})(?:in)?(?:, [A-Z][\w .-]{{1,30}})?)$"
)
# The shortest card: two names of two letters and the shortest job ("Ab Cd editor").
MIN_CARD_LENGTH, MAX_CARD_LENGTH = 12, 90


def is_author_card(text: str) -> bool:
    """Whether a line is a card naming the author of the post below it."""
    if not MIN_CARD_LENGTH <= len(text) <= MAX_CARD_LENGTH:
        return False
    if not _holds_card_word(text):
        return False
    return bool(_CARD.match(text))


def _holds_card_word(text: str) -> bool:
    """Whether the line holds the label or a job every card holds, cut to what two jobs
    share ("reporter" and "Reporterin", "correspondent" and "Korrespondent"); the
    expression then asks for the whole. Written out: a generator under any() costs more
    than the tests it makes."""
    return (
        "News: " in text
        or "eporter" in text
        or "orrespondent" in text
        or "journalist" in text
        or "editor" in text
        or "Redakteur" in text
    )


# A contributor's card in two lines, as broadcasters' live pages print it above a post:
# the name ("Professor Sir John Curtice"), then the role ("Polling expert", "Former
# Southampton manager on BBC Radio 5 Live", "Weather presenter, BBC North West Tonight").
_CARD_NAME = re.compile(r"^(?:(?:Professor|Prof\.|Dr|Dr\.|Sir|Dame|Lord|Baroness) )*" + _NAME + "$")
# Who writes or presents the post, and who speaks in it.
_JOURNALISTS = (*_JOBS, "presenter", "Moderator")
_SPEAKERS = (
    "expert", "pundit", "analyst", "commentator", "manager", "coach", "captain", "economist",
    "professor", "spokesman", "spokeswoman", "leader", "minister", "Experte", "Expertin",
)  # fmt: skip
_JOURNALIST = re.compile(rf"\b(?:{'|'.join(_JOURNALISTS)})(?:in)?\b", re.IGNORECASE)
_ROLE = re.compile(rf"\b(?:{'|'.join(_JOURNALISTS + _SPEAKERS)})(?:in)?\b", re.IGNORECASE)
# A role at its outlet ("Weather presenter, BBC North West Tonight") is a card's second
# line even a blank line below the name.
_ROLE_AT_OUTLET = re.compile(r"[A-Z][\w -]{2,40}, [A-Z]")
MAX_CARD_NAME, MAX_CARD_ROLE = 40, 80
# A broadcaster's desk as a card's second line ("Paul Burnell" over "BBC News"), even a
# blank line below the name: the post's writer.
DESK = re.compile(r"BBC(?: [A-Z0-9][\w']*){1,3}|Local Democracy Reporting Service|Local Live")
# A journalist's job alone ("Live reporter", "Political correspondent"): a card's second line
# even a blank line below the name.
_JOB_ALONE = re.compile(rf"(?:[A-Z][\w-]* ){{0,2}}(?:{'|'.join(_JOBS)})", re.IGNORECASE)


def is_contributor_card(name: str, role: str, *, apart: bool) -> bool:
    """Whether a name line and the role line under it (`apart`: a blank line between them)
    are a contributor's card."""
    # The sizes and the role's end first: they rule out most pairs of lines, which are
    # then matched against no expression.
    if len(name) > MAX_CARD_NAME or len(role) > MAX_CARD_ROLE or role[-1:] in ".!?:\"”“'’":
        return False
    desk = bool(DESK.fullmatch(role))
    return (
        (not apart or desk or bool(_ROLE_AT_OUTLET.match(role) or _JOB_ALONE.fullmatch(role)))
        and bool(_CARD_NAME.match(name))
        and (desk or bool(_ROLE.search(role)))
    )


def speaks_in_post(role: str) -> bool:
    """Whether the person of a contributor card speaks in the post (a pundit, an expert),
    rather than writing or presenting it (a reporter, an editor)."""
    return not (_JOURNALIST.search(role) or DESK.fullmatch(role))
