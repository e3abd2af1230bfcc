"""The Alaska summit demo: its curated names, its fixture and the first-run setup."""
