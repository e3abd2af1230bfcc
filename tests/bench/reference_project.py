"""A bare Django project for the benchmarks' reference, written into a folder of its own.

Only the security and common middleware, no apps, no database: a trivial view returning a
short constant answer, and a page rendering a template of 50 entries (title, time, text),
about what a plain Django site does for a list page.
"""

import os
from pathlib import Path

SETTINGS = """
SECRET_KEY = "reference-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = []
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]
ROOT_URLCONF = "refsite.urls"
WSGI_APPLICATION = "refsite.wsgi.application"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [__import__("pathlib").Path(__file__).parent / "templates"],
}]
DATABASES = {}
USE_TZ = True
TIME_ZONE = "Europe/Berlin"
LANGUAGE_CODE = "de"
"""

URLS = """
import datetime as dt

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path

START = dt.datetime(2025, 8, 15, 12, 0, tzinfo=dt.UTC)
ENTRIES = [
    {
        "id": n,
        "title": f"Meldung {n}: Treffen in Anchorage",
        "published_at": START - dt.timedelta(minutes=7 * n),
        "speaker": f"Sprecher {n % 12}",
        "body": f"Text der Meldung {n}, mit ein paar Sätzen, wie sie Agenturen schicken.",
    }
    for n in range(50)
]


def trivial(request):
    return HttpResponse("ok\\n", content_type="text/plain")


def page(request):
    return render(request, "page.html", {"title": "Liveticker", "entries": ENTRIES})


def healthz(request):
    return HttpResponse("ok\\n", content_type="text/plain")


urlpatterns = [path("trivial", trivial), path("page", page), path("healthz", healthz)]
"""

WSGI = """
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "refsite.settings")
application = get_wsgi_application()
"""

BASE_TEMPLATE = """<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>{{ title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><h1>{{ title }}</h1></header>
<main>{% block content %}{% endblock %}</main>
</body></html>
"""

PAGE_TEMPLATE = """{% extends "base.html" %}
{% block content %}
<ol class="timeline">
{% for entry in entries %}
  <li><article id="entry-{{ entry.id }}">
    <h2>{{ entry.title }}</h2>
    <p><time datetime="{{ entry.published_at|date:'c' }}">{{ entry.published_at|date:"d.m.Y, H:i" }} Uhr</time>
       · {{ entry.speaker }}</p>
    <div class="entry-body"><p>{{ entry.body }}</p></div>
    <a href="#entry-{{ entry.id }}">Link</a>
  </article></li>
{% endfor %}
</ol>
{% endblock %}
"""


def write_reference_project(folder: Path) -> dict:
    """Write the project into folder; returns the environment gunicorn needs to serve it."""
    package = folder / "refsite"
    (package / "templates").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "settings.py").write_text(SETTINGS)
    (package / "urls.py").write_text(URLS)
    (package / "wsgi.py").write_text(WSGI)
    (package / "templates" / "base.html").write_text(BASE_TEMPLATE)
    (package / "templates" / "page.html").write_text(PAGE_TEMPLATE)
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "refsite.settings", "PYTHONPATH": str(folder)}
