"""The embed: framable by exactly the allowed origins, compact, filtered; nothing else is framable."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from summit.ticker import services
from summit.ticker.admin import TickerForm
from summit.ticker.models import Tag, Ticker
from summit.ticker.origins import normalise_origin
from summit.ticker.tasks import end_due_tickers

pytestmark = pytest.mark.django_db


def frame_ancestors(response) -> list[str]:
    policy = response["Content-Security-Policy"]
    [directive] = [d.strip() for d in policy.split(";") if d.strip().startswith("frame-ancestors")]
    return directive.split()[1:]


def assert_denies_framing(response):
    assert response["X-Frame-Options"] == "DENY"
    assert frame_ancestors(response) == ["'none'"]


def test_embed_may_be_framed_by_exactly_the_allowed_origins(client, ticker):
    ticker.embed_origins = ["https://www.partner.de", "http://localhost:8001"]
    ticker.save()

    response = client.get("/ticker/test-ticker/embed/")

    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert frame_ancestors(response) == [
        "'self'",
        "https://www.partner.de",
        "http://localhost:8001",
    ]
    # The rest of the policy stays as strict as everywhere else.
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_ticker_without_origins_can_only_be_framed_by_ourselves(client, ticker):
    response = client.get("/ticker/test-ticker/embed/")
    assert frame_ancestors(response) == ["'self'"]
    assert "X-Frame-Options" not in response


def test_stored_garbage_never_reaches_the_header(client, ticker):
    ticker.embed_origins = ["https://ok.example", "https://x.example; script-src *", "*"]
    ticker.save()
    response = client.get("/ticker/test-ticker/embed/")
    assert frame_ancestors(response) == ["'self'", "https://ok.example"]


def test_other_pages_deny_framing(client, staff_client, ticker, make_entry):
    ticker.embed_origins = ["https://www.partner.de"]
    ticker.save()
    entry = make_entry()
    for url in (
        "/ticker/test-ticker/",
        f"/ticker/test-ticker/entries/{entry.pk}/",
        "/ticker/test-ticker/entries.json",
        "/ticker/test-ticker/feed/",
        "/oembed?url=http://testserver/ticker/test-ticker/",
    ):
        assert_denies_framing(client.get(url))
    assert_denies_framing(staff_client.get("/admin/"))
    assert_denies_framing(staff_client.get(f"/admin/ticker/ticker/{ticker.pk}/embed-code/"))


def test_embed_is_compact_noindex_with_canonical_and_credit(client, ticker, make_entry):
    entry = make_entry(title="Trump landet")

    html = client.get("/ticker/test-ticker/embed/").content.decode()

    assert f'id="entry-{entry.pk}"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert '<link rel="canonical" href="http://testserver/ticker/test-ticker/">' in html
    assert "Liveticker von Summit" in html
    assert 'target="_top"' in html
    assert "site-header" not in html
    assert "/admin/" not in html
    assert "embed-frame.js" in html


def test_embed_filters_like_the_timeline(client, ticker, make_entry):
    tag = Tag.objects.create(name="Atomwaffen")
    tagged = make_entry(tags=[tag])
    other = make_entry()

    html = client.get("/ticker/test-ticker/embed/?tag=atomwaffen").content.decode()

    assert f'id="entry-{tagged.pk}"' in html
    assert f'id="entry-{other.pk}"' not in html
    assert 'href="http://testserver/ticker/test-ticker/?tag=atomwaffen"' in html


@pytest.mark.parametrize(
    ("theme", "expected"), [("dark", "dark"), ("light", "light"), ("x", "auto")]
)
def test_theme(client, ticker, theme, expected):
    html = client.get(f"/ticker/test-ticker/embed/?theme={theme}").content.decode()
    assert f'data-theme="{expected}"' in html


def test_malformed_filter_is_400_and_still_framable(client, ticker):
    ticker.embed_origins = ["https://www.partner.de"]
    ticker.save()
    response = client.get("/ticker/test-ticker/embed/?day=2025-02-30")
    assert response.status_code == 400
    assert frame_ancestors(response) == ["'self'", "https://www.partner.de"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://www.partner.de", "https://www.partner.de"),
        ("HTTPS://Partner.DE:443/", "https://partner.de"),
        ("http://localhost:8001", "http://localhost:8001"),
    ],
)
def test_origin_is_normalised(value, expected):
    assert normalise_origin(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "www.partner.de",
        "https://partner.de/artikel",
        "https://*.partner.de",
        "https://partner.de; script-src *",
        "ftp://partner.de",
        "https://user@partner.de",
        "'self'",
        "https://partner.de?x=1",
    ],
)
def test_not_an_origin_is_refused(value):
    with pytest.raises(ValidationError):
        normalise_origin(value)


def test_ticker_form_validates_origins(ticker):
    data = {
        "title": ticker.title,
        "slug": ticker.slug,
        "status": ticker.status,
        "language": "de",
        "time_zone": "Europe/Berlin",
        "poll_interval": 10,
    }
    bad = TickerForm(
        {**data, "embed_origins": "https://ok.de\nhttps://partner.de/pfad"}, instance=ticker
    )
    assert not bad.is_valid()
    assert "embed_origins" in bad.errors

    good = TickerForm({**data, "embed_origins": "HTTPS://OK.de\nhttps://ok.de"}, instance=ticker)
    assert good.is_valid(), good.errors
    assert good.cleaned_data["embed_origins"] == ["https://ok.de"]


def test_admin_embed_code_generator(staff_client, ticker, make_entry):
    tag = Tag.objects.create(name="Atomwaffen")
    make_entry(tags=[tag])

    change = staff_client.get(f"/admin/ticker/ticker/{ticker.pk}/change/").content.decode()
    assert f"/admin/ticker/ticker/{ticker.pk}/embed-code/" in change

    response = staff_client.get(
        f"/admin/ticker/ticker/{ticker.pk}/embed-code/",
        {"tag": "atomwaffen", "theme": "dark", "height": "450"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    src = "http://testserver/ticker/test-ticker/embed/?tag=atomwaffen&amp;theme=dark"
    # The snippet to copy (escaped in the text area) and the live preview (real markup).
    assert f"&lt;iframe src=&quot;{src.replace('&amp;', '&amp;amp;')}&quot;" in html
    assert f'<iframe src="{src}"' in html
    assert 'loading="lazy"' in html and 'height="450"' in html
    assert "embed-resize.js" in html
    assert "data-copy-target" in html
    assert "<script>" not in html  # no inline script under our CSP


def test_embed_code_generator_needs_staff(client, ticker):
    response = client.get(f"/admin/ticker/ticker/{ticker.pk}/embed-code/")
    assert response.status_code == 302


def test_embed_polls_its_own_updates(client, ticker, make_entry):
    make_entry()
    ticker.refresh_from_db()
    html = client.get("/ticker/test-ticker/embed/").content.decode()
    assert f'hx-get="/ticker/test-ticker/embed/updates/?since={ticker.revision}' in html


def test_embed_updates_bring_new_entries_with_links_out_of_the_frame(client, ticker, make_entry):
    ticker.embed_origins = ["https://www.partner.de"]
    ticker.save()
    make_entry()
    ticker.refresh_from_db()
    since = ticker.revision
    new = make_entry(body='<p>Siehe <a href="https://example.org/x">Bericht</a></p>')

    response = client.get(
        f"/ticker/test-ticker/embed/updates/?since={since}", headers={"HX-Request": "true"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="entry-{new.pk}"' in html
    assert '<a target="_top" href="https://example.org/x"' in html
    assert 'target="_top">Link zum Eintrag' in html
    assert "/ticker/test-ticker/embed/updates/?since=" in html  # the fresh poller stays here
    assert "X-Frame-Options" not in response
    assert frame_ancestors(response) == ["'self'", "https://www.partner.de"]


def test_embed_updates_without_changes_are_204(client, ticker, make_entry):
    make_entry()
    ticker.refresh_from_db()
    response = client.get(
        f"/ticker/test-ticker/embed/updates/?since={ticker.revision}",
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 204


def test_invalid_filter_in_the_embed_keeps_the_frame_layout_and_framing(client, ticker):
    ticker.embed_origins = ["https://www.partner.de"]
    ticker.save()

    response = client.get("/ticker/test-ticker/embed/?day=2025-13-45&theme=dark")

    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="embed"' in html and 'data-theme="dark"' in html
    assert "site-header" not in html  # no site chrome inside a partner's article
    assert 'target="_top"' in html  # the way back leaves the frame
    assert "X-Frame-Options" not in response
    assert frame_ancestors(response) == ["'self'", "https://www.partner.de"]


def test_invalid_filter_on_the_timeline_keeps_the_site_layout(client, ticker):
    response = client.get("/ticker/test-ticker/?day=2025-13-45")

    assert response.status_code == 400
    assert "site-header" in response.content.decode()
    assert_denies_framing(response)


def test_non_ascii_origins_are_stored_and_sent_in_ascii(client, ticker):
    data = {
        "title": ticker.title,
        "slug": ticker.slug,
        "status": ticker.status,
        "language": "de",
        "time_zone": "Europe/Berlin",
        "poll_interval": 10,
        "embed_origins": "https://пример.рф\nhttps://München.de",
    }
    form = TickerForm(data, instance=ticker)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["embed_origins"] == [
        "https://xn--e1afmkfd.xn--p1ai",
        "https://xn--mnchen-3ya.de",
    ]


def test_a_non_ascii_origin_stored_around_the_form_keeps_the_policy_plain_ascii(client, ticker):
    ticker.embed_origins = ["https://пример.рф", "https://münchen.de"]
    ticker.save()
    response = client.get("/ticker/test-ticker/embed/")
    policy = response["Content-Security-Policy"]
    assert policy.isascii()
    assert not policy.startswith("=?")
    assert frame_ancestors(response) == [
        "'self'",
        "https://xn--e1afmkfd.xn--p1ai",
        "https://xn--mnchen-3ya.de",
    ]


def embed_html(client, ticker) -> str:
    return client.get(f"/ticker/{ticker.slug}/embed/").content.decode()


def test_the_embed_tells_readers_the_planned_start_like_the_page(client, ticker):
    start = timezone.now().replace(second=0, microsecond=0) + dt.timedelta(days=2)
    services.ticker_update(ticker, coverage_start=start)

    local = timezone.localtime(start, ticker.zone)
    assert f"Live ab {local:%d.%m.%Y, %H:%M} Uhr" in embed_html(client, ticker)


def test_after_its_planned_end_the_embed_shows_the_end_and_stops_polling(
    client, ticker, django_capture_on_commit_callbacks
):
    services.ticker_update(ticker, coverage_end=timezone.now() + dt.timedelta(hours=1))
    assert "embed/updates/?since=" in embed_html(client, ticker)  # polling while live

    Ticker.objects.filter(pk=ticker.pk).update(coverage_end=timezone.now())  # the time came
    with django_capture_on_commit_callbacks(execute=True):  # the new revision reaches readers
        end_due_tickers.call()

    html = embed_html(client, ticker)
    ended = Ticker.objects.get(pk=ticker.pk)
    local = timezone.localtime(ended.coverage_end, ticker.zone)
    assert f"Beendet um {local:%d.%m.%Y, %H:%M} Uhr" in html
    assert "embed/updates/?since=" not in html and "hx-trigger" not in html
    assert "badge-live" not in html
