"""A live page's label under an edited post ("Updated"), shown once or twice: where that
post ends, so the paragraphs below it are the next post, though the paste lost its time."""

from .conftest import prepare

# The Guardian's floods blog (3 March 2022), from its closing post down.
FLOODS = """Sydney spared worst of rain but Newcastle still under threat – as it happened

What we learned – 3 March 2022

And with that, we are going to put this blog to bed. Thank you so much for going through all the big stories with us today.

Before we go, let’s do a re-cap:

We will see you tomorrow!

Updated

Roughly half a million people have been told to evacuate their homes in New South Wales as disastrous floods continue, but lower than expected rainfall has brought some reprieve for those in the path of the spilling Warragamba Dam, AAP reports.

About 130,000 households were told on Thursday afternoon the volume of water surging out of the dam won’t be the same as seen during devastating floods in 2021.

Updated

From AAP:

Australia is joining an international push to strip Russia and Belarus of bidding rights for international sporting events
"""


def test_the_label_under_an_edited_post_closes_it_even_once():
    found = prepare(FLOODS).drafts
    assert [draft.body[:40] for draft in found] == [
        "<p>And with that, we are going to put th",
        "<p>Roughly half a million people have be",
        "<p>From AAP:</p><p>Australia is joining ",
    ]
