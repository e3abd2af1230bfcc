"""The edge in front of gunicorn: an nginx configuration derived from the settings."""
