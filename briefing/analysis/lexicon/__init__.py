"""Lexicon: the word lists of names and places the other families look words up in (data only)."""
