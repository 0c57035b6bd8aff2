"""Text: paragraphs and sentences, case folding, quoted spans, headlines."""
