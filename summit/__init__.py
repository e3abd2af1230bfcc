"""Summit Liveticker: a newsroom live blog built on Django."""
