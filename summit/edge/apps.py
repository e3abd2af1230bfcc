from django.apps import AppConfig


class EdgeConfig(AppConfig):
    name = "summit.edge"
    verbose_name = "Edge (nginx)"
