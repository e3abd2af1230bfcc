"""The frame a reader opens by clicking a post card: served by us, allowing one provider.

Our pages keep their strict CSP (frame-src 'self', no third party at all) for every reader.
This small page is the only place a provider is allowed in: its CSP names exactly the one
origin of the provider's embed page and nothing else may load or run in it.
"""

from __future__ import annotations

from csp.constants import NONE, SELF
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from summit.media.models import EntryEmbed
from summit.media.posts import frame_origin, provider_kind, provider_name
from summit.ticker.models import Entry, Ticker
from summit.ticker.origins import allow_framing_by


def frame_policy(origin: str) -> dict[str, list[str]]:
    return {
        "default-src": [NONE],
        "style-src": [SELF],
        "frame-src": [origin],
        "base-uri": [NONE],
        "form-action": [NONE],
    }


@require_GET
def post_frame(request: HttpRequest, pk: int) -> HttpResponse:
    embed = get_object_or_404(
        EntryEmbed.objects.select_related("entry__ticker").exclude(
            entry__ticker__status=Ticker.Status.DRAFT
        ),
        pk=pk,
        entry__status=Entry.Status.PUBLISHED,
    )
    origin = frame_origin(embed.frame_url)
    if not origin:
        raise Http404
    response = render(
        request,
        "media/post-frame.html",
        {
            "embed": embed,
            "provider": provider_name(embed.provider),
            "kind": provider_kind(embed.provider),
        },
    )
    # django-csp's own attribute (what its @csp_override sets), per provider, hence here.
    response._csp_config = frame_policy(origin)  # type: ignore[attr-defined]
    # Opened from our pages, or from our embed on a partner's page the ticker allows.
    allow_framing_by(response, embed.entry.ticker.embed_origins)
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "public, max-age=300"
    return response
