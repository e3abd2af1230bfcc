"""Thousands of rows inserted in few statements, for imports (services.imports).

Django's bulk_create prepares every value of every row through its field (pre_save,
get_db_prep_save, a placeholder each) and, on SQLite, cuts the rows into chunks of 999
variables (32 entries), whatever limit the SQLite library has: for an import of 10,000
entries with their history that was half the time of the import. Here the values are
prepared column by column: a text, number or flag of the type its field stores needs no
preparing (the field would return it as it is), and each other value goes through its
field as bulk_create does. On SQLite a statement takes as many rows as the library's limit
on variables allows; PostgreSQL takes one array per column. Like bulk_create: no signals,
no save(); unlike it, values are plain values (no expressions) of fields that need no
placeholder of their own.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from django.db import connection, connections, models
from django.db.models.constants import OnConflict
from django.db.models.fields import AutoFieldMixin
from django.utils import timezone

# The field classes whose preparation returns a value of this type (or None) unchanged.
_AS_IS: dict[type[models.Field], type] = {
    models.CharField: str,
    models.TextField: str,
    models.BooleanField: bool,
    models.IntegerField: int,
}
_PREPARING = ("get_db_prep_save", "get_db_prep_value", "get_prep_value", "to_python")
# Variables of one statement where the backend names no limit (as many as PostgreSQL's
# protocol carries).
_DEFAULT_MAX_PARAMS = 65_535
_NOTHING = object()
# Columns from which a row is inserted faster by a statement run per row than as part of
# one long statement, on SQLite (measured: 24 columns a third faster, 2 columns slower).
_WIDE_ROW = 10


def insert_new(model: type[models.Model], objs: Sequence[Any]) -> dict[str, list[Any]]:
    """Insert unsaved objects in one go; each gets its primary key from the database.

    Returns the values written, column by column (by attname, the key included), for rows
    that copy them (history records). The automatic timestamps (auto_now, auto_now_add) of
    all objects are one moment, the insert's, set on the objects too.
    """
    pk = model._meta.pk
    assert isinstance(pk, AutoFieldMixin), "for tables whose keys the database assigns"
    now = timezone.now()
    columns = {
        field.attname: _column(field, objs, now)
        for field in model._meta.concrete_fields
        if field is not pk
    }
    ids = insert_prepared(model, columns, returning=pk)
    alias = connection.alias  # read once: `connection` looks its connection up per use
    for obj, key in zip(objs, ids, strict=True):
        setattr(obj, pk.attname, key)
        obj._state.adding, obj._state.db = False, alias
    columns[pk.attname] = ids
    return columns


def insert_prepared(
    model: type[models.Model],
    columns: dict[str, list[Any]],
    *,
    returning: models.Field | None = None,
    ignore_conflicts: bool = False,
) -> list[Any]:
    """Insert rows given as prepared columns (attname -> values as the database takes them);
    the values of the `returning` column come back, row by row."""
    opts = model._meta
    by_attname = {field.attname: field for field in opts.concrete_fields}
    fields = [by_attname[name] for name in columns]
    assert not any(hasattr(field, "get_placeholder") for field in fields), "plain placeholders"
    if not any(columns.values()):
        return []
    ops = connection.ops
    conflict = OnConflict.IGNORE if ignore_conflicts else None
    statement = ops.insert_statement(on_conflict=conflict)
    names = ", ".join(ops.quote_name(_column_name(field)) for field in fields)
    head = f"{statement} {ops.quote_name(opts.db_table)} ({names}) "
    suffix = ops.on_conflict_suffix_sql(fields, conflict, None, None)
    tail = " " + suffix if suffix else ""
    if returning is not None:
        tail += f" RETURNING {ops.quote_name(_column_name(returning))}"
    returned: list[Any] = []
    with connection.cursor() as cursor:
        if returning is None and connection.vendor == "sqlite" and len(fields) >= _WIDE_ROW:
            # One statement of one row, run for every row: SQLite parses it once, where a
            # statement of thousands of rows is parsed (and its placeholders converted by
            # Django) as a whole. For narrow rows (tag links) running it per row costs more.
            row_sql = "VALUES (" + ", ".join(["%s"] * len(fields)) + ")"
            cursor.executemany(head + row_sql + tail, list(zip(*columns.values(), strict=True)))
            return returned
        for rows_sql, params in _statements(fields, list(columns.values())):
            cursor.execute(head + rows_sql + tail, params)
            if returning is not None:
                returned.extend(row[0] for row in cursor.fetchall())
    return returned


def _statements(
    fields: list[models.Field], columns: list[list[Any]]
) -> Iterator[tuple[str, list[Any]]]:
    """The rows part of each INSERT statement, and its parameters."""
    if connection.vendor == "postgresql":
        # One array per column, as Django's bulk_create does there: a client binding one
        # parameter per value parses the statement in Python, seconds for a large import.
        arrays = ", ".join(f"%s::{_array_type(field)}" for field in fields)
        yield f"SELECT * FROM UNNEST({arrays})", columns
        return
    rows = list(zip(*columns, strict=True))
    placeholders = "(" + ", ".join(["%s"] * len(fields)) + ")"
    per_statement = max(1, _max_params() // len(fields))
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        values = ", ".join([placeholders] * len(chunk))
        yield f"VALUES {values}", [value for row in chunk for value in row]


def db_value(field: models.Field, value: Any) -> Any:
    """One value as the database takes it for this field."""
    return field.get_db_prep_save(value, connection=connection)


def _column(field: models.Field, objs: Sequence[Any], now: datetime.datetime) -> list[Any]:
    """The field's values of all objects, prepared for the database as bulk_create does."""
    if isinstance(field, models.DateTimeField) and (field.auto_now or field.auto_now_add):
        for obj in objs:
            setattr(obj, field.attname, now)
        return [db_value(field, now)] * len(objs)
    if type(field).pre_save is models.Field.pre_save:
        values = [getattr(obj, field.attname) for obj in objs]
    else:
        values = [field.pre_save(obj, True) for obj in objs]
    prepare = field.get_db_prep_save
    # The connection itself: `connection` looks it up again at every use of it, in the
    # preparation of every value.
    database = connections[connection.alias]
    as_is = _type_as_is(field)
    if as_is is not None:
        return [
            value if value is None or type(value) is as_is else prepare(value, database)
            for value in values
        ]
    prepared = []
    last: Any = _NOTHING
    last_prepared = None
    for value in values:
        if value is not last:  # a run of one object (None) is prepared once
            last, last_prepared = value, prepare(value, database)
        prepared.append(last_prepared)
    return prepared


def _type_as_is(field: models.Field) -> type | None:
    """The type whose values (and None) this field writes unchanged, if any: a plain text,
    number or flag field, or a foreign key to an automatic integer key."""
    if isinstance(field, models.ForeignKey):
        plain = type(field).get_db_prep_save is models.ForeignKey.get_db_prep_save
        return int if plain and isinstance(field.target_field, AutoFieldMixin) else None
    for base in type(field).__mro__:
        if base in _AS_IS:
            changed = any(
                getattr(type(field), name) is not getattr(base, name) for name in _PREPARING
            )
            return None if changed else _AS_IS[base]
    return None


def _array_type(field: models.Field) -> str:
    """The column's type as an array, without its length (no value is cut to it here)."""
    db_type = field.db_type(connection)
    assert db_type is not None, "a column of the table"
    return db_type.split("(")[0] + "[]"


def _column_name(field: models.Field) -> str:
    assert field.column is not None
    return field.column


def _max_params() -> int:
    """How many variables one statement may carry on this database."""
    if connection.vendor == "sqlite":
        # Django assumes 999 (the limit before SQLite 3.32); the library knows its own.
        connection.ensure_connection()
        return connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return connection.features.max_query_params or _DEFAULT_MAX_PARAMS
