"""A lowercase English role before a name, with an empty database."""

from summit.ingest.drafts import EntryDraft
from summit.ingest.enrich import Enricher
from summit.ingest.names import KnownNames


def test_a_blog_hands_over_to_an_academic_named_after_his_role() -> None:
    draft = EntryDraft(
        title="",
        body="<p>This is from the academic Matthew Goodwin.</p>"
        "<p>Sheffield is 51% Leave. It was predicted to go Remain on 52% #euref</p>"
        "<p>And this is from the Spectator’s James Forsyth.</p>"
        "<p>Sheffield is 51% Leave. It was predicted to go Remain on 52% #euref</p>",
    )
    Enricher(KnownNames.empty()).enrich([draft])
    assert draft.speaker == "Matthew Goodwin"
