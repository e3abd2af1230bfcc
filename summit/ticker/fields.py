"""Building blocks of the models: a web address field and named things with a slug."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


def model_field(model: type[models.Model], name: str) -> models.Field:
    """A model's own field by name (get_field also answers relations from other models)."""
    field = model._meta.get_field(name)
    if not isinstance(field, models.Field):
        raise LookupError(f"{model.__name__}.{name} is a relation from another model")
    return field


def max_length(model: type[models.Model], name: str) -> int:
    """The longest value a text field of `model` holds."""
    length = model_field(model, name).max_length
    if length is None:
        raise LookupError(f"{model.__name__}.{name} sets no max_length")
    return length


class WebAddressField(models.URLField):
    """A URL field whose form takes addresses typed without a scheme as https (Django 6's default)."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})


class SluggedModel(models.Model):
    """A named thing with a unique slug derived from its name when left empty."""

    name = models.CharField(_("Name"), max_length=200, unique=True)
    slug = models.SlugField(_("Kürzel"), max_length=200, unique=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug(self.name)
        super().save(*args, **kwargs)

    @classmethod
    def unique_slug(cls, name: str) -> str:
        base = slugify(name)[:180] or "x"
        slug, n = base, 2
        while cls._default_manager.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug
