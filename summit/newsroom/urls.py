"""The newsroom's URLs under /redaktion/ (signed-in editors only)."""

from django.urls import path

from summit.newsroom import views

app_name = "newsroom"

urlpatterns = [
    path("", views.ticker_list, name="tickers"),
    path("<slug:slug>/", views.composer, name="composer"),
    path("<slug:slug>/draft/", views.autosave, name="autosave"),
    path(
        "<slug:slug>/entries/<int:pk>/<slug:action>/",
        views.entry_action,
        name="entry-action",
    ),
]
