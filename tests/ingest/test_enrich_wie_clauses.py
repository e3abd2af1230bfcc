"""A "wie" clause whose speaker stands far before its verb, with an empty database."""

from summit.ingest.drafts import EntryDraft
from summit.ingest.enrich import Enricher
from summit.ingest.names import KnownNames


def test_a_wie_clause_names_its_speaker_seven_words_before_the_verb() -> None:
    draft = EntryDraft(
        title="Jacques Tilly hat Hass-Mails bekommen",
        body="<p>Wie Wagenbauer Jacques Tilly gegenüber unserer Redaktion verriet, habe er "
        "„böse Mails bekommen“. Hintergrund sei der</p>",
    )
    Enricher(KnownNames.empty()).enrich([draft])
    assert draft.speaker == "Jacques Tilly"
