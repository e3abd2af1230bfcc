from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "summit.ingest"
    verbose_name = "Import"
