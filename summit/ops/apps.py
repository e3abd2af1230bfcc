from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "summit.ops"
    label = "ops"
    verbose_name = "Betrieb"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from summit.ingest.apply import batch_applied
        from summit.ops.metrics import observe_import
        from summit.ops.tasks import on_entry_purged, on_ticker_saved
        from summit.ticker.models import EntryPurge, Ticker

        batch_applied.connect(observe_import, dispatch_uid="ops-import-metrics")
        post_save.connect(on_ticker_saved, sender=Ticker, dispatch_uid="ops-webhooks")
        post_save.connect(on_entry_purged, sender=EntryPurge, dispatch_uid="ops-webhooks-purge")
