"""The legal-removal audit record, and the two editorial roles with their permissions."""

import django.db.models.deletion
from django.conf import settings
from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

# Role -> permission codenames in the ticker app. "Redaktion" writes drafts (and imports
# them); "Chef vom Dienst" may do everything except delete (entries are withdrawn, never
# deleted), including publishing and legal removal.
REDAKTION = "Redaktion"
CHEF_VOM_DIENST = "Chef vom Dienst"
REDAKTION_CODENAMES = [
    "add_entry",
    "change_entry",
    "view_entry",
    "view_ticker",
    "add_speaker",
    "view_speaker",
    "add_source",
    "view_source",
    "add_tag",
    "view_tag",
    "add_importbatch",
    "change_importbatch",
    "view_importbatch",
]


def create_editorial_roles(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate); make sure they
    # exist now, for this app, so the groups can be given them on a fresh database.
    create_permissions(
        global_apps.get_app_config("ticker"), apps=apps, verbosity=0, using=schema_editor.connection.alias
    )
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ticker_permissions = Permission.objects.filter(content_type__app_label="ticker")
    redaktion, _ = Group.objects.get_or_create(name=REDAKTION)
    redaktion.permissions.add(*ticker_permissions.filter(codename__in=REDAKTION_CODENAMES))
    chef, _ = Group.objects.get_or_create(name=CHEF_VOM_DIENST)
    chef.permissions.add(*ticker_permissions.exclude(codename__startswith="delete_"))


def remove_editorial_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[REDAKTION, CHEF_VOM_DIENST]).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('ticker', '0002_entry_search_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='EntryPurge',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('purged_at', models.DateTimeField(auto_now_add=True, verbose_name='gelöscht am')),
                ('reason', models.TextField(verbose_name='Grund')),
                ('entry', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='purges', to='ticker.entry', verbose_name='Eintrag')),
                ('purged_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='gelöscht von')),
                ('ticker', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='purges', to='ticker.ticker', verbose_name='Ticker')),
            ],
            options={
                'verbose_name': 'Löschung aus rechtlichen Gründen',
                'verbose_name_plural': 'Löschungen aus rechtlichen Gründen',
                'ordering': ['-purged_at'],
                'permissions': [('purge_entry', 'Kann Einträge aus rechtlichen Gründen löschen')],
            },
        ),
        migrations.RunPython(create_editorial_roles, remove_editorial_roles),
    ]
