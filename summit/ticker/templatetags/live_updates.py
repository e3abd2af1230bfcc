"""Template tags of the live updates: the poller's URL."""

from django import template

from summit.ticker import links

register = template.Library()


@register.simple_tag(takes_context=True)
def poll_url(context, ticker, filters, revision) -> str:
    """The updates URL for this page's revision and filters, in the page's language."""
    request = context.get("request")
    language = getattr(request, "LANGUAGE_CODE", None)
    route = context.get("poll_route", "ticker:updates")  # the embed sets its own
    return links.poll_url(ticker.slug, revision, filters, language, route)
