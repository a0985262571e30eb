"""Sharing files with colleagues: save a copy, check and read a foreign file, merge, conflicts, backups."""
