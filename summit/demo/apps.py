from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo ticker uses the product like any client: imports and services, nothing else."""

    name = "summit.demo"
    verbose_name = "Demo"
