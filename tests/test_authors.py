"""Authors: a rename or a new picture reaches every byline readers see; pictures are small."""

import io
import json
import re

import pytest
from PIL import Image

from summit.ticker import policy, services
from summit.ticker.models import Author, Entry
from tests.editorial_helpers import client_for

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def anna(db):
    return Author.objects.create(name="Anna Berg", role="Reporterin in Anchorage")


def public_outputs(client, ticker) -> dict[str, str]:
    """What readers and machines get: page, poll fragment, feed, API, permalink."""
    return {
        "page": client.get(f"/ticker/{ticker.slug}/").content.decode(),
        "feed": client.get(f"/ticker/{ticker.slug}/feed/").content.decode(),
        "api": client.get(f"/ticker/{ticker.slug}/entries.json").content.decode(),
    }


def json_ld_people(page: str) -> list[dict]:
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    return json.loads(ld)["liveBlogUpdate"][0]["author"]


def picture(size=(800, 600), mode="RGB", format="PNG", name="portrait.png"):
    buffer = io.BytesIO()
    Image.new(mode, size, (200, 30, 30)).save(buffer, format)
    buffer.seek(0)
    buffer.name = name
    return buffer


def author_form(author, **changes) -> dict:
    data = {"name": author.name, "role": author.role, "user": ""}
    data.update(changes)
    return data


def current_revision(ticker) -> int:
    ticker.refresh_from_db()
    return ticker.revision


def _renamed(author, name, role=None):
    author.name = name
    if role is not None:
        author.role = role
    return author


def test_a_renamed_author_shows_everywhere_kept_pages_included(
    client, make_entry, ticker, anna, django_capture_on_commit_callbacks
):
    entry = make_entry(authors=[anna])
    before = public_outputs(client, ticker)  # kept answers and fragments are made now
    assert all("Anna Berg" in output for output in before.values())
    revision = current_revision(ticker)

    with django_capture_on_commit_callbacks(execute=True):
        services.author_save(_renamed(anna, "Anna Berg-Lund", "Korrespondentin"))

    after = public_outputs(client, ticker)
    for name, output in after.items():
        assert "Anna Berg-Lund" in output, name
        assert "Anna Berg<" not in output and '"Anna Berg"' not in output, name
    assert "Anna Berg-Lund (Korrespondentin)" in after["page"]
    assert json_ld_people(after["page"]) == [
        {"@type": "Person", "name": "Anna Berg-Lund", "jobTitle": "Korrespondentin"}
    ]
    entry.refresh_from_db()
    assert entry.bylines == [{"name": "Anna Berg-Lund", "role": "Korrespondentin"}]
    assert entry.revision == current_revision(ticker) == revision + 1
    poll = client.get(f"/ticker/{ticker.slug}/updates/?since={revision}", headers=HTMX)
    assert poll.status_code == 200 and "Anna Berg-Lund" in poll.content.decode()


def test_a_rename_keeps_the_order_of_co_authors_and_reaches_drafts(make_entry, ticker, anna):
    ben = Author.objects.create(name="Ben Kurz")
    published = make_entry(authors=[ben, anna])
    draft = make_entry(authors=[anna], status=Entry.Status.DRAFT)
    other = make_entry(authors=[ben])
    revision = current_revision(ticker)

    services.author_save(_renamed(anna, "Anna Lund"))

    published.refresh_from_db(), draft.refresh_from_db(), other.refresh_from_db()
    assert [b["name"] for b in published.bylines] == ["Ben Kurz", "Anna Lund"]
    assert draft.bylines == [{"name": "Anna Lund", "role": "Reporterin in Anchorage"}]
    assert draft.revision == 0  # never public: no reader is told about it
    assert other.revision <= revision  # not named: not stamped
    assert current_revision(ticker) == revision + 1


def test_a_stale_copy_is_rebuilt_from_the_entry_s_authors(make_entry, ticker, anna):
    entry = make_entry(authors=[anna])
    Entry.objects.filter(pk=entry.pk).update(bylines=[{"name": "Alter Name", "role": ""}])
    services.author_save(_renamed(anna, "Anna Lund"))
    entry.refresh_from_db()
    assert entry.bylines == [{"name": "Anna Lund", "role": "Reporterin in Anchorage"}]


def test_a_rename_costs_the_same_queries_for_few_or_many_entries(
    make_entry, ticker, anna, django_assert_num_queries
):
    for _ in range(2):
        make_entry(authors=[anna])
    with django_assert_num_queries(10):
        services.author_save(_renamed(anna, "Anna Lund"))
    for _ in range(10):
        make_entry(authors=[anna])
    with django_assert_num_queries(10):
        services.author_save(_renamed(anna, "Anna Berg"))
    assert {entry.bylines[0]["name"] for entry in Entry.objects.all()} == {"Anna Berg"}


def test_a_chief_renames_in_the_admin_and_readers_see_it(client, chef, make_entry, ticker, anna):
    make_entry(authors=[anna])
    admin = client_for(type(client), chef)
    response = admin.post(
        f"/admin/ticker/author/{anna.pk}/change/", author_form(anna, name="Anna Lund")
    )
    assert response.status_code == 302
    assert "Anna Lund (Reporterin in Anchorage)" in public_outputs(client, ticker)["page"]


def test_an_editor_may_not_rename_authors(redakteur, make_entry, anna):
    entry = make_entry(authors=[anna])
    with pytest.raises(policy.NotAllowed):
        services.author_save(_renamed(anna, "Jemand anderes"), by=redakteur)
    anna.refresh_from_db()
    entry.refresh_from_db()
    assert anna.name == "Anna Berg"
    assert entry.bylines == [{"name": "Anna Berg", "role": "Reporterin in Anchorage"}]


def test_a_deleted_author_leaves_the_bylines(
    client, staff_user, make_entry, ticker, anna, django_capture_on_commit_callbacks
):
    ben = Author.objects.create(name="Ben Kurz")
    entry = make_entry(authors=[anna, ben])
    public_outputs(client, ticker)
    admin = client_for(type(client), staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(f"/admin/ticker/author/{anna.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.bylines == [{"name": "Ben Kurz", "role": ""}]
    assert "Anna Berg" not in public_outputs(client, ticker)["page"]


def test_a_picture_becomes_a_small_round_avatar_everywhere(
    client, chef, make_entry, ticker, anna, media_root
):
    entry = make_entry(authors=[anna])
    admin = client_for(type(client), chef)
    form = admin.get(f"/admin/ticker/author/{anna.pk}/change/").content.decode()
    assert 'enctype="multipart/form-data"' in form and 'accept="image/*"' in form
    response = admin.post(
        f"/admin/ticker/author/{anna.pk}/change/", author_form(anna, avatar=picture())
    )
    assert response.status_code == 302
    anna.refresh_from_db()
    with Image.open(media_root / anna.avatar.name) as stored:
        assert stored.size == (96, 96)
        assert not stored.info.get("exif")
    url = anna.avatar.url
    assert re.fullmatch(r"/media/authors/[0-9a-f]{32}/avatar\.jpg", url)
    entry.refresh_from_db()
    assert entry.bylines[0]["avatar"] == url

    outputs = public_outputs(client, ticker)
    assert f'<img class="entry-avatar" src="{url}" alt=""' in outputs["page"]
    assert json_ld_people(outputs["page"])[0]["image"] == f"http://testserver{url}"
    api = json.loads(outputs["api"])["entries"][0]["authors"]
    assert api == [
        {
            "name": "Anna Berg",
            "role": "Reporterin in Anchorage",
            "avatar": f"http://testserver{url}",
        }
    ]


def test_a_replaced_picture_is_deleted_after_the_change(
    client, chef, anna, media_root, django_capture_on_commit_callbacks
):
    admin = client_for(type(client), chef)
    url = f"/admin/ticker/author/{anna.pk}/change/"
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(url, author_form(anna, avatar=picture()))
    anna.refresh_from_db()
    first = media_root / anna.avatar.name
    assert first.is_file()
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(url, author_form(anna, avatar=picture(mode="RGBA", name="neu.png")))
    anna.refresh_from_db()
    assert not first.exists()
    assert anna.avatar.name.endswith(".png")  # transparency kept
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(url, author_form(anna, **{"avatar-clear": "on"}))
    anna.refresh_from_db()
    assert not anna.avatar
    assert not any(media_root.rglob("*.*"))


@pytest.mark.parametrize(
    "upload, message",
    [
        (io.BytesIO(b"<svg onload=alert(1)>"), "Die Datei ist kein lesbares Bild."),
        (picture(format="BMP", name="alt.bmp"), "Nur JPEG-, PNG-, WebP- und GIF-Bilder"),
    ],
)
def test_what_is_no_picture_is_refused_and_nothing_changes(
    client, chef, anna, media_root, upload, message
):
    upload.name = getattr(upload, "name", "bild.svg")
    admin = client_for(type(client), chef)
    response = admin.post(
        f"/admin/ticker/author/{anna.pk}/change/",
        author_form(anna, name="Geändert", avatar=upload),
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    anna.refresh_from_db()
    assert anna.name == "Anna Berg" and not anna.avatar
    assert not media_root.exists() or not any(media_root.rglob("*.*"))
