"""Statements: quotes and reported speech, and who said them."""
