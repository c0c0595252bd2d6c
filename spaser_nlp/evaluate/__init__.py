"""Scoring of each stage against the gold files in ``corpora/``."""
