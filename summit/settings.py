"""Settings read from the environment, with defaults that serve a local SQLite ticker."""

import datetime as dt
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from summit.ops.logs import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The public origin used for canonical, OpenGraph, feed and oEmbed links; empty means
# "the request's own".
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "csp",
    "simple_history",
    "summit.ticker",
    "summit.ingest",
    "summit.demo",
    "summit.edge",
    "django_tasks",
    "django_tasks_db",
    "summit.ops",
    "summit.media",
    "summit.newsroom",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "summit.ops.middleware.RequestObservationMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Public ticker answers, kept per revision, leave here before sessions, auth and CSRF;
    # above GZip, so that kept answers are compressed once.
    "summit.ticker.keeping.PublicAnswerMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    # Django's and django-otp's middleware for the editors, passed by public reads (GET and
    # HEAD of public ticker URLs need no session, login or messages): summit.middleware.
    "summit.middleware.SessionMiddleware",
    "summit.ticker.middleware.PublicLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Django's own, by name: the deploy checklist (security.W003) looks for it so, and on a
    # GET it only reads the cookie.
    "django.middleware.csrf.CsrfViewMiddleware",
    "summit.middleware.AuthenticationMiddleware",
    "summit.middleware.OTPMiddleware",
    "summit.middleware.ChiefsSecondFactorMiddleware",
    "summit.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "summit.urls"
WSGI_APPLICATION = "summit.wsgi.application"
ASGI_APPLICATION = "summit.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

# Connections are kept for DB_CONN_MAX_AGE seconds, on SQLite too: a new SQLite connection
# parses the whole schema at its first query (about 2 ms, a fifth of a fresh page). gunicorn's
# sync workers keep one each; runserver closes a thread's connection when the thread ends.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The live server and the import command write while readers poll: wait instead of
    # failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work (large imports) runs on django-tasks, the backport of django.tasks. The
# database backend needs no extra server: `manage.py db_worker` runs it, and without
# options it runs every queue (a task on a new queue needs only the name added here). A
# newsroom that outgrows it names another backend here (e.g. an RQ backend on Redis).
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Unreachable Redis degrades to the database (summit.cache); short timeouts so that a
    # dead server costs a moment, not a worker.
    CACHES = {
        "default": {
            "BACKEND": "summit.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "summit",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "summit.cache.LocalMemoryCache"}}
# Rendered entries ({% cache %} in ticker/entry.html), keyed by the ticker's revision: kept
# in each process, next to the templates that use them, never a network round trip.
CACHES["template_fragments"] = {
    "BACKEND": "summit.cache.LocalMemoryCache",
    "LOCATION": "template-fragments",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# django-axes first: it refuses a locked-out account or address before a password is checked
# (it needs the request; client.force_login in tests passes by it).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords lock the account and, separately, the address for 15 minutes;
# unlock at once with `manage.py axes_reset_username NAME` (or axes_reset_ip ADDRESS).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "ops/lockout.html"
AXES_CLIENT_IP_CALLABLE = "summit.ops.clients.client_address"
# Staff may add a TOTP second factor; with REQUIRE_2FA=1 the chiefs ("Chef vom Dienst") must.
REQUIRE_2FA = env_bool("REQUIRE_2FA", False)
OTP_TOTP_ISSUER = "Summit Liveticker"
# Webhook deliveries (and other requests made for partners) go to public addresses only;
# OUTBOUND_ALLOW_PRIVATE=1 allows private and loopback targets (an intranet partner).
OUTBOUND_ALLOW_PRIVATE = env_bool("OUTBOUND_ALLOW_PRIVATE", False)
# A WebSub hub for the Atom feeds (declared in them, pinged on every change); off when empty.
WEBSUB_HUB_URL = os.environ.get("WEBSUB_HUB_URL", "")
# Where ticker archives made from the admin are kept (downloads only for chiefs).
ARCHIVE_ROOT = os.environ.get("ARCHIVE_ROOT", str(BASE_DIR / "var" / "archives"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch"))]
LOCALE_PATHS = [BASE_DIR / "summit" / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True


FIXTURE_DIRS = [BASE_DIR / "fixtures"]

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "static"
# Uploaded pictures go through STORAGES["default"]: on disk under MEDIA_ROOT by default; a
# newsroom on S3-compatible storage names django-storages' backend there instead.
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "var" / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# Django serves MEDIA_ROOT itself only for `make run` (DEBUG) or when asked; nginx does in
# production (summit.edge).
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Large agency pastes are kept server-side; these bound what a single form post may carry.
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

# Security: framing is denied everywhere except the embed, which sets its own
# frame-ancestors (see summit.ticker.views.embed).
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# htmx as configured through <meta name="htmx-config">: no eval, no injected styles.
HTMX_CONFIG = {
    "includeIndicatorStyles": False,
    "allowEval": False,
    "allowScriptTags": False,
    "historyCacheSize": 0,
    "getCacheBusterParam": True,
}

# LOG_FORMAT=json: one JSON object per line (a request's line has view, status, duration,
# ticker); plain text otherwise.
LOGGING = logging_config(os.environ.get("LOG_FORMAT", "plain"), os.environ.get("LOG_LEVEL", "INFO"))

# How long the cached ticker revision may be trusted before a process asks the
# database again (changes made by other processes reach readers within this time).
TICKER_REVISION_TTL = float(os.environ.get("TICKER_REVISION_TTL", "1.5"))
# Seconds a shared cache (CDN, nginx) may hold a public answer (page, poll, embed, API, feed).
TICKER_POLL_SHARED_MAX_AGE = int(os.environ.get("TICKER_POLL_SHARED_MAX_AGE", "1"))
# Keep whole public answers per revision (summit.ticker.keeping); 0 for benchmarks and
# debugging of fresh rendering (smaller caches stay on).
TICKER_KEEP_PAGES = env_bool("TICKER_KEEP_PAGES", True)
