from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    name = "summit.media"
    label = "media"
    verbose_name = _("Bilder")

    def ready(self) -> None:
        from summit.media import signals  # noqa: F401
