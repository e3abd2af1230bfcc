from django.apps import AppConfig


class TickerConfig(AppConfig):
    name = "summit.ticker"
    verbose_name = "Liveticker"

    def ready(self) -> None:
        from summit.ticker import signals  # noqa: F401 (connects the receivers)
