"""The reader: a Textual app. The only package that imports textual or rich."""
