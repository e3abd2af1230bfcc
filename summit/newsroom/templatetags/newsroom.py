"""The newsroom in the admin's navigation: the way to the composer and the review queue."""

from django import template

from summit.ticker import policy, services

register = template.Library()


@register.simple_tag(takes_context=True)
def review_queue_count(context) -> int | None:
    """Entries waiting for a chief; None for users who cannot publish (they see no queue)."""
    user = context.get("user")
    if user is None or not policy.may_publish(user):
        return None
    return services.review_queue().count()
