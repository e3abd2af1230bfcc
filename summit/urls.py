"""Top-level URLs: the admin, the public ticker pages and the health check."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from summit.media.post_views import post_frame
from summit.media.views import media_file
from summit.ops import views as ops_views
from summit.ops.archive_admin import archive_download, archive_page
from summit.ops.second_factor import second_factor
from summit.ticker import embed, views

admin.site.site_header = "Summit Liveticker"
admin.site.site_title = "Summit Liveticker"
admin.site.index_title = "Redaktion"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("metrics", ops_views.metrics_view, name="metrics"),
    path("oembed", embed.oembed, name="oembed"),
    path("post-frame/<int:pk>/", post_frame, name="post-frame"),
    path("admin/2fa/", admin.site.admin_view(second_factor), name="second-factor"),
    path("admin/archive/<int:pk>/", admin.site.admin_view(archive_page), name="ticker-archive"),
    path(
        "admin/archive/<int:pk>/<str:name>",
        admin.site.admin_view(archive_download),
        name="ticker-archive-download",
    ),
    path("admin/", admin.site.urls),
    path("redaktion/", include("summit.newsroom.urls")),
    path("", include("summit.ticker.urls")),
]

if settings.MEDIA_URL.startswith("/"):  # local pictures (SERVE_MEDIA decides per request)
    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns.append(re_path(rf"^{media_prefix}/(?P<path>.+)$", media_file, name="media"))

# A database outage answers 503 in the site's layout; other errors keep the 500 page.
handler500 = "summit.ops.views.server_error"
