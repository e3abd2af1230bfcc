"""Template access to an entry's pictures (templates/media/figures.html)."""

from django import template

from summit.media.presentation import SIZES, entry_pictures

register = template.Library()


@register.simple_tag
def pictures_of(entry):
    return entry_pictures(entry)


@register.simple_tag
def picture_sizes():
    return SIZES
