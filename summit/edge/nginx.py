"""nginx in front of gunicorn: static files from disk, public ticker URLs cached for s-maxage.

Everything that must agree with Django (the shared-cache lifetime, the static and media
folders, the session cookie, the URL prefixes, the upload limit) is read from the settings
and the URLconf here, so the configuration cannot drift from the application; regenerate it
after changing them.
"""

import grp
import os
import pwd
import re
import subprocess
import textwrap
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse

# Debian's layout; `nginx -V` names another one where the build differs.
DEFAULT_MODULES_DIR = Path("/usr/lib/nginx/modules")
BROTLI_MODULES = ("ngx_http_brotli_filter_module.so", "ngx_http_brotli_static_module.so")
# Characters that would end an nginx word, start a variable or a comment.
UNSAFE_IN_PATH = re.compile(r"[\s\"'$\\;{}#]")
ADDRESS = re.compile(r"^(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(?P<port>\d{1,5})$")


class EdgeConfigError(ValueError):
    """An option or setting that cannot go into an nginx configuration as it is."""


@dataclass(frozen=True)
class WorkerAccount:
    user: str
    group: str


@dataclass(frozen=True)
class EdgeOptions:
    listen: str
    upstream: str
    state_dir: Path
    brotli: bool = False
    worker: WorkerAccount | None = None


def parse_address(value: str, option: str) -> str:
    """HOST:PORT as nginx's `listen` and `server` take it (IPv6 hosts in brackets)."""
    match = ADDRESS.match(value.strip())
    if match is None or not 0 < int(match["port"]) < 65536:
        raise EdgeConfigError(
            f"{option} must be HOST:PORT (e.g. 127.0.0.1:8080 or [::1]:8080), not {value!r}"
        )
    return f"{match['host']}:{int(match['port'])}"


def nginx_path(path: Path | str, what: str) -> str:
    """An absolute path, refused when nginx would read part of it as syntax."""
    text = str(Path(path).resolve())
    if UNSAFE_IN_PATH.search(text):
        raise EdgeConfigError(f"{what} contains a character nginx cannot take: {text!r}")
    return text


def worker_account() -> WorkerAccount | None:
    """The unprivileged account for nginx's workers when it is started as root, else None.

    nginx's built-in default (nobody:nobody) has no such group on Debian, and a master
    started as root must hand its workers to an account that exists.
    """
    if os.geteuid() != 0:
        return None
    for user, group in (("www-data", "www-data"), ("nobody", "nogroup"), ("nobody", "nobody")):
        try:
            pwd.getpwnam(user)
            grp.getgrnam(group)
        except KeyError:
            continue
        return WorkerAccount(user, group)
    raise EdgeConfigError("started as root, but neither www-data nor nobody exists for the workers")


def modules_dir() -> Path:
    try:
        version = subprocess.run(["nginx", "-V"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return DEFAULT_MODULES_DIR
    match = re.search(r"--modules-path=(\S+)", version.stderr)
    return Path(match.group(1)) if match else DEFAULT_MODULES_DIR


def brotli_modules() -> list[Path]:
    """Both brotli modules when this machine has them installed, else an empty list."""
    paths = [modules_dir() / name for name in BROTLI_MODULES]
    return paths if all(path.exists() for path in paths) else []


def prepare_state_dir(state_dir: Path, worker: WorkerAccount | None) -> None:
    """Create the state directory; a root-started nginx creates cache and temp folders in it
    and hands them to its worker account, which needs to pass through the directory."""
    for folder in ("logs", "temp"):
        (state_dir / folder).mkdir(parents=True, exist_ok=True)
    if worker is not None:
        state_dir.chmod(0o755)


def closed_to_others(path: Path) -> Path | None:
    """The first folder on the way to path that other accounts cannot pass, if any."""
    for folder in [*reversed(path.resolve().parents), path.resolve()]:
        if folder.exists() and not folder.stat().st_mode & 0o001:
            return folder
    return None


def url_path(name: str, **kwargs) -> str | None:
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


def cached_location() -> str:
    """The nginx location of the public ticker URLs: every ticker URL shares the timeline's
    prefix; oEmbed has a path of its own."""
    ticker_prefix = reverse("ticker:timeline", kwargs={"slug": "s"}).removesuffix("s/")
    return f'~ "^({re.escape(ticker_prefix)}|{re.escape(reverse("oembed"))}$)"'


def local_url_prefix(url: str | None) -> str | None:
    """'/static/' for 'static/' or '/static/'; None for a URL on another host."""
    if not url or "://" in url or url.startswith("//"):
        return None
    return "/" + url.strip("/") + "/"


def body_size_limit() -> str:
    """nginx's default of 1 MB would refuse the large agency files Django accepts."""
    largest = max(settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0, settings.FILE_UPLOAD_MAX_MEMORY_SIZE)
    return f"{largest // (1024 * 1024) + 1}m"


def shared_max_age() -> int:
    ttl = int(settings.TICKER_POLL_SHARED_MAX_AGE)
    if ttl < 1:
        raise EdgeConfigError("TICKER_POLL_SHARED_MAX_AGE must be at least 1 second for the edge")
    return ttl


def template_context(options: EdgeOptions) -> dict:
    state = nginx_path(options.state_dir, "--state-dir")
    media_prefix = local_url_prefix(getattr(settings, "MEDIA_URL", None))
    media_root = getattr(settings, "MEDIA_ROOT", "")
    return {
        "listen": options.listen,
        "upstream": options.upstream,
        "state": state,
        "worker": options.worker,
        "brotli": options.brotli,
        "brotli_modules": brotli_modules() if options.brotli else [],
        "ttl": shared_max_age(),
        "inactive": shared_max_age() + 1,
        "static_prefix": local_url_prefix(settings.STATIC_URL),
        "static_root": nginx_path(settings.STATIC_ROOT, "STATIC_ROOT"),
        "media_prefix": media_prefix if media_root else None,
        "media_root": nginx_path(media_root, "MEDIA_ROOT") if media_root else None,
        "cached_location": cached_location(),
        "metrics_path": url_path("metrics"),
        "session_cookie": settings.SESSION_COOKIE_NAME,
        "body_limit": body_size_limit(),
    }


def render_http_part(context: dict) -> str:
    """What goes into nginx's http { } context: cache zone, maps, upstream, server block."""
    return render_to_string("edge/http.conf", context)


def render_config(options: EdgeOptions, *, server_block: bool = False) -> str:
    context = template_context(options)
    http_part = render_http_part(context)
    if not server_block:
        indented = textwrap.indent(http_part.rstrip(), "    ")
        return (
            render_to_string("edge/nginx.conf", {**context, "http_part": indented}).rstrip() + "\n"
        )
    return http_part.rstrip() + "\n"
