"""Casualties: counts of the dead, injured, missing and displaced."""
