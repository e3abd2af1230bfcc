"""The newsroom: the composer at /redaktion/ for writing entries from a phone."""
