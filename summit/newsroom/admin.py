"""The newsroom in the admin: who can be named in a byline, with an optional small picture.

Saving and deleting go through the services, so the bylines kept on entries follow."""

from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from summit.media.processing import RefusedImage
from summit.newsroom.avatars import avatar_file
from summit.ticker import services
from summit.ticker.models import Author


class AuthorForm(forms.ModelForm):
    class Meta:
        model = Author
        fields = ["name", "role", "user", "avatar"]
        widgets = {"avatar": forms.ClearableFileInput(attrs={"accept": "image/*"})}

    def clean_avatar(self):
        """A new upload is stored only as its small square copy; a refused one says why."""
        avatar = self.cleaned_data.get("avatar")
        if not isinstance(avatar, UploadedFile):
            return avatar  # unchanged, or cleared (False)
        try:
            return avatar_file(avatar, avatar.size)
        except RefusedImage as refusal:
            raise forms.ValidationError(str(refusal)) from refusal


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    form = AuthorForm
    list_display = ["name", "role", "user", "has_avatar"]
    search_fields = ["name", "role"]
    autocomplete_fields = ["user"]

    @admin.display(boolean=True, description=_("Bild"))
    def has_avatar(self, author: Author) -> bool:
        return bool(author.avatar)

    def save_model(self, request, obj, form, change):
        services.author_save(obj, by=request.user)

    def delete_model(self, request, obj):
        services.authors_delete([obj], by=request.user)

    def delete_queryset(self, request, queryset):
        services.authors_delete(list(queryset), by=request.user)
