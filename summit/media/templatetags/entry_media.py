"""Template access to an entry's pictures (templates/media/figures.html)."""

from django import template

from summit.media.post_presentation import entry_posts
from summit.media.presentation import SIZES, entry_pictures

register = template.Library()


@register.simple_tag
def pictures_of(entry):
    return entry_pictures(entry)


@register.simple_tag
def picture_sizes():
    return SIZES


@register.simple_tag
def posts_of(entry):
    return entry_posts(entry)
