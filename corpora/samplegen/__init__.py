"""Sample-document generator used by corpora/generate.py (not part of spaser_nlp)."""
