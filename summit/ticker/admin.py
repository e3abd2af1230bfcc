"""The editors' admin: entries first, then speakers, sources, tags and tickers."""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from summit.ticker import services
from summit.ticker.models import Entry, Source, Speaker, Tag, Ticker

PUBLISH_PERMISSION = "ticker.publish_entry"


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


class AddTagForm(forms.Form):
    tag = forms.ModelChoiceField(queryset=Tag.objects.all(), label=_("Schlagwort"))


@admin.register(Entry)
class EntryAdmin(SimpleHistoryAdmin):
    list_display = [
        "published_at_display",
        "title_display",
        "speaker",
        "source",
        "tag_list",
        "status",
        "pinned",
    ]
    list_display_links = ["published_at_display", "title_display"]
    list_filter = ["ticker", "status", "pinned", "speaker", "source", "tags"]
    list_select_related = ["speaker", "source", "ticker"]
    search_fields = ["title", "body_text"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["speaker", "source", "tags"]
    actions = ["publish", "withdraw", "pin", "unpin", "add_tag"]
    readonly_fields = [
        "revision",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
        "import_batch",
    ]
    fieldsets = [
        (None, {"fields": ["ticker", "status", "pinned", "title", "body"]}),
        (_("Zeit"), {"fields": ["published_at", "time_estimated", "position", "said_at"]}),
        (_("Wer und woher"), {"fields": ["speaker", "source", "source_url", "origin", "tags"]}),
        (_("Korrektur"), {"fields": ["correction_note", "corrected_at"], "classes": ["collapse"]}),
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
                "classes": ["collapse"],
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

    def save_model(self, request, obj, form, change):
        # One door: the service saves fields and tags together and moves the revision.
        services.entry_save(obj, by=request.user, tags=form.cleaned_data.get("tags"))

    def save_related(self, request, form, formsets, change):
        # Tags were saved with the entry in save_model; only inline formsets remain.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def _bulk(self, request, queryset: QuerySet, message: str, **changes) -> None:
        count = services.entries_update(
            queryset.select_related("ticker"), by=request.user, **changes
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Ausgewählte Einträge veröffentlichen"), permissions=["publish"])
    def publish(self, request, queryset):
        self._bulk(
            request,
            queryset,
            _("%(count)d Einträge veröffentlicht."),
            status=Entry.Status.PUBLISHED,
        )

    @admin.action(description=_("Ausgewählte Einträge zurückziehen"), permissions=["publish"])
    def withdraw(self, request, queryset):
        self._bulk(
            request, queryset, _("%(count)d Einträge zurückgezogen."), status=Entry.Status.WITHDRAWN
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
        context = {
            **self.admin_site.each_context(request),
            "title": _("Schlagwort hinzufügen"),
            "opts": self.model._meta,
            "form": form,
            "entries": queryset,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/ticker/entry/add_tag.html", context)
