"""First-run setup for `make run`: load the Alaska ticker into an empty database and make a local editor."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from summit.ticker.models import Ticker

EDITOR = "redaktion"


class Command(BaseCommand):
    help = "Lädt den Alaska-Ticker in eine leere Datenbank und legt lokal ein Redaktionskonto an."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("setup_demo ist nur für die lokale Entwicklung (DEBUG=1).")
        if not Ticker.objects.exists():
            call_command("loaddata", "alaska_summit", verbosity=0)
            self.stdout.write("Alaska-Ticker geladen.")
        self.stdout.write("Admin: http://127.0.0.1:8000/admin/")
        User = get_user_model()
        if User.objects.filter(username=EDITOR).exists():
            self.stdout.write(
                f"Anmelden als „{EDITOR}“ (Passwort beim ersten Start ausgegeben; "
                f"neu setzen: python manage.py changepassword {EDITOR})."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(EDITOR, "", password)
        self.stdout.write(self.style.SUCCESS(f"Lokales Konto angelegt: {EDITOR} / {password}"))
