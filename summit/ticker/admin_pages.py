"""Our own pages inside the admin (import, activity, conflict, purge, embed code, add tag)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.http import HttpRequest
from django.template.response import TemplateResponse

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def render_admin_page(
    model_admin: admin.ModelAdmin,
    request: HttpRequest,
    template: str,
    title: str,
    *,
    original: Any = None,
    crumb: StrOrPromise = "",
    status: int = 200,
    **context: Any,
) -> TemplateResponse:
    """A page in the admin's frame: site context, and breadcrumbs from the model's list
    over `original` (the object the page is about, if any) to `crumb` (default: the title).

    Templates extend admin/summit_page.html.
    """
    return TemplateResponse(
        request,
        template,
        {
            **model_admin.admin_site.each_context(request),
            "opts": model_admin.model._meta,
            "title": title,
            "original": original,
            "crumb": crumb,
            **context,
        },
        status=status,
    )
