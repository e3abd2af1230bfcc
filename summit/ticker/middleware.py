"""Language by URL only: one URL, one response, so shared caches can hold it."""

from django.conf import settings
from django.utils import translation

SUPPORTED = {code for code, _name in settings.LANGUAGES}


def requested_language(request) -> str:
    """The interface language a URL asks for: its (last) `lang` when supported, else German."""
    requested = request.GET.get("lang", "")
    return requested if requested in SUPPORTED else settings.LANGUAGE_CODE


class PublicLanguageMiddleware:
    """`?lang=en` switches the interface; without it, pages speak German.

    Deliberately no Accept-Language or cookie negotiation: the response must depend on
    the URL alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = requested_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        translation.deactivate()
        return response
