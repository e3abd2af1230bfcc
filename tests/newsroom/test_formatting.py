"""The composer's formatting: the toolbar's typed markup becomes the entry HTML readers get,
and whatever a paste or a hand-made request puts in the text goes through the sanitiser."""

import pytest

from summit.ticker.models import Entry
from tests.editorial_helpers import client_for

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def send(client, ticker, body: str):
    return client.post(
        f"/redaktion/{ticker.slug}/", {"title": "Format", "body": body}, headers=HTMX
    )


def test_the_toolbar_sits_above_the_text_and_waits_for_its_script(client, chef, ticker):
    page = client_for(type(client), chef).get(f"/redaktion/{ticker.slug}/").content.decode()
    toolbar = page.index('role="toolbar"')
    assert 'aria-controls="id_body" hidden' in page[toolbar:]
    assert toolbar < page.index('<textarea name="body"')
    for label in ("Fett", "Kursiv", "Link", "Liste", "Zitat"):
        assert f">{label}</button>" in page
    assert "newsroom/formatting.js" in page


def test_typed_markup_from_the_toolbar_becomes_the_entry_html(client, chef, ticker):
    typed = (
        'Ein <strong>wichtiges</strong> Wort, <em>kursiv</em> und <a href="https://example.org/">'
        "ein Link</a>.\n\n- Erstens\n- Zweitens\n\n> So sagte sie es."
    )
    assert send(client_for(type(client), chef), ticker, typed).status_code == 200
    assert Entry.objects.get().body == (
        '<p>Ein <strong>wichtiges</strong> Wort, <em>kursiv</em> und <a href="https://example.org/"'
        ' rel="noopener nofollow">ein Link</a>.</p><ul><li>Erstens</li><li>Zweitens</li></ul>'
        "<blockquote><p>So sagte sie es.</p></blockquote>"
    )


def test_pasted_html_sent_as_it_is_loses_scripts_and_handlers(client, chef, ticker):
    """What the page's script would have cleaned up, sent straight to the server."""
    pasted = (
        '<p onclick="alert(1)">Vom <b>Ticker</b> <a href="javascript:alert(2)">weiter</a></p>'
        '<script>alert(3)</script><ul><li onmouseover="alert(4)">Eins</li></ul>'
    )
    assert send(client_for(type(client), chef), ticker, pasted).status_code == 200
    entry = Entry.objects.get()
    assert entry.body == (
        '<p>Vom <b>Ticker</b> <a rel="noopener nofollow">weiter</a></p><ul><li>Eins</li></ul>'
    )
    public = client.get(f"/ticker/{ticker.slug}/").content.decode()
    article = public[public.index(f'id="entry-{entry.pk}"') :]
    article = article[: article.index("</article>")]
    assert "alert" not in article and "onclick" not in article and "<script" not in article
