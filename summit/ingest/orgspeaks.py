"""The organisation a speech verb names, handed to source detection: its subject or
object ("twitterte die Polizei", "The National Weather Service warned"), the outlet a
person spoke to ("sagte Anna Berg der Bild"), the body behind a spokesperson ("sagte ein
Polizeisprecher"). speakers.py asks this while it reads an entry's speech verbs.
"""

from __future__ import annotations

from summit.ingest.finder import NameFinder, after_kind
from summit.ingest.organisations import names_organisation
from summit.ingest.phrases import looks_like_person, organisation_of_role


class OrganisationSpeaks(NameFinder):
    """Collects the organisations an entry's speech verbs name (self._spoken_by)."""

    def _organisation_speaks(
        self, words: list[str], position: int, *, subject: bool | None
    ) -> None:
        """An organisation as a speech verb's subject or object is the entry's source:
        "twitterte die Polizei", "The National Weather Service warned"; subject=None: a
        plural verb's, an organisation already (plural_subject)."""
        if not words:
            return
        name = " ".join(after_kind(words))
        known = self._known_source(name)
        if known or subject is None or names_organisation(words, subject=subject):
            self._spoken_by.append((known or name, 2, position))

    def _told_outlet(self, after: list[str], run: list[str], position: int) -> None:
        """Whom a statement was given to: "sagte Anna Berg der Bild" (the outlet is the
        source); who spoke for an organisation: "sagte ein Polizeisprecher" (a guess).
        run: the name after the verb."""
        person = len(run) > 1 and run[-1] in after and looks_like_person(run)
        rest = after[after.index(run[-1]) + 1 :] if person else []
        if rest and rest[0].lower() == "gegenüber":
            rest = rest[1:]  # "sagte Anna Berg gegenüber der Bild"
        if len(rest) > 1 and rest[0].lower() in ("der", "dem"):  # not "der Leiter der Behörde"
            outlet = self._organisation(rest, None, "")
            if outlet and not (" " in outlet and looks_like_person(outlet.split())):
                self._spoken_by.append((outlet, 2, position))
        for word in after[:3]:
            organisation = organisation_of_role(word)
            if organisation:
                self._spoken_by.append((organisation, 1, position))
