"""Actors: the people, states and organisations an article names, with their roles and aliases."""
