"""The editors' admin: speakers, sources, tags and tickers here, entries in entry_admin.py.

Who may do what is decided by summit.ticker.policy; every change goes through the services.
"""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from summit.ticker import policy, services
from summit.ticker.activity import activity_urls
from summit.ticker.admin_pages import render_admin_page
from summit.ticker.embed_admin import embed_code_urls
from summit.ticker.forms import (
    MergeForm,
    SourceForm,
    SpeakerForm,
    TagForm,
    TickerForm,
)
from summit.ticker.models import Source, Speaker, Tag, Ticker


class NameAdmin(admin.ModelAdmin):
    """Speakers, sources and tags: saved and merged through the services, so every ticker
    showing the name learns of the change."""

    actions = ["merge"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        if not change or form.has_changed():
            services.name_save(obj, by=request.user)

    def delete_model(self, request, obj):
        services.names_delete([obj], by=request.user)

    def delete_queryset(self, request, queryset):
        services.names_delete(list(queryset), by=request.user)

    @admin.action(description=_("Ausgewählte zusammenführen …"), permissions=["change"])
    def merge(self, request, queryset):
        form = MergeForm(queryset, request.POST if "apply" in request.POST else None)
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            services.names_merge(keep, list(queryset), by=request.user)
            self.message_user(
                request,
                _("Zusammengeführt in „%(name)s“.") % {"name": keep.name},
                messages.SUCCESS,
            )
            return None
        return render_admin_page(
            self,
            request,
            "admin/ticker/merge.html",
            _("Zusammenführen"),
            form=form,
            objects=queryset,
            action_checkbox_name=admin.helpers.ACTION_CHECKBOX_NAME,
        )


@admin.register(Speaker)
class SpeakerAdmin(NameAdmin):
    form = SpeakerForm
    list_display = ["name", "role", "alias_list"]
    search_fields = ["name", "role", "aliases"]

    @admin.display(description=_("Andere Schreibweisen"))
    def alias_list(self, obj: Speaker) -> str:
        return ", ".join(obj.aliases)


@admin.register(Source)
class SourceAdmin(NameAdmin):
    form = SourceForm
    list_display = ["name", "kind", "url"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases"]


@admin.register(Tag)
class TagAdmin(NameAdmin):
    form = TagForm
    list_display = ["name", "slug"]
    search_fields = ["name", "keywords"]


@admin.register(Ticker)
class TickerAdmin(admin.ModelAdmin):
    form = TickerForm
    list_display = ["title", "slug", "status", "revision", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["revision"]

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and policy.may_change_ticker(
            request.user, obj
        )

    def save_model(self, request, obj, form, change):
        if not change:
            services.ticker_create(obj, by=request.user)
        elif form.changed_data:  # a save without changes leaves the revision (and kept pages)
            changes = {name: form.cleaned_data[name] for name in form.changed_data}
            services.ticker_update(obj, by=request.user, **changes)

    def get_urls(self):
        return [*activity_urls(self), *embed_code_urls(self), *super().get_urls()]


# Registered on import: the entries' admin is a module of its own.
from summit.ticker import entry_admin  # noqa: E402, F401
