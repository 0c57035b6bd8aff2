"""Next steps: what is planned, expected or threatened to happen next."""
