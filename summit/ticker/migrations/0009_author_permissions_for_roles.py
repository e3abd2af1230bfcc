"""Bylines in the roles: editors may pick authors, chiefs may also add and change them."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLE_CODENAMES = {
    "Redaktion": ["view_author"],
    "Chef vom Dienst": ["view_author", "add_author", "change_author"],
}


def give_author_permissions(apps, schema_editor):
    create_permissions(
        global_apps.get_app_config("ticker"),
        apps=apps,
        verbosity=0,
        using=schema_editor.connection.alias,
    )
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLE_CODENAMES.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="ticker", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [("ticker", "0008_entry_bylines")]

    operations = [migrations.RunPython(give_author_permissions, migrations.RunPython.noop)]
