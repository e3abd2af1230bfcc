from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "summit.newsroom"
    verbose_name = "Redaktion"
