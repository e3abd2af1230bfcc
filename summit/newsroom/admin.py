"""The newsroom in the admin: who can be named in a byline."""

from django.contrib import admin

from summit.ticker.models import Author


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "user"]
    search_fields = ["name", "role"]
    autocomplete_fields = ["user"]
