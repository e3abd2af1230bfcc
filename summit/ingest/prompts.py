"""Prompts to the reader to take part, alone on their line: how to reach the desk ("To get
involved contact us in any of the following ways", "#bbcfootball, via WhatsApp on
03301231826 or text 81111"). The page's, never a post's text.
"""

from __future__ import annotations

import re

# The ways listed: a hashtag and a number to send a message to, in either order.
_CONTACT = re.compile(
    r"^(?:To get involved\b.*"
    r"|(?:[\w ]{1,20}: )?(?:Tweet |Twitter: )?#\w+.{0,40}\b(?:WhatsApp|text)(?: on| to)? \+?\d{4,}.*"
    r"|(?:[\w ]{1,20}: )?(?:Tweet |Twitter: )?#\w+.{0,40}\b(?:WhatsApp|text|SMS)\b.{0,40}\d{5,}.*)$",
    re.IGNORECASE,
)
# The longest such prompt: the channels and the charges for them.
_LONGEST = 240


def is_contact_prompt(text: str) -> bool:
    """A line telling the reader how to send the desk a message."""
    if len(text) > _LONGEST or not ("#" in text or text[:2].casefold() == "to"):
        return False
    return bool(_CONTACT.match(text))
