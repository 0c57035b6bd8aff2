"""A file into a Briefing: what the file states wins; the analysis fills the sections it leaves out."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from pathlib import Path

from markdown_it.token import Token

from briefing.document.article import find_date
from briefing.document.body import SECTION_TITLES, SUMMARY_TITLES, TEXT_TITLES, fold, split_parts
from briefing.document.curated import parse_section
from briefing.document.decode import decode
from briefing.document.frontmatter import FrontMatter, split_front_matter
from briefing.document.markdown_parser import Parsed, parse
from briefing.document.metadata import read_metadata
from briefing.document.plaintext import plain_text
from briefing.document.source import read_bytes
from briefing.document.suffixes import MARKDOWN_SUFFIXES
from briefing.document.suffixes import is_briefing_file as is_briefing_file  # re-exported for callers
from briefing.errors import BriefingError
from briefing.model import SECTION_NAMES, Briefing, Link, Sections, slug, stamp_ids
from briefing.safe_text import invisible_notice


@dataclass(frozen=True)
class Loaded:
    briefing: Briefing
    problems: tuple[BriefingError, ...]


def parse_file(path: str | Path) -> Loaded:
    """Read, decode and parse one file; problems in curated items are collected, not fatal."""
    path = Path(path)
    return parse_bytes(read_bytes(path), path)


def parse_bytes(data: bytes, path: Path) -> Loaded:
    """Parse a file's bytes; `path` names it in errors and tells Markdown (.md) from plain text."""
    draft = draft_bytes(data, path)
    return replace(draft, briefing=complete(draft.briefing))


def draft_bytes(data: bytes, path: Path) -> Loaded:
    """A file's bytes parsed without the analysis: its text, metadata and the sections it states (listed in
    `curated`); `complete` fills the rest. The reader shows this while the analysis runs."""
    shown = str(path)
    decoded = decode(data, shown)
    if not decoded.text or decoded.text.isspace():  # not strip(): a copy of the whole text
        raise BriefingError(shown, "empty file")
    notices = tuple(notice for notice in (decoded.notice, invisible_notice(decoded.text)) if notice)
    if path.suffix.lower() not in MARKDOWN_SUFFIXES:
        return Loaded(article_draft(decoded.text, path, notices), ())
    front = split_front_matter(decoded.text, shown)
    del decoded  # the body is a copy: the whole text need not outlive it through the parse
    return _parse_markdown(front, path, notices)


def with_problems(loaded: Loaded) -> Briefing:
    """The briefing with its file's problems among its notices (the reader shows them on the Overview)."""
    return replace(loaded.briefing, notices=loaded.briefing.notices + tuple(p.render() for p in loaded.problems))


def load_briefing(path: str | Path) -> Briefing:
    """The briefing the reader shows for `path`; raises BriefingError for a file it cannot read."""
    return with_problems(parse_file(path))


def plain_article(text: str, path: Path, notices: tuple[str, ...] = ()) -> Briefing:
    """A raw article, analysed whole."""
    return complete(article_draft(text, path, notices))


def article_draft(text: str, path: Path, notices: tuple[str, ...] = ()) -> Briefing:
    """A raw article before its analysis: its first line is the title when short enough, else the file name."""
    first = text.strip().split("\n", 1)[0].strip()
    title = first if len(first) <= 200 else path.stem
    return Briefing(id=slug(path.stem), title=title, path=str(path), text=text, notices=notices)


def _parse_markdown(front: FrontMatter, path: Path, notices: tuple[str, ...]) -> Loaded:
    shown = str(path)
    # The draft keeps no Markdown tokens: they are gone before `complete` runs the analysis.
    briefing, stated, problems = _read_markdown(front, path, notices)
    sections = Sections(**{name: stated.get(name, ()) for name in SECTION_NAMES})
    briefing = replace(briefing, sections=stamp_ids(sections, briefing.id), curated=tuple(stated))
    problems.extend(_duplicate_ids(briefing, stated, shown))
    return Loaded(briefing, tuple(problems))


def _read_markdown(front: FrontMatter, path: Path, notices: tuple[str, ...]) -> tuple[Briefing, dict[str, tuple],
                                                                                    list[BriefingError]]:
    """The briefing as the file states it (front matter, curated sections, plain text), not yet analysed."""
    shown = str(path)
    meta, problems = read_metadata(front, shown)
    stated: dict[str, tuple] = {}
    summary = meta.summary
    summary_links: tuple[Link, ...] = ()
    text_tokens: list[Token] = []
    title = meta.title
    parsed = parse(front.body)
    for part in split_parts(parsed.tokens, parsed.env, front.body_line):
        folded = fold(part.title)
        if folded in SECTION_TITLES:
            section = SECTION_TITLES[folded]
            if section in stated:
                problems.append(BriefingError(shown, f"section '{part.title}' appears twice", part.line,
                                              hint="move its entries under the first heading"))
            items, found = parse_section(section, part.tokens, front.body_line, shown)
            stated[section] = stated.get(section, ()) + items
            problems.extend(found)
            continue
        if folded in SUMMARY_TITLES:
            read = plain_text(part.tokens, parsed.env)
            summary = read.text.strip()
            summary_links = tuple(replace(link, start=None, end=None) for link in read.links)
            continue
        near = difflib.get_close_matches(folded, [*SECTION_TITLES, *SUMMARY_TITLES, *TEXT_TITLES], n=1, cutoff=0.75)
        if part.title and near and near[0] != folded:
            problems.append(
                BriefingError(shown, f"unknown section '{part.title}' (did you mean '{near[0].capitalize()}'?)",
                              part.line)
            )
        if part.title and folded not in TEXT_TITLES:
            text_tokens += part.heading
        text_tokens += part.tokens
    plain = plain_text(text_tokens, parsed.env, front.body_line)
    if not title:
        title = _first_heading(parsed) or path.stem
    briefing = Briefing(
        id=meta.id or slug(path.stem),
        title=title,
        path=str(path),
        date=meta.date,
        place=meta.place,
        sources=meta.sources,
        tags=meta.tags,
        fictional=meta.fictional,
        summary=summary,
        text=plain.text,
        notices=notices,
        links=summary_links + plain.links,
        blocks=plain.blocks,
    )
    return briefing, stated, problems


def complete(draft: Briefing) -> Briefing:
    """Fill each section the file did not state (not in `curated`) from the analysis of its text, date the
    next steps, and stamp ids."""
    # ~0.3 s of imports (the analysis package loads whole): the reader shows the draft before them.
    from briefing.analysis import analyse
    from briefing.analysis.when import date_steps

    stated = {name: getattr(draft.sections, name) for name in draft.curated}
    missing = [name for name in SECTION_NAMES if name not in stated]
    analysed = analyse(draft.text, missing, stated.get("actors", ())) if missing else Sections()
    sections = Sections(**{name: stated.get(name, getattr(analysed, name)) for name in SECTION_NAMES})
    # A plain article's date is the one found at its top ('Istanbul, 15 May 2025').
    steps = date_steps(sections.next_steps, draft.date or find_date(draft.text))
    sections = replace(sections, next_steps=steps)
    return replace(draft, sections=stamp_ids(sections, draft.id))


def _duplicate_ids(briefing: Briefing, stated: dict[str, tuple], path: str) -> list[BriefingError]:
    problems = []
    for name in stated:
        seen: set[str] = set()
        for item in getattr(briefing.sections, name):
            if item.id in seen:
                what = "actor" if name == "actors" else name.rstrip("s").replace("_", " ")
                problems.append(BriefingError(path, f"duplicate {what} (id '{item.id}')", item.line,
                                              hint="merge the two entries or remove one"))
            seen.add(item.id)
    return problems


def _first_heading(parsed: Parsed) -> str:
    """The words of the body's first '# ' heading, or ''."""
    tokens = parsed.tokens
    for index, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.tag == "h1":
            return plain_text(tokens[index:index + 3], parsed.env).text.strip()
    return ""
