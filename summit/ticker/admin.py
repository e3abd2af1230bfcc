"""The editors' admin: entries first, then speakers, sources, tags and tickers."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from summit.ticker import activity, services
from summit.ticker.admin_pages import render_admin_page
from summit.ticker.embed_admin import embed_code_urls
from summit.ticker.models import Entry, Source, Speaker, Tag, Ticker
from summit.ticker.origins import normalise_origins

PUBLISH_PERMISSION = "ticker.publish_entry"
PURGE_PERMISSION = "ticker.purge_entry"


class JSONListField(forms.CharField):
    """A JSON list of strings edited as one item per line."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class SpeakerForm(forms.ModelForm):
    aliases = JSONListField(
        label=_("Andere Schreibweisen"),
        required=False,
        help_text=_("Eine Schreibweise pro Zeile, z. B. Selenskij"),
    )

    class Meta:
        model = Speaker
        fields = ["name", "slug", "role", "aliases"]


class SourceForm(forms.ModelForm):
    aliases = JSONListField(
        label=_("Andere Schreibweisen"), required=False, help_text=_("Eine Schreibweise pro Zeile")
    )

    class Meta:
        model = Source
        fields = ["name", "slug", "kind", "url", "aliases"]


class TagForm(forms.ModelForm):
    keywords = JSONListField(
        label=_("Stichwörter"),
        required=False,
        help_text=_("Ein Stichwort pro Zeile; der Import schlägt dann dieses Schlagwort vor"),
    )

    class Meta:
        model = Tag
        fields = ["name", "slug", "keywords"]


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    form = SpeakerForm
    list_display = ["name", "role", "alias_list"]
    search_fields = ["name", "role", "aliases"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description=_("Andere Schreibweisen"))
    def alias_list(self, obj: Speaker) -> str:
        return ", ".join(obj.aliases)


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
    list_display = ["name", "kind", "url"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    form = TagForm
    list_display = ["name", "slug"]
    search_fields = ["name", "keywords"]
    prepopulated_fields = {"slug": ["name"]}


class TickerForm(forms.ModelForm):
    embed_origins = JSONListField(
        label=_("Erlaubte Einbettungs-Origins"),
        required=False,
        help_text=_("Ein Origin pro Zeile, z. B. https://www.partner.de"),
    )

    class Meta:
        model = Ticker
        fields = [
            "title",
            "slug",
            "description",
            "status",
            "language",
            "time_zone",
            "coverage_start",
            "coverage_end",
            "poll_interval",
            "embed_origins",
        ]

    def clean_embed_origins(self):
        # Origins go verbatim into the embed's Content-Security-Policy: only bare origins.
        return normalise_origins(self.cleaned_data["embed_origins"])


@admin.register(Ticker)
class TickerAdmin(admin.ModelAdmin):
    form = TickerForm
    list_display = ["title", "slug", "status", "revision", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["revision"]

    def save_model(self, request, obj, form, change):
        if change:
            # Readers must learn of status and poll-interval changes: move the revision.
            services.ticker_update(
                obj, **{name: form.cleaned_data[name] for name in form.changed_data}
            )
        else:
            obj.save()

    def get_urls(self):
        activity_view = self.admin_site.admin_view(self.activity_view)
        return [
            path("<path:object_id>/activity/", activity_view, name="ticker_ticker_activity"),
            *embed_code_urls(self),
            *super().get_urls(),
        ]

    def activity_view(self, request, object_id):
        """Everything that happened in this ticker, newest first, optionally of one editor."""
        ticker = self.get_object(request, unquote(object_id))
        if ticker is None:
            raise Http404
        if not self.has_view_permission(request, ticker):
            raise PermissionDenied
        editors = get_user_model().objects.filter(is_staff=True).order_by("username")
        editor_id = _int_or_none(request.GET.get("editor"))
        page = Paginator(activity.activity_queryset(ticker, editor_id), 50).get_page(
            request.GET.get("p")
        )
        users = {user.pk: user for user in editors}
        return render_admin_page(
            self,
            request,
            "admin/ticker/ticker/activity.html",
            _("Aktivität: %(ticker)s") % {"ticker": ticker},
            original=ticker,
            crumb=_("Aktivität"),
            ticker=ticker,
            editors=editors,
            editor_id=editor_id,
            page=page,
            activities=activity.describe(list(page.object_list), users),
        )


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


class AddTagForm(forms.Form):
    tag = forms.ModelChoiceField(queryset=Tag.objects.all(), label=_("Schlagwort"))


class EntryForm(forms.ModelForm):
    """The entry form, plus the version the editor started from and the correction mark."""

    base_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    mark_correction = forms.BooleanField(label=_("Als Korrektur kennzeichnen"), required=False)
    correction_text = forms.CharField(
        label=_("Korrekturhinweis für Leser"),
        max_length=500,
        required=False,
        help_text=_("Kurz, z. B. „In einer früheren Fassung stand ein falsches Datum.“"),
    )

    class Meta:
        model = Entry
        fields = []  # the admin's fieldsets decide

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["base_revision"].initial = self.instance.revision

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is not None and cleaned.get("base_revision") is None:
            raise forms.ValidationError(
                _("Das Formular ist unvollständig. Bitte die Seite neu laden.")
            )
        if cleaned.get("mark_correction") and not cleaned.get("correction_text"):
            self.add_error("correction_text", _("Bitte einen kurzen Hinweis für Leser angeben."))
        return cleaned


@admin.register(Entry)
class EntryAdmin(SimpleHistoryAdmin):
    form = EntryForm
    object_history_list_template = "admin/ticker/entry/object_history_list.html"
    list_display = [
        "published_at_display",
        "title_display",
        "speaker",
        "source",
        "tag_list",
        "status",
        "pinned",
        "created_by",
        "updated_by",
    ]
    list_display_links = ["published_at_display", "title_display"]
    list_filter = ["ticker", "status", "pinned", "speaker", "source", "tags"]
    list_select_related = ["speaker", "source", "ticker", "created_by", "updated_by"]
    search_fields = ["title", "body_text"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["speaker", "source", "tags"]
    actions = ["publish", "republish", "withdraw", "pin", "unpin", "add_tag"]
    readonly_fields = [
        "revision",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
        "import_batch",
        "correction_note",
        "corrected_at",
    ]
    fieldsets = [
        (None, {"fields": ["ticker", "status", "pinned", "title", "body", "base_revision"]}),
        (_("Zeit"), {"fields": ["published_at", "time_estimated", "position", "said_at"]}),
        (_("Wer und woher"), {"fields": ["speaker", "source", "source_url", "origin", "tags"]}),
        (
            _("Korrektur"),
            {"fields": ["mark_correction", "correction_text", "correction_note", "corrected_at"]},
        ),
        (
            _("Verwaltung"),
            {
                "fields": [
                    "external_id",
                    "import_batch",
                    "revision",
                    "created_by",
                    "created_at",
                    "updated_by",
                    "updated_at",
                ],
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("tags")

    @admin.display(description=_("Zeitpunkt"), ordering="published_at")
    def published_at_display(self, obj: Entry) -> str:
        from django.utils import timezone
        from django.utils.formats import date_format

        local = timezone.localtime(obj.published_at)
        if obj.time_estimated:
            return f"{date_format(local, 'd.m.Y')} (~)"
        return date_format(local, "d.m.Y, H:i")

    @admin.display(description=_("Titel"), ordering="title")
    def title_display(self, obj: Entry) -> str:
        return str(obj)

    @admin.display(description=_("Schlagwörter"))
    def tag_list(self, obj: Entry) -> str:
        return format_html_join(", ", "{}", ((t.name,) for t in obj.tags.all())) or "–"

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm(PUBLISH_PERMISSION)

    def has_change_permission(self, request, obj=None):
        # Without the publish permission ("Redaktion") only drafts may be changed; published
        # and withdrawn entries are read-only for them.
        if not super().has_change_permission(request, obj):
            return False
        return (
            obj is None or obj.status == Entry.Status.DRAFT or self.has_publish_permission(request)
        )

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            readonly += ["status", "pinned"]
        return readonly

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:  # a new entry has nothing to correct yet
            fieldsets = [(name, opts) for name, opts in fieldsets if name != _("Korrektur")]
        return fieldsets

    def revert_disabled(self, request, obj=None):
        # Restoring goes through our own restore button (a new change through the service).
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied  # read-only: see restore_view
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        stored = (
            Entry.objects.filter(pk=obj.pk).values("status", "pinned").first() if change else None
        )
        if not self.has_publish_permission(request):
            # Server-side, whatever the form sent: status and pin stay as they are, new
            # entries are unpinned drafts.
            obj.status = stored["status"] if stored else Entry.Status.DRAFT
            obj.pinned = stored["pinned"] if stored else False
        if (
            stored
            and stored["status"] == Entry.Status.PUBLISHED
            and form.cleaned_data.get("mark_correction")
        ):
            obj.correction_note = form.cleaned_data["correction_text"]
            obj.corrected_at = timezone.now()
        tags = form.cleaned_data.get("tags")
        base_revision = form.cleaned_data.get("base_revision") if change else None
        try:
            # One door: the service saves fields and tags together and moves the revision.
            services.entry_save(obj, by=request.user, tags=tags, base_revision=base_revision)
        except services.EditConflict as conflict:
            conflict.submitted = obj
            conflict.submitted_tags = list(tags or [])
            raise

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.EditConflict as conflict:
            # The admin's transaction has been rolled back: nothing of this save was kept.
            return self.conflict_response(request, conflict)

    def conflict_response(self, request, conflict: services.EditConflict):
        theirs = conflict.current
        yours = conflict.submitted
        rows = []
        for name in CONFLICT_FIELDS:
            field = Entry._meta.get_field(name)
            their_value = _display(theirs, field)
            your_value = _display(yours, field)
            rows.append((field.verbose_name, their_value, your_value, their_value != your_value))
        their_tags = ", ".join(tag.name for tag in theirs.tags.all())
        your_tags = ", ".join(tag.name for tag in conflict.submitted_tags)
        rows.append((_("Schlagwörter"), their_tags, your_tags, their_tags != your_tags))
        resubmit = [
            (key, value)
            for key, values in request.POST.lists()
            if key not in {"csrfmiddlewaretoken", "base_revision"}
            for value in values
        ]
        return render_admin_page(
            self,
            request,
            "admin/ticker/entry/edit_conflict.html",
            _("Bearbeitungskonflikt: %(entry)s") % {"entry": theirs},
            original=theirs,
            crumb=_("Bearbeitungskonflikt"),
            status=409,
            theirs=theirs,
            rows=rows,
            resubmit=resubmit,
            current_revision=theirs.revision,
            change_url=reverse("admin:ticker_entry_change", args=[theirs.pk]),
        )

    def get_urls(self):
        def wrap(view):
            return self.admin_site.admin_view(view)

        return [
            path(
                "<path:object_id>/history/<int:history_id>/restore/",
                wrap(self.restore_view),
                name="ticker_entry_restore",
            ),
            path("<path:object_id>/purge/", wrap(self.purge_view), name="ticker_entry_purge"),
            *super().get_urls(),
        ]

    @method_decorator(require_POST)
    def restore_view(self, request, object_id, history_id):
        """One click on an earlier version: its content comes back as a new change."""
        entry = self.get_object(request, unquote(object_id))
        if entry is None:
            raise Http404
        if not self.has_change_permission(request, entry):
            raise PermissionDenied
        get_object_or_404(entry.history, history_id=history_id)
        services.entry_restore(entry, history_id=history_id, by=request.user)
        self.message_user(request, _("Frühere Fassung wiederhergestellt."), messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:ticker_entry_history", args=[entry.pk]))

    def purge_view(self, request, object_id):
        """Legal removal, after a confirmation page asking why."""
        if not request.user.has_perm(PURGE_PERMISSION):
            raise PermissionDenied
        entry = self.get_object(request, unquote(object_id))
        if entry is None:
            raise Http404
        form = PurgeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            services.entry_purge(entry, by=request.user, reason=form.cleaned_data["reason"])
            self.message_user(
                request,
                _("Inhalt und Versionen von Eintrag #%(id)s wurden gelöscht.") % {"id": entry.pk},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:ticker_entry_change", args=[entry.pk]))
        return render_admin_page(
            self,
            request,
            "admin/ticker/entry/purge.html",
            _("Eintrag aus rechtlichen Gründen löschen"),
            original=entry,
            form=form,
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["can_purge"] = obj is not None and request.user.has_perm(PURGE_PERMISSION)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def history_view(self, request, object_id, extra_context=None):
        entry = self.get_object(request, unquote(object_id))
        extra = {"can_restore": entry is not None and self.has_change_permission(request, entry)}
        return super().history_view(request, object_id, {**extra, **(extra_context or {})})

    def save_related(self, request, form, formsets, change):
        # Tags were saved with the entry in save_model; only inline formsets remain.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def _bulk(self, request, queryset: QuerySet, message: str, **changes) -> None:
        selected = len(queryset)
        count = services.entries_update(
            queryset.select_related("ticker"), by=request.user, **changes
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)
        if count < selected:
            self.message_user(
                request,
                _("%(count)d Einträge übersprungen (Status passt nicht).")
                % {"count": selected - count},
                messages.WARNING,
            )

    @admin.action(description=_("Ausgewählte Einträge veröffentlichen"), permissions=["publish"])
    def publish(self, request, queryset):
        # Only drafts, checked again under the lock: a withdrawn entry is never brought back
        # by a stale page; that takes the explicit "wieder veröffentlichen" action.
        self._bulk(
            request,
            queryset,
            _("%(count)d Einträge veröffentlicht."),
            only_status=[Entry.Status.DRAFT],
            status=Entry.Status.PUBLISHED,
        )

    @admin.action(
        description=_("Zurückgezogene Einträge wieder veröffentlichen"), permissions=["publish"]
    )
    def republish(self, request, queryset):
        self._bulk(
            request,
            queryset.filter(purges__isnull=True),  # legally removed entries stay removed
            _("%(count)d Einträge wieder veröffentlicht."),
            only_status=[Entry.Status.WITHDRAWN],
            status=Entry.Status.PUBLISHED,
        )

    @admin.action(description=_("Ausgewählte Einträge zurückziehen"), permissions=["publish"])
    def withdraw(self, request, queryset):
        self._bulk(
            request,
            queryset,
            _("%(count)d Einträge zurückgezogen."),
            only_status=[Entry.Status.DRAFT, Entry.Status.PUBLISHED],
            status=Entry.Status.WITHDRAWN,
        )

    @admin.action(description=_("Bei „Das Wichtigste“ anheften"), permissions=["publish"])
    def pin(self, request, queryset):
        self._bulk(request, queryset, _("%(count)d Einträge angeheftet."), pinned=True)

    @admin.action(description=_("Von „Das Wichtigste“ lösen"), permissions=["publish"])
    def unpin(self, request, queryset):
        self._bulk(request, queryset, _("%(count)d Einträge gelöst."), pinned=False)

    @admin.action(description=_("Schlagwort hinzufügen …"), permissions=["change"])
    def add_tag(self, request, queryset):
        if "apply" in request.POST:
            form = AddTagForm(request.POST)
            if form.is_valid():
                tag = form.cleaned_data["tag"]
                if not self.has_publish_permission(request):
                    queryset = queryset.filter(status=Entry.Status.DRAFT)  # drafts only
                count = services.entries_update(
                    queryset.select_related("ticker"), by=request.user, add_tags=[tag]
                )
                self.message_user(
                    request,
                    ngettext(
                        "Schlagwort „%(tag)s“ zu %(count)d Eintrag hinzugefügt.",
                        "Schlagwort „%(tag)s“ zu %(count)d Einträgen hinzugefügt.",
                        count,
                    )
                    % {"tag": tag.name, "count": count},
                    messages.SUCCESS,
                )
                return None
        else:
            form = AddTagForm()
        return render_admin_page(
            self,
            request,
            "admin/ticker/entry/add_tag.html",
            _("Schlagwort hinzufügen"),
            form=form,
            entries=queryset,
            action_checkbox_name=admin.helpers.ACTION_CHECKBOX_NAME,
        )


# What the conflict page compares, side by side.
CONFLICT_FIELDS = [
    "title",
    "body",
    "status",
    "pinned",
    "published_at",
    "said_at",
    "speaker",
    "source",
    "source_url",
    "origin",
    "correction_note",
]


def _display(entry: Entry, field) -> str:
    if field.choices:
        return str(dict(field.flatchoices).get(getattr(entry, field.attname), ""))
    value = getattr(entry, field.name)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(_("ja") if value else _("nein"))
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).strftime("%d.%m.%Y %H:%M")
    return str(value)


class PurgeForm(forms.Form):
    reason = forms.CharField(
        label=_("Grund"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Z. B. „Einstweilige Verfügung LG Hamburg, Az. …“ – bleibt im Protokoll."),
    )
