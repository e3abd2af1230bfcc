"""The editors' middleware, which public reads pass by.

Sessions, login, the second factor and messages serve the admin and the newsroom. A
public read (GET or HEAD of a public ticker URL, marked by summit.ticker.keeping before
any of these run) needs none of them: its answer is the same for every reader and never
sets a cookie. settings.MIDDLEWARE names each through its subclass here (still a subclass,
so Django's checks find it), which hands such a request straight on.
"""

from django.contrib.auth.middleware import AuthenticationMiddleware as Authentication
from django.contrib.messages.middleware import MessageMiddleware as Messages
from django.contrib.sessions.middleware import SessionMiddleware as Sessions
from django.http import HttpRequest, HttpResponse
from django_otp.middleware import OTPMiddleware as SecondFactorDevice

from summit.ops.second_factor import ChiefsSecondFactorMiddleware as ChiefsSecondFactor
from summit.ticker.requests import is_public_read


class PassesPublicReads:
    """Mixin before a middleware class: its work only for requests that are no public read
    (its process_view, where it has one, is harmless for GET and HEAD)."""

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if is_public_read(request):
            return self.get_response(request)  # type: ignore[attr-defined]
        return super().__call__(request)  # type: ignore[misc]


class SessionMiddleware(PassesPublicReads, Sessions):
    pass


class AuthenticationMiddleware(PassesPublicReads, Authentication):
    pass


class OTPMiddleware(PassesPublicReads, SecondFactorDevice):
    pass


class ChiefsSecondFactorMiddleware(PassesPublicReads, ChiefsSecondFactor):
    pass


class MessageMiddleware(PassesPublicReads, Messages):
    pass
