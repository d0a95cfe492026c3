"""The database is the only source of truth: tables, sessions, queries and migrations live here."""
