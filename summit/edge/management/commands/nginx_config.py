"""Print the nginx configuration for the edge in front of gunicorn."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from summit.edge import nginx


class Command(BaseCommand):
    help = (
        "Print a complete nginx.conf (or with --server-block only what goes into an existing "
        "nginx's http { } context) that serves the static files and caches every public "
        "ticker URL for the s-maxage Django sends. Run it with: nginx -c FILE -g 'daemon off;'"
    )

    def add_arguments(self, parser):
        parser.add_argument("--listen", required=True, help="HOST:PORT nginx listens on")
        parser.add_argument("--upstream", required=True, help="HOST:PORT of gunicorn")
        parser.add_argument(
            "--state-dir", required=True, help="folder for pid, logs, temporary and cache files"
        )
        parser.add_argument(
            "--server-block",
            action="store_true",
            help="print only the cache zone, upstream and server { } for an existing nginx",
        )
        parser.add_argument(
            "--brotli",
            choices=["auto", "on", "off"],
            default="auto",
            help="brotli compression at the edge; auto: when nginx's brotli modules are installed",
        )

    def handle(self, *args, **options):
        try:
            config_options = self.edge_options(options)
            config = nginx.render_config(config_options, server_block=options["server_block"])
        except nginx.EdgeConfigError as error:
            raise CommandError(str(error)) from error
        nginx.prepare_state_dir(config_options.state_dir, config_options.worker)
        self.warn_about_closed_folders(config_options)
        self.stdout.write(config, ending="")

    def edge_options(self, options) -> nginx.EdgeOptions:
        brotli = options["brotli"] == "on" or (
            options["brotli"] == "auto" and bool(nginx.brotli_modules())
        )
        if brotli and not options["server_block"] and not nginx.brotli_modules():
            raise nginx.EdgeConfigError(
                "--brotli on, but nginx's brotli modules are not installed "
                "(Debian: apt-get install libnginx-mod-http-brotli-filter "
                "libnginx-mod-http-brotli-static)"
            )
        return nginx.EdgeOptions(
            listen=nginx.parse_address(options["listen"], "--listen"),
            upstream=nginx.parse_address(options["upstream"], "--upstream"),
            state_dir=Path(options["state_dir"]).resolve(),
            brotli=brotli,
            worker=nginx.worker_account(),
        )

    def warn_about_closed_folders(self, options: nginx.EdgeOptions) -> None:
        """A root-started nginx reads files as its worker account: say where it cannot."""
        if options.worker is None:
            return
        for what, path in (
            ("--state-dir", options.state_dir),
            ("STATIC_ROOT", settings.STATIC_ROOT),
        ):
            closed = nginx.closed_to_others(Path(path))
            if closed is not None:
                self.stderr.write(
                    f"warning: {closed} is closed to other accounts; nginx's workers "
                    f"({options.worker.user}) cannot reach {what} {path}"
                )
