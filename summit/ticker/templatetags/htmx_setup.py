"""htmx's configuration, from settings.HTMX_CONFIG, for every page that loads htmx."""

import json

from django import template
from django.conf import settings
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def htmx_config_meta() -> str:
    """<meta name="htmx-config">: htmx reads it at start (no inline script needed)."""
    return format_html('<meta name="htmx-config" content="{}">', json.dumps(settings.HTMX_CONFIG))
