"""Discovery links in page heads: oEmbed (for CMSs that embed by URL) and the Atom feed."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.html import format_html

from summit.ticker.origins import absolute_url

register = template.Library()


@register.simple_tag(takes_context=True)
def discovery_links(context, ticker, page_url: str) -> str:
    """<link rel="alternate"> to the oEmbed answer for `page_url` and to the ticker's feed."""
    request = context["request"]
    oembed = absolute_url(request, reverse("oembed")) + "?" + urlencode({"url": page_url})
    feed = absolute_url(request, reverse("ticker:feed", kwargs={"slug": ticker.slug}))
    return format_html(
        '<link rel="alternate" type="application/json+oembed" href="{}" title="{}">\n'
        '  <link rel="alternate" type="application/atom+xml" href="{}" title="{}">',
        oembed,
        ticker.title,
        feed,
        ticker.title,
    )
