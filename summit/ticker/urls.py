"""Public ticker URLs (a contract: partner embeds and tests rely on them)."""

from django.urls import path

from summit.ticker import views

app_name = "ticker"

urlpatterns = [
    path("ticker/<slug:slug>/", views.timeline, name="timeline"),
    path("ticker/<slug:slug>/entries/<int:pk>/", views.entry_detail, name="entry"),
]
