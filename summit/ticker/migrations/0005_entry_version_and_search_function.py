"""An entry's save counter (edit conflicts, drafts included), and the search index on a
function PostgreSQL knows to be expensive.

PostgreSQL costs to_tsvector like an addition, so for a search it happily walked the whole
timeline index and computed every row's vector (seconds on 200,000 entries for a term that
matches nothing), or scanned the table. Wrapped in a function declared expensive (and not
inlinable, so the cost sticks), the planner reads the GIN index for rare terms, phrases and
prefixes, and still walks the timeline for a term that is on every page anyway.
"""

from django.db import migrations, models

CREATE_FUNCTION = """
CREATE OR REPLACE FUNCTION summit_search_de(title text, body_text text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 5000 AS $$
BEGIN
    RETURN to_tsvector('german'::regconfig, coalesce(title, '') || ' ' || coalesce(body_text, ''));
END
$$
"""
OLD_VECTOR = (
    "to_tsvector('german'::regconfig, coalesce(title, '') || ' ' || coalesce(body_text, ''))"
)


def create_search_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_FUNCTION)
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS entry_search_idx ON ticker_entry "
            "USING gin (summit_search_de(title, body_text))"
        )
        schema_editor.execute("DROP INDEX IF EXISTS entry_search_de_idx")


def drop_search_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS entry_search_de_idx ON ticker_entry "
            f"USING gin (({OLD_VECTOR}))"
        )
        schema_editor.execute("DROP INDEX IF EXISTS entry_search_idx")
        schema_editor.execute("DROP FUNCTION IF EXISTS summit_search_de(text, text)")


class Migration(migrations.Migration):
    dependencies = [("ticker", "0004_entrypurge_fingerprints")]

    operations = [
        migrations.AddField(
            model_name="entry",
            name="version",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="Fassung"),
        ),
        migrations.RunPython(create_search_function, drop_search_function, elidable=False),
    ]
