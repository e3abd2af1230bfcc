from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "summit.newsroom"
    verbose_name = "Redaktion"

    def ready(self) -> None:
        from summit.newsroom import signals  # noqa: F401 (connects the receivers)
