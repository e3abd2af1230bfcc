"""archive_ticker: write a ticker as a self-contained zip (static pages, JSON, README)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.management.base import BaseCommand, CommandError, CommandParser

from summit.ops.archive import write_archive
from summit.ticker.models import Ticker


class Command(BaseCommand):
    help = (
        "Schreibt einen Ticker als ZIP-Archiv: statische Seiten, die ohne Server und ohne "
        "JavaScript aus dem Dateisystem öffnen, die Einträge als JSON im Format der "
        "Schnittstelle und eine README mit der Herkunft. Gleicher Stand, gleiche Datei."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", metavar="SLUG", help="Kurzname des Tickers")
        parser.add_argument("out", metavar="OUT.zip", help="Zieldatei")
        parser.add_argument(
            "--site-url",
            metavar="URL",
            default=settings.SITE_URL,
            help="Öffentliche Adresse der Seite für Permalinks (Standard: SITE_URL)",
        )

    def handle(self, *args, slug: str, out: str, site_url: str, **options) -> None:
        ticker = Ticker.objects.filter(slug=slug).first()
        if ticker is None:
            raise CommandError(f"Keinen Ticker „{slug}“ gefunden.")
        site_url = site_url.rstrip("/")
        if not site_url.startswith(("http://", "https://")):
            raise CommandError(
                "Die öffentliche Adresse fehlt: SITE_URL setzen oder --site-url https://… angeben."
            )
        try:
            content = write_archive(ticker, site_url)
        except DisallowedHost as error:
            raise CommandError(
                f"{site_url} steht nicht in ALLOWED_HOSTS (oder SITE_URL setzen)."
            ) from error
        target = Path(out)
        if not target.parent.is_dir():
            raise CommandError(f"Den Ordner {target.parent} gibt es nicht.")
        target.write_bytes(content)
        self.stdout.write(f"{target}: {len(content)} Bytes, Ticker „{ticker.title}“")
