"""German full-text index for entry search, on PostgreSQL only (SQLite searches by substring)."""

from django.db import migrations

SEARCH_VECTOR = "to_tsvector('german'::regconfig, coalesce(title, '') || ' ' || coalesce(body_text, ''))"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS entry_search_de_idx ON ticker_entry USING gin (({SEARCH_VECTOR}))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS entry_search_de_idx")


class Migration(migrations.Migration):
    dependencies = [("ticker", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
