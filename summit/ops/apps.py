from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "summit.ops"
    label = "ops"
    verbose_name = "Betrieb"

    def ready(self) -> None:
        from summit.ingest.apply import batch_applied
        from summit.ops.metrics import observe_import

        batch_applied.connect(observe_import, dispatch_uid="ops-import-metrics")
