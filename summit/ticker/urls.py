"""Public ticker URLs (a contract: partner embeds and tests rely on them)."""

from django.urls import path

from summit.ticker import api, embed, feeds, live, views

app_name = "ticker"

urlpatterns = [
    path("ticker/<slug:slug>/", views.timeline, name="timeline"),
    path("ticker/<slug:slug>/entries/<int:pk>/", views.entry_detail, name="entry"),
    path("ticker/<slug:slug>/updates/", live.timeline_updates, name="updates"),
    path("ticker/<slug:slug>/embed/", embed.embed, name="embed"),
    path("ticker/<slug:slug>/embed/updates/", live.embed_updates, name="embed-updates"),
    path("ticker/<slug:slug>/feed/", feeds.ticker_feed, name="feed"),
    path("ticker/<slug:slug>/entries.json", api.api_entries, name="api-entries"),
]
