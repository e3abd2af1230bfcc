"""Tickers, their entries, imports and legal removals; the speakers, sources and tags entries
refer to are in vocabulary.py, the bylines' authors in authors.py (both importable from here)."""

import datetime as dt
import zoneinfo
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from summit.ticker.authors import Author
from summit.ticker.fields import WebAddressField
from summit.ticker.querysets import EntryQuerySet, TickerQuerySet
from summit.ticker.sanitize import clean_entry_html, html_to_text, safe_link, strip_controls
from summit.ticker.vocabulary import Source, Speaker, Tag
from summit.ticker.wording import content_fingerprint, normalise_name  # noqa: F401 (re-exported)


class Ticker(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("In Vorbereitung")
        LIVE = "live", _("Live")
        ENDED = "ended", _("Beendet")

    slug = models.SlugField(_("Kürzel"), max_length=100, unique=True)
    title = models.CharField(_("Titel"), max_length=300)
    description = models.TextField(_("Beschreibung"), blank=True)
    language = models.CharField(_("Sprache"), max_length=10, default="de")
    time_zone = models.CharField(_("Zeitzone"), max_length=64, default="Europe/Berlin")
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.LIVE
    )
    coverage_start = models.DateTimeField(_("Berichterstattung ab"), null=True, blank=True)
    coverage_end = models.DateTimeField(_("Berichterstattung bis"), null=True, blank=True)
    poll_interval = models.PositiveSmallIntegerField(_("Abfrageintervall (Sekunden)"), default=10)
    embed_origins = models.JSONField(
        _("Erlaubte Einbettungs-Origins"),
        default=list,
        blank=True,
        help_text=_("Origins, die den Ticker einbetten dürfen, z. B. https://www.example.de"),
    )
    revision = models.BigIntegerField(_("Revision"), default=0, editable=False)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    objects = TickerQuerySet.as_manager()
    # Set on the locked instance once its revision moved in this transaction (services).
    _revision_moved: bool
    # Set while saving: the planned times (start, end) that change (summit.ticker.signals queues them).
    _plans_changed: list[str]

    class Meta:
        verbose_name = _("Ticker")
        verbose_name_plural = _("Ticker")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("ticker:timeline", kwargs={"slug": self.slug})

    @property
    def is_live(self) -> bool:
        return self.status == self.Status.LIVE

    @property
    def start_ahead(self) -> dt.datetime | None:
        """The planned start while it lies ahead ("Live ab …" for readers), else None."""
        start = self.coverage_start
        if self.status != self.Status.ENDED and start and start > timezone.now():
            return start
        return None

    @property
    def ended_at(self) -> dt.datetime | None:
        """The planned end of an ended ticker ("Beendet um …" for readers), else None."""
        return self.coverage_end if self.status == self.Status.ENDED else None

    @property
    def zone(self) -> dt.tzinfo:
        """The ticker's time zone (days and clock times are shown in it); the site's when the
        stored name is unknown."""
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return timezone.get_default_timezone()

    def public_entries(self, filters) -> EntryQuerySet:
        """Published entries matching the filters, with what a rendered entry shows: the one
        query behind the page, the embed, the feed and the API."""
        return self.entries.published().for_filters(filters, self.zone).with_relations()


class ImportBatch(models.Model):
    """One import: its raw input, the parsed preview, and what applying it did."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("Vorschau")
        APPLIED = "applied", _("Übernommen")
        UNDONE = "undone", _("Zurückgenommen")
        FAILED = "failed", _("Fehlgeschlagen")

    ticker = models.ForeignKey(
        Ticker, on_delete=models.CASCADE, related_name="import_batches", verbose_name=_("Ticker")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("von"),
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    applied_at = models.DateTimeField(_("übernommen"), null=True, blank=True)
    undone_at = models.DateTimeField(_("zurückgenommen"), null=True, blank=True)
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PREVIEW
    )
    format = models.CharField(_("Format"), max_length=20)
    filename = models.CharField(_("Datei"), max_length=255, blank=True)
    raw_input = models.TextField(_("Eingabe"), blank=True)
    options = models.JSONField(_("Optionen"), default=dict, blank=True)
    drafts = models.JSONField(_("Vorschau"), default=list, blank=True)
    excluded = models.JSONField(_("Ausgelassen"), default=list, blank=True)
    report = models.JSONField(
        _("Ergebnis"),
        default=dict,
        blank=True,
        help_text=_("Angelegt, aktualisiert, übersprungen, Warnungen"),
    )

    class Meta:
        verbose_name = _("Import")
        verbose_name_plural = _("Importe")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Import #{self.pk} ({self.format})"


class Entry(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        PUBLISHED = "published", _("Veröffentlicht")
        WITHDRAWN = "withdrawn", _("Zurückgezogen")

    # An entry's editable content, defined once: history restore, the conflict page, the
    # legal purge, import updates, the exchange formats and the importer's length limits
    # derive from this list (status, pin and corrections are decisions, not content).
    CONTENT_FIELDS = (
        "published_at",
        "time_estimated",
        "said_at",
        "title",
        "body",
        "speaker",
        "source",
        "source_url",
        "origin",
    )

    # Free text an editor or an import writes (cleaned of control characters on every save).
    TEXT_FIELDS = ("title", "body", "source_url", "origin", "correction_note", "external_id")

    ticker = models.ForeignKey(
        Ticker, on_delete=models.CASCADE, related_name="entries", verbose_name=_("Ticker")
    )
    published_at = models.DateTimeField(_("Zeitpunkt"))
    time_estimated = models.BooleanField(
        _("Uhrzeit geschätzt"),
        default=False,
        help_text=_("Die Quelle nannte keine Uhrzeit; sie wurde beim Import abgeleitet."),
    )
    # False while the time is only the form's default: publishing then stamps "now".
    time_set = models.BooleanField(_("Zeitpunkt bewusst gesetzt"), default=True)
    position = models.IntegerField(
        _("Reihenfolge"),
        default=0,
        help_text=_("Bei gleichem Zeitpunkt steht der höhere Wert weiter oben."),
    )
    said_at = models.DateTimeField(_("Aussage vom"), null=True, blank=True)
    title = models.CharField(_("Titel"), max_length=300, blank=True)
    body = models.TextField(_("Text"), blank=True)
    body_text = models.TextField(_("Text ohne Auszeichnung"), blank=True, editable=False)
    speaker = models.ForeignKey(
        Speaker,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="entries",
        verbose_name=_("Sprecher"),
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="entries",
        verbose_name=_("Quelle"),
    )
    source_url = WebAddressField(_("Link zur Quelle"), max_length=1000, blank=True)
    origin = models.CharField(
        _("Herkunft"),
        max_length=300,
        blank=True,
        help_text=_("Woher der Eintrag stammt, z. B. „dpa, 14.08.2025“"),
    )
    tags = models.ManyToManyField(
        Tag, blank=True, related_name="entries", verbose_name=_("Schlagwörter")
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    pinned = models.BooleanField(_("Das Wichtigste"), default=False)
    # The newsroom's way to the readers: a draft handed in waits for a chief (who may send it
    # back with a note); a draft with publish_at ("geplant") is published by a task then.
    in_review = models.BooleanField(_("Zur Freigabe"), default=False)
    review_note = models.CharField(_("Hinweis zur Freigabe"), max_length=500, blank=True)
    publish_at = models.DateTimeField(_("Geplant für"), null=True, blank=True)
    authors = models.ManyToManyField(
        Author, blank=True, related_name="entries", verbose_name=_("Autoren")
    )
    # The authors as readers see them ([{"name", "role"}]), stored with the entry so pages,
    # feed and API show bylines without another query (services.entry_save keeps it).
    bylines = models.JSONField(_("Autorenzeile"), default=list, blank=True, editable=False)
    correction_note = models.CharField(_("Korrekturhinweis"), max_length=500, blank=True)
    corrected_at = models.DateTimeField(_("korrigiert"), null=True, blank=True)
    external_id = models.CharField(_("Externe ID"), max_length=300, blank=True)
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    import_batch = models.ForeignKey(
        ImportBatch,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="entries",
        verbose_name=_("Import"),
    )
    # The ticker revision of the entry's last public change (drafts never move it), and a
    # counter of every save, which the edit-conflict check compares.
    revision = models.BigIntegerField(_("Revision"), default=0, editable=False)
    version = models.PositiveIntegerField(_("Fassung"), default=0, editable=False)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("angelegt von"),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("geändert von"),
    )

    history = HistoricalRecords(excluded_fields=["body_text", "fingerprint", "version", "bylines"])

    objects = EntryQuerySet.as_manager()
    # What simple_history reads from an instance for its next save (set by the services).
    _history_user: Any
    _change_reason: str
    skip_history_when_saving: bool
    # Set by the newsroom's list for its template: whether the viewing user may edit it,
    # and a draft's preview link.
    may_edit: bool
    preview_url: str | None
    # Set by the archive export: the entry's pictures and cards as the archive names them.
    archive_pictures: list[Any]
    archive_cards: list[Any]

    class Meta:
        verbose_name = _("Eintrag")
        verbose_name_plural = _("Einträge")
        ordering = ["-published_at", "-position", "-id"]
        permissions = [
            ("publish_entry", _("Kann Einträge veröffentlichen, zurückziehen und anheften"))
        ]
        indexes = [
            models.Index(
                fields=["ticker", "status", "-published_at", "-position", "-id"],
                name="entry_timeline_idx",
            ),
            models.Index(fields=["ticker", "speaker", "status"], name="entry_speaker_idx"),
            models.Index(fields=["ticker", "source", "status"], name="entry_source_idx"),
            models.Index(fields=["ticker", "revision"], name="entry_revision_idx"),
            models.Index(fields=["ticker", "external_id"], name="entry_external_id_idx"),
            models.Index(fields=["ticker", "fingerprint"], name="entry_fingerprint_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.body_text[:80] or f"#{self.pk}"

    def save(self, *args, **kwargs):
        self.prepare_content()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "body_text", "fingerprint"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("ticker:entry", kwargs={"slug": self.ticker.slug, "pk": self.pk})

    @property
    def anchor(self) -> str:
        return f"entry-{self.pk}"

    def prepare_content(self) -> None:
        """Sanitise the body and derive its plain text and fingerprint (stored, not computed per view).

        Every write path comes here (form, import, API): control characters leave every
        text field, and a link that is not http, https or mailto is not kept.
        """
        for name in self.TEXT_FIELDS:
            setattr(self, name, strip_controls(getattr(self, name)))
        self.source_url = safe_link(self.source_url)
        self.body = clean_entry_html(self.body)
        self.body_text = html_to_text(self.body)
        self.fingerprint = content_fingerprint(self.title, self.body_text)


class EntryDeparture(models.Model):
    """An entry moved to another ticker: the ticker it left, at which of that ticker's
    revisions. Open pages of the old ticker learn from their next poll to remove it."""

    ticker = models.ForeignKey(Ticker, on_delete=models.CASCADE, related_name="departures")
    entry_id = models.BigIntegerField()
    revision = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["ticker", "revision"], name="departure_revision_idx")]

    def __str__(self) -> str:
        return f"#{self.entry_id} left {self.ticker_id} at revision {self.revision}"


class EntryPurge(models.Model):
    """Audit record of a legal removal: the entry's content and history are gone, this stays."""

    ticker = models.ForeignKey(
        Ticker, on_delete=models.CASCADE, related_name="purges", verbose_name=_("Ticker")
    )
    entry = models.ForeignKey(
        Entry,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="purges",
        verbose_name=_("Eintrag"),
    )
    purged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gelöscht von"),
    )
    purged_at = models.DateTimeField(_("gelöscht am"), auto_now_add=True)
    reason = models.TextField(_("Grund"))
    # One-way hashes of every wording the entry had (no text): a later import of the same
    # text, with or without its external id, is recognised and refused.
    fingerprints = models.JSONField(_("Fingerabdrücke"), default=list, blank=True, editable=False)

    class Meta:
        verbose_name = _("Löschung aus rechtlichen Gründen")
        verbose_name_plural = _("Löschungen aus rechtlichen Gründen")
        ordering = ["-purged_at"]
        permissions = [("purge_entry", _("Kann Einträge aus rechtlichen Gründen löschen"))]

    def __str__(self) -> str:
        return f"#{self.entry_id} ({self.purged_at:%d.%m.%Y %H:%M})"
