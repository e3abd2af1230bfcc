"""What `manage.py nginx_config` prints: a configuration nginx accepts, derived from the settings."""

import io
import re
import subprocess
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from summit.edge import nginx


def nginx_config(state_dir: Path, *args: str) -> str:
    out = io.StringIO()
    call_command(
        "nginx_config",
        "--listen=127.0.0.1:8080",
        "--upstream=127.0.0.1:8000",
        f"--state-dir={state_dir}",
        *args,
        stdout=out,
        stderr=io.StringIO(),
    )
    return out.getvalue()


def location(config: str, pattern: str) -> str:
    """The body of the first location whose line matches pattern."""
    match = re.search(r"location " + pattern + r" \{(.*?)\n    \}", config, re.S)
    assert match, f"no location {pattern}"
    return match.group(1)


@pytest.fixture
def as_user(monkeypatch):
    """Pretend the command runs as an ordinary account (no `user` directive)."""
    monkeypatch.setattr(nginx.os, "geteuid", lambda: 1000)


def test_complete_config_keeps_its_files_under_the_state_dir(tmp_path, as_user):
    config = nginx_config(tmp_path / "edge")

    assert f"pid {tmp_path}/edge/nginx.pid;" in config
    assert f"error_log {tmp_path}/edge/logs/error.log" in config
    for temp in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        assert f"{temp}_temp_path {tmp_path}/edge/temp/{temp}" in config
    assert f"proxy_cache_path {tmp_path}/edge/cache " in config
    assert "\nuser " not in config
    assert (tmp_path / "edge" / "logs").is_dir()


def test_started_as_root_the_workers_get_an_account_and_the_state_dir_is_open(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(nginx.os, "geteuid", lambda: 0)
    state_dir = tmp_path / "edge"
    state_dir.mkdir(mode=0o700)

    config = nginx_config(state_dir)

    assert re.search(r"^user (www-data www-data|nobody nogroup|nobody nobody);$", config, re.M)
    assert state_dir.stat().st_mode & 0o777 == 0o755


def test_every_public_ticker_url_is_cached_for_the_shared_max_age(tmp_path, settings, as_user):
    settings.TICKER_POLL_SHARED_MAX_AGE = 3
    cached = location(nginx_config(tmp_path), r'~ "\^\(/ticker/\|/oembed\$\)"')

    assert "proxy_cache summit_ticker;" in cached
    assert "proxy_cache_valid 200 204 286 301 302 404 410 3s;" in cached
    # Old copies served while updating are never older than a quiet URL's lifetime + 1 s.
    assert re.search(r"proxy_cache_path \S+ .*inactive=4s", nginx_config(tmp_path), re.S)
    assert "proxy_cache_lock on;" in cached
    assert re.search(r"proxy_cache_use_stale updating\b", cached)
    assert "X-Cache-Status $upstream_cache_status" in cached
    # Cache-Control from Django is honoured: nothing tells nginx to ignore it.
    assert "proxy_ignore_headers" not in cached


def test_the_cache_key_is_the_full_url_with_query_and_the_htmx_variant(tmp_path, as_user):
    cached = location(nginx_config(tmp_path), r'~ "[^"]+"')

    key = re.search(r'proxy_cache_key "([^"]+)";', cached).group(1)
    assert "$request_uri" in key  # path and query string
    assert "$http_hx_request" in key
    assert "$http_host" in key


def test_sessions_and_credentials_bypass_the_cache(tmp_path, settings, as_user):
    settings.SESSION_COOKIE_NAME = "summit_session"
    cached = location(nginx_config(tmp_path), r'~ "[^"]+"')

    assert "proxy_cache_bypass $cookie_summit_session $http_authorization;" in cached
    assert "proxy_no_cache $cookie_summit_session $http_authorization;" in cached


def test_admin_and_everything_else_go_to_django_uncached(tmp_path, as_user):
    config = nginx_config(tmp_path)
    fallback = location(config, "/")

    assert "proxy_pass http://summit_ticker_app;" in fallback
    assert "proxy_cache" not in fallback
    pattern = re.search(r'location ~ "([^"]+)"', config).group(1)
    for private in ("/admin/", "/admin/login/", "/redaktion/", "/healthz"):
        assert not re.search(pattern, private), private
    for public in ("/ticker/a/", "/ticker/a/embed/updates/", "/ticker/a/entries.json", "/oembed"):
        assert re.search(pattern, public), public


def test_static_files_come_from_static_root_hashed_names_for_a_year(tmp_path, settings, as_user):
    settings.STATIC_ROOT = tmp_path / "collected"
    config = nginx_config(tmp_path / "edge")

    static = location(config, r"\^~ /static/")
    assert f"alias {tmp_path}/collected/;" in static
    assert "add_header Cache-Control $summit_static_cache_control;" in static
    hashed = re.search(r'"(~[^"]+)" "public, max-age=31536000, immutable";', config).group(1)
    assert re.search(hashed[1:], "/static/ticker/ticker.0123456789ab.css")
    assert not re.search(hashed[1:], "/static/ticker/embed-resize.js")


def test_media_is_served_only_when_media_root_is_set(tmp_path, settings, as_user):
    settings.MEDIA_URL = "/media/"
    settings.MEDIA_ROOT = ""
    assert "/media/" not in nginx_config(tmp_path / "a")

    settings.MEDIA_ROOT = tmp_path / "uploads"
    media = location(nginx_config(tmp_path / "b"), r"\^~ /media/")
    assert f"alias {tmp_path}/uploads/;" in media
    assert "sandbox" in media


def test_brotli_only_when_asked_or_installed(tmp_path, monkeypatch, as_user):
    monkeypatch.setattr(nginx, "brotli_modules", lambda: [])
    assert "brotli on;" not in nginx_config(tmp_path, "--brotli=auto")
    assert "brotli on;" not in nginx_config(tmp_path, "--brotli=off")
    with pytest.raises(CommandError, match="brotli modules are not installed"):
        nginx_config(tmp_path, "--brotli=on")

    modules = [Path("/modules/ngx_http_brotli_filter_module.so")]
    monkeypatch.setattr(nginx, "brotli_modules", lambda: modules)
    config = nginx_config(tmp_path, "--brotli=auto")
    assert "load_module /modules/ngx_http_brotli_filter_module.so;" in config
    assert "brotli on;" in config
    assert "brotli_static on;" in config


def test_server_block_is_only_what_goes_into_http(tmp_path, as_user):
    block = nginx_config(tmp_path, "--server-block")

    assert "server {" in block
    assert "proxy_cache_path" in block
    for main_only in ("events {", "http {", "pid ", "worker_processes", "\nuser "):
        assert main_only not in block


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--listen", "8080"),
        ("--listen", "127.0.0.1:99999"),
        ("--upstream", "127.0.0.1:80; evil"),
        ("--upstream", "http://127.0.0.1:8000"),
    ],
)
def test_bad_addresses_are_refused_with_a_clear_message(tmp_path, option, value):
    args = {"--listen": "127.0.0.1:8080", "--upstream": "127.0.0.1:8000", option: value}
    with pytest.raises(CommandError, match=f"{option} must be HOST:PORT"):
        call_command(
            "nginx_config", *(f"{k}={v}" for k, v in args.items()), f"--state-dir={tmp_path}"
        )
    assert not any(tmp_path.iterdir())


def test_a_path_nginx_would_misread_is_refused(tmp_path):
    with pytest.raises(CommandError, match="--state-dir contains a character"):
        nginx_config(tmp_path / "my state")


def test_ipv6_addresses_are_taken(tmp_path, as_user):
    config = nginx_config(tmp_path)
    assert "listen 127.0.0.1:8080;" in config
    assert nginx.parse_address("[::1]:8080", "--listen") == "[::1]:8080"


def test_nginx_accepts_the_complete_config(tmp_path, nginx_binary):
    config_file = tmp_path / "nginx.conf"
    config_file.write_text(nginx_config(tmp_path / "state"))

    check = nginx_test(nginx_binary, config_file, tmp_path)
    assert check.returncode == 0, check.stderr


def test_nginx_accepts_the_server_block_inside_an_existing_http(tmp_path, nginx_binary):
    block = tmp_path / "summit.conf"
    block.write_text(nginx_config(tmp_path / "state", "--server-block"))
    host_config = tmp_path / "nginx.conf"
    # A host nginx loads the modules it has installed (Debian: modules-enabled/).
    modules = "".join(f"load_module {module};\n" for module in nginx.brotli_modules())
    host_config.write_text(
        f"{modules}pid {tmp_path}/host.pid;\nevents {{}}\n"
        f"http {{\n    include {block};\n"
        + "".join(
            f"    {kind}_temp_path {tmp_path}/host-{kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + "}\n"
    )

    check = nginx_test(nginx_binary, host_config, tmp_path)
    assert check.returncode == 0, check.stderr


def nginx_test(binary: str, config_file: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [binary, "-t", "-q", "-c", str(config_file), "-e", str(tmp_path / "startup-error.log")],
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_started_as_root_it_warns_about_folders_the_workers_cannot_pass(
    tmp_path, settings, monkeypatch
):
    monkeypatch.setattr(nginx.os, "geteuid", lambda: 0)
    closed = tmp_path / "private"
    closed.mkdir(mode=0o700)
    settings.STATIC_ROOT = closed / "static"
    stderr = io.StringIO()

    call_command(
        "nginx_config",
        "--listen=127.0.0.1:8080",
        "--upstream=127.0.0.1:8000",
        f"--state-dir={tmp_path / 'edge'}",
        stdout=io.StringIO(),
        stderr=stderr,
    )

    assert "is closed to other accounts" in stderr.getvalue()
    assert f"(www-data) cannot reach STATIC_ROOT {closed / 'static'}" in stderr.getvalue()
