import django.db.models.deletion
from django.db import migrations, models

import summit.media.models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("ticker", "0005_entry_version_and_search_function"),
    ]

    operations = [
        migrations.CreateModel(
            name="EntryImage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="Reihenfolge")),
                ("original", models.FileField(max_length=200, upload_to=summit.media.models.original_name, verbose_name="Bilddatei")),
                ("width", models.PositiveIntegerField(default=0, editable=False, verbose_name="Breite")),
                ("height", models.PositiveIntegerField(default=0, editable=False, verbose_name="Höhe")),
                ("alt", models.CharField(blank=True, help_text="Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen.", max_length=500, verbose_name="Alternativtext")),
                ("caption", models.CharField(blank=True, max_length=500, verbose_name="Bildunterschrift")),
                ("credit", models.CharField(blank=True, help_text="z. B. „Foto: dpa/Jane Doe“", max_length=200, verbose_name="Bildnachweis")),
                ("renditions", models.JSONField(blank=True, default=list, editable=False, verbose_name="Varianten")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="angelegt")),
                ("entry", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="images", to="ticker.entry", verbose_name="Eintrag")),
            ],
            options={
                "verbose_name": "Bild",
                "verbose_name_plural": "Bilder",
                "ordering": ["position", "id"],
            },
        ),
    ]
