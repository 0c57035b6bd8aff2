"""Reading files into briefings: bytes -> text -> front matter -> curated sections -> Briefing."""
