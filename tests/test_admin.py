import pytest

from summit.ticker.models import Entry, Tag, Ticker

CHANGELIST = "/admin/ticker/entry/"


def test_anonymous_user_is_sent_to_login(client, db):
    response = client.get(CHANGELIST)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_entry_list_shows_entries_with_their_columns(staff_client, alaska):
    response = staff_client.get(CHANGELIST)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Peskow: Besser keine Vorhersagen machen" in html
    assert "Dmitri Peskow" in html
    assert "Fox News Radio" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status__exact=published", 18),
        ("pinned__exact=1", 2),
        ("q=Politbarometer", 1),
        ("q=Flugzeug", 1),
    ],
)
def test_filters_and_search_narrow_the_list(staff_client, alaska, query, expected):
    response = staff_client.get(f"{CHANGELIST}?{query}")
    assert response.status_code == 200
    assert response.context["cl"].result_count == expected


def test_speaker_and_tag_filters(staff_client, alaska):
    peskow = alaska.entries.get(title__startswith="Peskow").speaker
    response = staff_client.get(f"{CHANGELIST}?speaker__id__exact={peskow.pk}")
    assert response.context["cl"].result_count == 1
    umfrage = Tag.objects.get(name="Umfrage")
    response = staff_client.get(f"{CHANGELIST}?tags__id__exact={umfrage.pk}")
    assert response.context["cl"].result_count == 1


def test_change_form_saves_through_the_service_and_moves_the_revision(
    staff_client, alaska, staff_user
):
    entry = alaska.entries.get(title__startswith="Peskow")
    url = f"{CHANGELIST}{entry.pk}/change/"
    response = staff_client.get(url)
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(
        {
            "title": "Peskow: Keine Vorhersagen",
            "body": "<p>Neuer Text<script>alert(1)</script></p>",
            "published_at_0": "14.08.2025",
            "published_at_1": "21:15:00",
            "said_at_0": "",
            "said_at_1": "",
            "corrected_at_0": "",
            "corrected_at_1": "",
            "tags": [t.pk for t in entry.tags.all()],
        }
    )
    data.pop("published_at", None)
    data.pop("said_at", None)
    data.pop("corrected_at", None)
    revision = alaska.revision
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    entry.refresh_from_db()
    assert entry.title == "Peskow: Keine Vorhersagen"
    assert entry.body == "<p>Neuer Text</p>"
    assert entry.updated_by == staff_user
    assert entry.revision == Ticker.objects.get(pk=alaska.pk).revision == revision + 1


def post_action(client, action, entries, **extra):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [e.pk for e in entries], **extra},
    )


@pytest.mark.parametrize(
    ("action", "field", "value"),
    [
        ("withdraw", "status", Entry.Status.WITHDRAWN),
        ("pin", "pinned", True),
    ],
)
def test_bulk_actions_change_entries_and_move_revision_once(
    staff_client, alaska, action, field, value
):
    entries = list(alaska.entries.filter(pinned=False)[:3])
    revision = alaska.revision
    response = post_action(staff_client, action, entries)
    assert response.status_code == 302
    for entry in entries:
        entry.refresh_from_db()
        assert getattr(entry, field) == value
    assert Ticker.objects.get(pk=alaska.pk).revision == revision + 1


def test_bulk_publish_and_unpin(staff_client, alaska):
    pinned = list(alaska.entries.filter(pinned=True))
    post_action(staff_client, "unpin", pinned)
    assert not alaska.entries.filter(pinned=True).exists()
    drafts = list(alaska.entries.all()[:2])
    Entry.objects.filter(pk__in=[e.pk for e in drafts]).update(status=Entry.Status.DRAFT)
    post_action(staff_client, "publish", drafts)
    assert alaska.entries.published().count() == 18


def test_add_tag_action_asks_for_the_tag_then_adds_it(staff_client, alaska):
    entries = list(alaska.entries.all()[:2])
    tag = Tag.objects.create(name="Eilmeldung")
    page = post_action(staff_client, "add_tag", entries)
    assert page.status_code == 200
    assert "Schlagwort hinzufügen" in page.content.decode()
    response = post_action(staff_client, "add_tag", entries, apply="1", tag=tag.pk)
    assert response.status_code == 302
    assert {e.pk for e in tag.entries.all()} == {e.pk for e in entries}


def test_speaker_aliases_are_edited_one_per_line(staff_client, alaska):
    from summit.ticker.models import Speaker

    speaker = Speaker.objects.get(name="Wolodymyr Selenskyj")
    response = staff_client.post(
        f"/admin/ticker/speaker/{speaker.pk}/change/",
        {
            "name": speaker.name,
            "slug": speaker.slug,
            "role": speaker.role,
            "aliases": "Selenskij\nZelensky\n",
        },
    )
    assert response.status_code == 302
    speaker.refresh_from_db()
    assert speaker.aliases == ["Selenskij", "Zelensky"]


@pytest.mark.parametrize("path", ["ticker/", "speaker/", "source/", "tag/", "ticker/add/"])
def test_other_admin_pages_open(staff_client, alaska, path):
    assert staff_client.get(f"/admin/ticker/{path}").status_code == 200
