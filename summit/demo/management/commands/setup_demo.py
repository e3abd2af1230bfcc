"""First-run setup for `make run`: load the Alaska ticker into an empty database and make one
local login per role ("redaktion" in Redaktion, "chef" in Chef vom Dienst)."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from summit.ticker.models import Ticker
from summit.ticker.policy import CHIEF_GROUP, EDITOR_GROUP

DEMO_LOGINS = (("redaktion", EDITOR_GROUP), ("chef", CHIEF_GROUP))


class Command(BaseCommand):
    help = "Lädt den Alaska-Ticker in eine leere Datenbank und legt je Rolle ein Konto an."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000, help="Port des Servers (Ausgabe)")

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("setup_demo ist nur für die lokale Entwicklung (DEBUG=1).")
        if not Ticker.objects.exists():
            call_command("loaddata", "alaska_summit", verbosity=0)
            self.stdout.write("Alaska-Ticker geladen.")
        base = f"http://127.0.0.1:{options['port']}"
        self.stdout.write(f"Admin: {base}/admin/  ·  Schreiben: {base}/redaktion/")
        for username, group_name in DEMO_LOGINS:
            self.ensure_login(username, group_name)

    def ensure_login(self, username: str, group_name: str) -> None:
        """A staff account in the role's group; the password is printed once, when made."""
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is not None:
            self.stdout.write(
                f"Anmelden als „{username}“ ({group_name}; Passwort beim ersten Start "
                f"ausgegeben; neu setzen: python manage.py changepassword {username})."
            )
        else:
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(username, "", password, is_staff=True)
            self.stdout.write(
                self.style.SUCCESS(f"Konto angelegt ({group_name}): {username} / {password}")
            )
        if user.is_superuser:  # earlier demos made "redaktion" a superuser, outside the roles
            user.is_superuser = False
            user.save(update_fields=["is_superuser"])
        user.groups.add(Group.objects.get(name=group_name))
