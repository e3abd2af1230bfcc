"""Importers: one parser per format produces EntryDrafts, which are enriched, previewed and applied."""
