"""The one door for changes: entries, their tags, tickers, names, imports and the ticker revision.

Every write of Entry rows, their tag links, Ticker.revision and ImportBatch states happens
in this package; views, the admin, the importer and the command line call it. The
services ask `summit.ticker.policy` before they write when a user is given (`by=None` is
the operator with full rights) and raise `policy.NotAllowed` with the editor's message.

- revisions.py: locking a ticker and moving its revision (what readers poll for)
- authors.py: the newsroom's authors, and the bylines of their entries
- entries.py: creating, changing, publishing, pinning, restoring entries; bulk changes
- tickers.py: ticker settings
- vocabulary.py: speakers, sources and tags renamed or merged
- purge.py: legal removal
- imports.py, batches.py: many entries in one step, and an import's life
"""

from summit.ticker.policy import NotAllowed  # noqa: F401
from summit.ticker.services.authors import author_save, authors_delete  # noqa: F401
from summit.ticker.services.batches import (  # noqa: F401
    ImportRefused,
    batch_choose,
    batch_create,
    batch_lock_open,
    batch_mark_applied,
    batch_mark_applying,
    batch_mark_failed,
    batch_scrub_entry,
    batch_undo,
)
from summit.ticker.services.composer import name_find_or_add  # noqa: F401
from summit.ticker.services.entries import (  # noqa: F401
    EDITABLE_FIELDS,
    RESTORED_FIELDS,
    EditConflict,
    entries_update,
    entry_create,
    entry_pin,
    entry_publish,
    entry_restore,
    entry_save,
    entry_update,
    entry_withdraw,
)
from summit.ticker.services.imports import (  # noqa: F401
    ImportOutcome,
    ImportPlan,
    ImportRow,
    import_entries,
    import_plan,
)
from summit.ticker.services.purge import PURGED_CONTENT, entry_purge  # noqa: F401
from summit.ticker.services.review import (  # noqa: F401
    entries_publish_due,
    entry_hand_in,
    entry_schedule,
    entry_send_back,
    review_queue,
    scheduled,
)
from summit.ticker.services.revisions import (  # noqa: F401
    entry_presentation_change,
    entry_stamp,
    lock_tickers,
    move_revision,
    ticker_revision,
)
from summit.ticker.services.tickers import (  # noqa: F401
    ticker_create,
    ticker_delete,
    ticker_update,
    tickers_reach_start,
)
from summit.ticker.services.vocabulary import (  # noqa: F401
    name_save,
    names_delete,
    names_merge,
)
