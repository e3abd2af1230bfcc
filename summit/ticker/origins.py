"""Origins: our public one (for absolute links) and the partner ones allowed to frame a ticker."""

from urllib.parse import urlsplit

from csp.constants import SELF
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

ALLOWED_SCHEMES = ("https", "http")


def public_origin(request: HttpRequest) -> str:
    """SITE_URL when configured (behind a proxy or CDN), else the origin the request came to."""
    return settings.SITE_URL or f"{request.scheme}://{request.get_host()}"


def absolute_url(request: HttpRequest, path: str) -> str:
    return public_origin(request) + path


def absolute(origin: str, url: str) -> str:
    """A stored file's URL for readers elsewhere (feeds, API, JSON-LD): a path gets the
    public origin, a storage's own URL (S3) is absolute already."""
    return origin + url if url.startswith("/") else url


def our_hosts(request: HttpRequest) -> set[str]:
    """Host names (with port) under which URLs are ours: SITE_URL's and the request's own."""
    hosts = {request.get_host().lower()}
    if settings.SITE_URL:
        hosts.add(urlsplit(settings.SITE_URL).netloc.lower())
    return hosts


def ascii_host(host: str) -> str:
    """'München.de' -> 'xn--mnchen-3ya.de' (IDNA): headers carry ASCII only, and a partner's
    browser sends its origin in this form. '' when the name cannot be encoded."""
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return ""


def normalise_origin(value: str) -> str:
    """'HTTPS://Partner.de:443' -> 'https://partner.de', 'https://münchen.de' ->
    'https://xn--mnchen-3ya.de'; ValidationError for anything not an origin.

    Only a bare scheme://host[:port] is accepted: the value ends up verbatim in the
    Content-Security-Policy header, so paths, wildcards, spaces and ';' are refused.
    """
    text = value.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise ValidationError(_("„%(value)s“ ist kein Origin.") % {"value": value}) from error
    host = ascii_host(parts.hostname or "")
    if (
        parts.scheme.lower() not in ALLOWED_SCHEMES
        or not host
        or parts.username
        or parts.password
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or any(ch in text for ch in " ;,*'\"")
        or not all(label.replace("-", "").isalnum() for label in host.split("."))
    ):
        raise ValidationError(
            _("„%(value)s“ ist kein Origin (erwartet: https://www.example.de, ohne Pfad).")
            % {"value": value}
        )
    scheme = parts.scheme.lower()
    default_port = {"https": 443, "http": 80}[scheme]
    netloc = host if port in (None, default_port) else f"{host}:{port}"
    return f"{scheme}://{netloc}"


def normalise_origins(values: list[str]) -> list[str]:
    """Validate and normalise a list of origins, dropping duplicates but keeping the order."""
    origins: list[str] = []
    errors: list[ValidationError] = []
    for value in values:
        try:
            origin = normalise_origin(value)
        except ValidationError as error:
            errors.append(error)
            continue
        if origin not in origins:
            origins.append(origin)
    if errors:
        raise ValidationError(errors)
    return origins


def valid_origins(values: list[str]) -> list[str]:
    """The valid ones of stored origins (rows written around the admin form are not trusted)."""
    origins: list[str] = []
    for value in values:
        try:
            origin = normalise_origin(str(value))
        except ValidationError:
            continue
        if origin not in origins:
            origins.append(origin)
    return origins


def allow_framing_by(response: HttpResponse, origins: list[str]) -> HttpResponse:
    """Let ourselves and exactly these origins frame the response (and nobody else).

    django-csp's middleware reads `_csp_replace` from the response (what its
    @csp_replace decorator sets); the origins are per ticker, hence set here, not in a
    decorator. X-Frame-Options cannot express an allow-list, so it is left out.
    """
    # django-csp's own attribute, which Django's stubs cannot know.
    response._csp_replace = {"frame-ancestors": [SELF, *valid_origins(origins)]}  # type: ignore[attr-defined]
    response.xframe_options_exempt = True
    return response
