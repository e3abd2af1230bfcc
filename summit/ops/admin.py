"""Webhooks in the admin: partners' endpoints per ticker, and the delivery log."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from summit.ops.models import Event, WebhookDelivery, WebhookEndpoint
from summit.ops.outbound import UnsafeTarget, check_public_url


class WebhookEndpointForm(forms.ModelForm):
    url = forms.URLField(label=_("Adresse"), max_length=500, assume_scheme="https")
    events = forms.MultipleChoiceField(
        label=_("Ereignisse"), choices=Event.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["ticker", "url", "secret", "events", "active"]

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        try:
            check_public_url(url)
        except UnsafeTarget as error:
            raise forms.ValidationError(str(error)) from error
        return url


DELIVERY_COLUMNS = (
    "created_at",
    "event",
    "status",
    "attempts",
    "last_status_code",
    "last_error",
    "next_attempt_at",
)


class DeliveryInline(admin.TabularInline):
    model = WebhookDelivery
    fields = DELIVERY_COLUMNS
    readonly_fields = DELIVERY_COLUMNS
    extra = 0
    max_num = 0
    can_delete = False
    ordering = ["-created_at", "-id"]
    verbose_name_plural = _("Lieferungen")

    def get_queryset(self, request):
        return super().get_queryset(request).order_by("-created_at", "-id")


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    form = WebhookEndpointForm
    list_display = ["url", "ticker", "active", "failures_in_a_row", "disabled_reason"]
    list_filter = ["active", "ticker"]
    readonly_fields = ["failures_in_a_row", "disabled_reason"]
    inlines = [DeliveryInline]
    actions = ["switch_on"]

    @admin.action(description=_("Wieder einschalten"), permissions=["change"])
    def switch_on(self, request, queryset):
        count = queryset.update(active=True, failures_in_a_row=0, disabled_reason="")
        self.message_user(
            request,
            ngettext("%(n)d Webhook eingeschaltet.", "%(n)d Webhooks eingeschaltet.", count)
            % {"n": count},
        )


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "endpoint",
        "event",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
    ]
    list_filter = ["status", "event"]
    list_select_related = ["endpoint"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
