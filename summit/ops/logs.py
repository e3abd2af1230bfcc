"""Log lines as JSON objects (LOG_FORMAT=json), one per line, for log shippers."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime


class JsonLinesFormatter(logging.Formatter):
    """time, level, logger and message; request lines add their fields (view, status,
    duration_ms, ticker, ...) at the top level, so they can be filtered without parsing."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update(getattr(record, "request_fields", {}))
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def logging_config(log_format: str, level: str) -> dict:
    """Django's LOGGING: plain text lines, or JSON lines when `log_format` is "json"."""
    formatter = "json" if log_format == "json" else "plain"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
            "json": {"()": "summit.ops.logs.JsonLinesFormatter"},
        },
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": formatter}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            # One line per request comes from summit.requests; Django's own would repeat it.
            "django.server": {"level": "WARNING"},
            # django-axes says "BEGIN" on every start and logs each failed login as a warning.
            "axes": {"level": "WARNING"},
        },
    }
