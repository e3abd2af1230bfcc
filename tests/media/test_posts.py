"""Posts and videos on entries: the card we keep, the frame behind consent, the editor's form.

Provider answers are recordings (tests/media/recordings), served by replacing the one fetch
function; no test reaches the network.
"""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.urls import reverse

from summit.media import post_cards, services
from summit.media.models import EntryEmbed
from summit.media.posts import UnknownPost, detect
from summit.ticker.models import Entry
from tests.editorial_helpers import CHANGELIST, change_url, form_data
from tests.media.conftest import stored_files

RECORDINGS = Path(__file__).parent / "recordings"
ANSWERS = {
    "https://www.youtube.com/oembed": "youtube_oembed.json",
    "https://vimeo.com/api/oembed.json": "vimeo_oembed.json",
    "https://publish.twitter.com/oembed": "x_oembed.json",
    "https://embed.bsky.app/oembed": "bluesky_oembed.json",
    "https://mastodon.social/api/v1/statuses/": "mastodon_status.json",
    "https://t.me/durov/": "telegram_page.html",
    "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg": "youtube_thumbnail.jpg",
}
YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


@pytest.fixture
def recorded(monkeypatch):
    """The provider answers as recorded; every URL asked for is noted."""
    asked: list[str] = []

    def fetch(url: str) -> bytes:
        asked.append(url)
        for prefix, name in ANSWERS.items():
            if url.startswith(prefix):
                return (RECORDINGS / name).read_bytes()
        raise post_cards.FetchFailed("not recorded")

    monkeypatch.setattr(post_cards, "fetch", fetch)
    return asked


@pytest.fixture
def offline(monkeypatch):
    def fetch(url: str) -> bytes:
        raise post_cards.FetchFailed("timed out")

    monkeypatch.setattr(post_cards, "fetch", fetch)


@pytest.mark.parametrize(
    ("url", "provider"),
    [
        (YOUTUBE, "youtube"),
        ("https://youtu.be/dQw4w9WgXcQ", "youtube"),
        ("https://vimeo.com/76979871", "vimeo"),
        ("https://x.com/WhiteHouse/status/1956150000000000000", "x"),
        ("https://twitter.com/WhiteHouse/status/1956150000000000000", "x"),
        ("https://bsky.app/profile/kyivindependent.com/post/3lwkabcde2k2x", "bluesky"),
        ("https://mastodon.social/@tagesschau/114998877665544332", "mastodon"),
        ("https://t.me/durov/123", "telegram"),
        ("https://www.instagram.com/p/C9xYzAbCdEf/", "instagram"),
    ],
)
def test_pasted_urls_are_recognised(url, provider):
    assert detect(url).provider == provider


@pytest.mark.parametrize(
    "url", ["https://example.com/article", "javascript:alert(1)", "https://x.com/WhiteHouse"]
)
def test_other_urls_are_refused_with_the_services_named(url):
    with pytest.raises(UnknownPost, match="keinem unterstützten Dienst.*YouTube"):
        detect(url)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "author", "text", "posted", "frame"),
    [
        (
            YOUTUBE,
            "Tagesschau",
            "Pressekonferenz nach dem Treffen in Anchorage",
            None,
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://vimeo.com/76979871",
            "Newsroom Video",
            "Ankunft der Delegationen",
            dt.datetime(2025, 8, 14, 19, 15, tzinfo=dt.UTC),
            "https://player.vimeo.com/video/76979871?dnt=1",
        ),
        (
            "https://x.com/WhiteHouse/status/1956150000000000000",
            "The White House",
            "The President has landed in Anchorage. pic.twitter.com/abc",
            dt.datetime(2025, 8, 15, tzinfo=dt.UTC),
            "https://platform.twitter.com/embed/Tweet.html?id=1956150000000000000&dnt=true",
        ),
        (
            "https://bsky.app/profile/kyivindependent.com/post/3lwkabcde2k2x",
            "Kyiv Independent (@kyivindependent.com)",
            "Talks in Alaska end without a ceasefire & without a date for the next meeting.",
            dt.datetime(2025, 8, 15, 23, 42, tzinfo=dt.UTC),
            "https://embed.bsky.app/embed/did%3Aplc%3Aabc123xyz/app.bsky.feed.post/3lwkabcde2k2x",
        ),
        (
            "https://mastodon.social/@tagesschau/114998877665544332",
            "tagesschau (@tagesschau)",
            "Das Treffen in Anchorage ist beendet.\nMehr im Liveblog.",
            dt.datetime(2025, 8, 15, 21, 30, 12, tzinfo=dt.UTC),
            "https://mastodon.social/@tagesschau/114998877665544332/embed",
        ),
        (
            "https://t.me/durov/123",
            "Pavel Durov",
            'Wir haben heute "Stories" für Kanäle freigeschaltet.',
            None,
            "https://t.me/durov/123?embed=1",
        ),
    ],
)
def test_the_card_keeps_the_providers_words(recorded, make_entry, url, author, text, posted, frame):
    embed = services.embed_add(make_entry(), url)
    embed.refresh_from_db()
    assert embed.fetched
    assert embed.author == author
    assert text in (embed.text or embed.title)
    assert embed.posted_at == posted
    assert embed.frame_url == frame


@pytest.mark.django_db
def test_a_provider_that_does_not_answer_leaves_a_link_card(offline, make_entry, client):
    entry = make_entry(title="Video")
    embed = services.embed_add(entry, YOUTUBE)
    assert not embed.fetched and embed.author == "" and embed.text == ""
    html = client.get(entry.ticker.get_absolute_url()).content.decode()
    card = _card(html)
    assert f'href="{YOUTUBE}"' in card and "Original bei YouTube öffnen" in card


@pytest.fixture
def carded(recorded, make_entry):
    entry = make_entry(title="Pressekonferenz")
    services.embed_add(entry, YOUTUBE)
    return entry


def _card(html: str) -> str:
    match = re.search(r'<figure class="post-card.*?</figure>', html, re.S)
    assert match, "no post card"
    return match.group(0)


def test_the_card_is_readable_without_javascript_and_loads_nothing_foreign(client, carded):
    html = client.get(carded.ticker.get_absolute_url()).content.decode()
    card = _card(html)
    assert "Pressekonferenz nach dem Treffen in Anchorage" in card
    assert "Tagesschau" in card
    assert "Original bei YouTube öffnen" in card
    assert "ytimg" not in html  # the thumbnail is not hot-linked: our copy is shown
    assert re.search(
        r'<img class="post-card-thumbnail" src="/media/posts/\w+/thumbnail\.jpg" '
        r'width="480" height="360" alt=""',
        card,
    )
    # Everything the page loads by itself comes from us; only the link names the provider.
    loaded = re.findall(r'(?:src|srcset|data-[\w-]*src)="([^"]+)"', html)
    assert all(not url.startswith(("http:", "https:", "//")) for url in loaded), loaded
    assert re.search(r'<script src="/static/media/consent[^"]*\.js" defer>', html)
    assert 'class="post-consent" hidden' in card  # the buttons need the script
    policy = client.get(carded.ticker.get_absolute_url())["Content-Security-Policy"]
    assert "youtube" not in policy


def test_the_frame_is_ours_and_allows_exactly_the_provider(client, carded):
    embed = carded.embeds.get()
    response = client.get(reverse("post-frame", kwargs={"pk": embed.pk}))
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "frame-src https://www.youtube-nocookie.com" in policy
    assert "frame-ancestors 'self'" in policy
    assert "script-src" not in policy  # nothing of ours or theirs runs in our frame
    assert "X-Frame-Options" not in response  # frame-ancestors decides


def test_the_frame_may_be_opened_inside_the_embed_on_an_allowed_partner_page(client, carded):
    carded.ticker.embed_origins = ["https://partner.example"]
    carded.ticker.save()
    response = client.get(reverse("post-frame", kwargs={"pk": carded.embeds.get().pk}))
    assert "frame-ancestors 'self' https://partner.example" in response["Content-Security-Policy"]
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in response.content.decode()


def test_the_frame_of_a_draft_is_not_found(client, recorded, make_entry):
    embed = services.embed_add(make_entry(status=Entry.Status.DRAFT), YOUTUBE)
    assert client.get(reverse("post-frame", kwargs={"pk": embed.pk})).status_code == 404
    assert client.get("/post-frame/999999/").status_code == 404


def test_the_api_carries_the_post_url_and_card(client, carded):
    response = client.get(reverse("ticker:api-entries", kwargs={"slug": carded.ticker.slug}))
    (embed,) = response.json()["entries"][0]["embeds"]
    assert embed["url"] == YOUTUBE
    assert embed["provider"] == "youtube"
    assert embed["author"] == "Tagesschau"


ADD_URL = f"{CHANGELIST}add/"


def _entry_form(client, ticker, url: str) -> dict:
    data = form_data(client.get(ADD_URL))
    data.update(
        {
            "ticker": ticker.pk,
            "title": "Pressekonferenz",
            "body": "<p>Text</p>",
            "published_at_0": "14.08.2025",
            "published_at_1": "21:15:00",
            "position": "0",
            "status": "published",
            "embeds-TOTAL_FORMS": "1",
            "embeds-INITIAL_FORMS": "0",
            "embeds-0-url": url,
            "embeds-0-position": "0",
        }
    )
    return data


def test_an_editor_pastes_a_video_url_and_the_card_is_fetched(staff_client, ticker, recorded):
    response = staff_client.post(ADD_URL, _entry_form(staff_client, ticker, YOUTUBE))
    assert response.status_code == 302
    embed = EntryEmbed.objects.get()
    assert embed.entry.title == "Pressekonferenz"
    assert embed.author == "Tagesschau" and embed.fetched


def test_an_unknown_url_is_refused_with_a_message_and_nothing_stored(
    staff_client, ticker, recorded
):
    response = staff_client.post(
        ADD_URL, _entry_form(staff_client, ticker, "https://example.com/artikel")
    )
    assert response.status_code == 200
    assert "keinem unterstützten Dienst" in response.content.decode()
    assert not Entry.objects.exists() and not EntryEmbed.objects.exists()
    assert recorded == []


def test_a_new_entry_with_a_card_arrives_through_the_poll_complete(client, ticker, carded):
    since = ticker.revision - 1
    url = reverse("ticker:updates", kwargs={"slug": ticker.slug}) + f"?since={since}"
    response = client.get(url, headers={"HX-Request": "true"})
    card = _card(response.content.decode())
    assert "Pressekonferenz nach dem Treffen in Anchorage" in card
    assert f'data-post-frame="/post-frame/{carded.embeds.get().pk}/"' in card


def test_the_embed_and_the_permalink_show_the_card(client, carded):
    embed = client.get(reverse("ticker:embed", kwargs={"slug": carded.ticker.slug}))
    assert "Original bei YouTube öffnen" in _card(embed.content.decode())
    permalink = client.get(carded.get_absolute_url()).content.decode()
    assert "Original bei YouTube öffnen" in _card(permalink)


def test_the_feed_carries_the_card_and_the_link(client, carded):
    feed = client.get(reverse("ticker:feed", kwargs={"slug": carded.ticker.slug}))
    text = feed.content.decode()
    assert "Pressekonferenz nach dem Treffen in Anchorage" in text
    assert "Original bei YouTube öffnen" in text and "watch?v=dQw4w9WgXcQ" in text


def test_a_legal_removal_erases_the_card(
    client, carded, staff_user, media_root, django_capture_on_commit_callbacks
):
    from summit.ticker import services as ticker_services

    with django_capture_on_commit_callbacks(execute=True):
        ticker_services.entry_purge(carded, by=staff_user, reason="Persönlichkeitsrecht")
    assert not EntryEmbed.objects.exists()
    assert stored_files(media_root) == []  # the thumbnail's copy is gone too
    page = client.get(carded.ticker.get_absolute_url()).content.decode()
    assert "Anchorage" not in page and "post-card" not in page


def _change_form(client, entry, url: str) -> dict:
    embed = entry.embeds.get()
    data = form_data(client.get(change_url(entry)))
    data.update(
        {
            "embeds-TOTAL_FORMS": "1",
            "embeds-INITIAL_FORMS": "1",
            "embeds-0-id": str(embed.pk),
            "embeds-0-entry": str(entry.pk),
            "embeds-0-url": url,
            "embeds-0-position": "0",
        }
    )
    return data


def test_the_entry_form_shows_the_kept_card(staff_client, carded):
    page = staff_client.get(change_url(carded)).content.decode()
    assert "Tagesschau: Pressekonferenz nach dem Treffen in Anchorage" in page


def test_saving_again_keeps_the_card_without_asking_the_provider(staff_client, carded, recorded):
    recorded.clear()
    response = staff_client.post(change_url(carded), _change_form(staff_client, carded, YOUTUBE))
    assert response.status_code == 302
    assert recorded == []  # the original may be gone by now: the kept words stay
    assert carded.embeds.get().author == "Tagesschau"


def test_another_address_fetches_its_card(staff_client, carded, recorded):
    other = "https://vimeo.com/76979871"
    response = staff_client.post(change_url(carded), _change_form(staff_client, carded, other))
    assert response.status_code == 302
    embed = carded.embeds.get()
    assert (embed.provider, embed.author) == ("vimeo", "Newsroom Video")


def test_the_card_speaks_english_on_the_english_page(client, carded):
    html = client.get(carded.ticker.get_absolute_url() + "?lang=en").content.decode()
    card = _card(html)
    assert "Open the original on YouTube" in card
    assert "Load content from YouTube" in card and "Always load YouTube" in card


def test_the_thumbnail_is_a_clean_copy_of_ours(carded, media_root):
    embed = carded.embeds.get()
    assert (embed.thumbnail_width, embed.thumbnail_height) == (480, 360)
    assert stored_files(media_root) == [embed.thumbnail.name]


def test_a_thumbnail_that_is_no_picture_is_left_out(monkeypatch, make_entry, recorded):
    real = post_cards.fetch
    monkeypatch.setattr(post_cards, "fetch", lambda url: b"<html>" if "ytimg" in url else real(url))
    embed = services.embed_add(make_entry(), YOUTUBE)
    assert embed.fetched and not embed.thumbnail and embed.author == "Tagesschau"
