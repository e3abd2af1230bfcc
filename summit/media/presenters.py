"""Media's part of the ticker's public outputs, handed to the ticker's hooks by
MediaConfig.ready(): pictures and post cards in entries.json, post cards in the feed, the
first picture for sharing (og:image, JSON-LD, the feed's enclosure), and complete pictures
(alt text, credit) before an entry goes public."""

from __future__ import annotations

from summit.media.checks import require_complete_images
from summit.media.post_presentation import entry_embeds_json, entry_posts_html
from summit.media.presentation import entry_images_json, share_image
from summit.ticker import policy, presenters


def api_fields(entry, origin: str) -> dict:
    return {"images": entry_images_json(entry, origin), "embeds": entry_embeds_json(entry)}


def register() -> None:
    presenters.register_api_fields(api_fields)
    presenters.register_feed_html(entry_posts_html)
    presenters.register_share_image(share_image)
    policy.register_publish_check(require_complete_images)
