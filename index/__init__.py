"""Ingest side of the HIC-assistent: source files -> documents -> chunks -> stores."""
