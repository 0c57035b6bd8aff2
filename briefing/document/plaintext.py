"""Markdown to the plain text the reader shows and the analysis reads; line by line, so it is fast."""

from __future__ import annotations

import re

ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+")
QUOTE = re.compile(r"^ {0,3}(> ?)+")
IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)")
CODE = re.compile(r"`([^`\n]+)`")
RULE = re.compile(r"^ {0,3}([-*_])( *\1){2,} *$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
ESCAPED_HASH = re.compile(r"^( {0,3})\\#")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def to_plain(markdown: str) -> str:
    """'## Talks\\n**Mr Fidan** said [more](u).' -> 'Talks\\nMr Fidan said more.'"""
    out: list[str] = []
    for line in HTML_COMMENT.sub("", markdown).split("\n"):
        if FENCE.match(line) or RULE.match(line):
            continue
        line = ESCAPED_HASH.sub(r"\1#", ATX.sub("", line))
        line = QUOTE.sub("", line)
        line = IMAGE.sub(r"\1", line)
        line = LINK.sub(r"\1", line)
        line = EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(3), line)
        line = CODE.sub(r"\1", line)
        out.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
