from django.apps import AppConfig


class TickerConfig(AppConfig):
    name = "summit.ticker"
    verbose_name = "Liveticker"
