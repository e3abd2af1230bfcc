"""The newsroom's URLs under /redaktion/ (signed-in editors only)."""

from django.urls import path

from summit.newsroom import preview, views

app_name = "newsroom"

urlpatterns = [
    path("", views.ticker_list, name="tickers"),
    path("vorschau/<str:token>/", preview.preview, name="preview"),
    path(
        "vorschau/<str:token>/embed/",
        preview.preview,
        {"layout": "embed"},
        name="preview-embed",
    ),
    path("<slug:slug>/", views.composer, name="composer"),
    path("<slug:slug>/draft/", views.autosave, name="autosave"),
    path(
        "<slug:slug>/entries/<int:pk>/<slug:action>/",
        views.entry_action,
        name="entry-action",
    ),
]
