"""Editors in their roles, and filling the entry change form the way a browser would."""

import importlib
import types

from django import forms
from django.apps import apps
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone

ROLES = importlib.import_module("summit.ticker.migrations.0003_entry_purge_and_editorial_roles")
CHANGELIST = "/admin/ticker/entry/"


def change_url(entry) -> str:
    return f"{CHANGELIST}{entry.pk}/change/"


def ensure_roles() -> None:
    # The data migration made them; a transactional test's flush empties the tables again.
    ROLES.create_editorial_roles(apps, types.SimpleNamespace(connection=connection))


def make_editor(django_user_model, username: str, role: str):
    ensure_roles()
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw-123456")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=role))
    return user


def form_data(response, **changes) -> dict:
    """The POST a browser would send for the change form in `response`, with `changes` applied."""
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, forms.SplitDateTimeField):
            if isinstance(value, list):  # already split (a bound form)
                data[f"{name}_0"], data[f"{name}_1"] = value
            else:
                local = timezone.localtime(value) if value else None
                data[f"{name}_0"] = local.strftime("%d.%m.%Y") if local else ""
                data[f"{name}_1"] = local.strftime("%H:%M:%S") if local else ""
        elif isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [getattr(item, "pk", item) for item in value]
        elif value is not None:
            data[name] = value
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def client_for(client_class, user):
    client = client_class()
    client.force_login(user)
    return client
