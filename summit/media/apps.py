from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    name = "summit.media"
    label = "media"
    verbose_name = _("Bilder")

    def ready(self) -> None:
        from summit.media import presenters, signals  # noqa: F401

        presenters.register()  # pictures and post cards in the ticker's public outputs
