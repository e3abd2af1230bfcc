"""A TOTP second factor for staff (django-otp): set up, confirm, and required for chiefs.

Any staff member may add an authenticator app on /admin/2fa/; with REQUIRE_2FA=1 a chief
("Chef vom Dienst") reaches no other admin page before the session is verified.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from summit.ticker.policy import CHIEF_GROUP

DEVICE_NAME = "Authenticator-App"


class TokenForm(forms.Form):
    token = forms.RegexField(
        label=_("Sechsstelliger Code"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": _("Bitte die sechs Ziffern aus der App eingeben.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def must_verify(user) -> bool:
    """Chiefs need a verified session when REQUIRE_2FA is on."""
    return bool(
        settings.REQUIRE_2FA
        and user.is_authenticated
        and user.is_staff
        and not user.is_verified()
        and user.groups.filter(name=CHIEF_GROUP).exists()
    )


class ChiefsSecondFactorMiddleware:
    """Sends an unverified chief from any admin page to the second-factor page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.guarded(request.path) and must_verify(request.user):
            return redirect("second-factor")
        return self.get_response(request)

    @staticmethod
    def guarded(path: str) -> bool:
        if not path.startswith(("/admin/", "/redaktion/")):
            return False  # public pages: no URL reversed for them
        open_paths = (reverse("second-factor"), reverse("admin:login"), reverse("admin:logout"))
        return not path.startswith(open_paths)


def second_factor(request):
    """Set up an authenticator app (a new key until a code confirms it), or, with one set
    up, verify this session with a code."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    setting_up = device is None
    if setting_up:
        device, _created = TOTPDevice.objects.get_or_create(
            user=request.user, confirmed=False, defaults={"name": DEVICE_NAME}
        )
    form = TokenForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            if setting_up:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Zweiter Faktor bestätigt."))
            return redirect("admin:index")
        form.add_error("token", _("Der Code stimmt nicht (oder ist abgelaufen)."))
    context = {
        **admin.site.each_context(request),
        "title": _("Zweiter Faktor"),
        "form": form,
        "setting_up": setting_up,
        "secret": device.config_url if setting_up else "",
        "base32_key": base32_key(device) if setting_up else "",
    }
    return render(request, "ops/second_factor.html", context)


def base32_key(device: TOTPDevice) -> str:
    """The key as authenticator apps take it when typed in, in groups of four."""
    from base64 import b32encode

    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))
