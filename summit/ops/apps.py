from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "summit.ops"
    label = "ops"
    verbose_name = "Betrieb"
