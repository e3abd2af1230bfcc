"""How the words around an attribution cue read: whether a cue that needs a later word has
it ("ließ … wissen"), where "so Müller" ends, the name after "wie" before a verb, an opinion
cue ("ist der Meinung")."""

from __future__ import annotations

from summit.ingest.lexicon import LEXICON
from summit.ingest.phrases import name_after


def cue_completed(cue: str, after: list[str]) -> bool:
    """Whether a cue that needs a later word has it: "ließ Anna Berg wissen"."""
    needed = LEXICON.name_after_completed_by.get(cue)
    return not needed or any(word.lower() in needed for word in after)


def ends_so_clause(after: list[str], name: list[str]) -> bool:
    """ "…, so Müller." or "so Müller weiter" end an attribution; "so Leeds have some
    thinking to do" is another sentence."""
    if not name or name[-1] not in after:
        return True
    rest = after[len(after) - after[::-1].index(name[-1]) :]
    return not rest or rest[0].lower() in LEXICON.after_so_name


def name_after_wie(before: list[str]) -> list[str]:
    """The name in "wie Bundesinnenministerin Nora Feld in Berlin sagt"."""
    lowered = [word.lower() for word in before]
    if "wie" not in lowered:
        return []
    return name_after(before[len(lowered) - lowered[::-1].index("wie") :])


def is_opinion_cue(cue: str | None) -> bool:
    """ "ist der Meinung": a cue before which a surname alone is a person."""
    return cue is not None and " ".join(cue.lower().split()) in LEXICON.opinion_cues
