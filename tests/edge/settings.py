"""Production settings for the edge test and the partner benchmark (never deployed).

EDGE_STATIC_ROOT points nginx and collectstatic at a folder of the run's own;
EDGE_PLAIN_STATIC=1 serves static names as they are, so no collectstatic is needed.
"""

import os
from pathlib import Path

from summit.settings import *  # noqa: F403
from summit.settings import STATIC_ROOT, STORAGES

STATIC_ROOT = Path(os.environ.get("EDGE_STATIC_ROOT", STATIC_ROOT))
if os.environ.get("EDGE_PLAIN_STATIC") == "1":
    STORAGES = {
        **STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
