"""A file into a Briefing: what the file states wins; the analysis fills the sections it leaves out."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from pathlib import Path

from briefing.document.article import find_date
from briefing.document.body import SECTION_TITLES, SUMMARY_TITLES, TEXT_TITLES, fold, split_parts
from briefing.document.curated import parse_section
from briefing.document.decode import decode
from briefing.document.frontmatter import KNOWN_KEYS, as_list, as_text, split_front_matter
from briefing.document.plaintext import to_plain
from briefing.document.source import read_bytes
from briefing.document.suffixes import MARKDOWN_SUFFIXES
from briefing.document.suffixes import is_briefing_file as is_briefing_file  # re-exported for callers
from briefing.errors import BriefingError, suggestion
from briefing.model import SECTION_NAMES, Briefing, Sections, slug, stamp_ids


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
    if not decoded.text.strip():
        raise BriefingError(shown, "empty file")
    notices = (decoded.notice,) if decoded.notice else ()
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return _parse_markdown(decoded.text, path, notices)
    return Loaded(article_draft(decoded.text, path, notices), ())


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


def _parse_markdown(text: str, path: Path, notices: tuple[str, ...]) -> Loaded:
    shown = str(path)
    front = split_front_matter(text, shown)
    meta = front.fields
    problems: list[BriefingError] = [
        BriefingError(shown, f"unknown front matter key '{key}'", _key_line(text, key),
                      hint=suggestion(key, KNOWN_KEYS))
        for key in meta
        if key not in KNOWN_KEYS
    ]
    stated: dict[str, tuple] = {}
    summary = as_text(meta.get("summary"))
    text_parts: list[str] = []
    title = as_text(meta.get("title"))
    for part in split_parts(front.body, front.body_line):
        folded = fold(part.title)
        if folded in SECTION_TITLES:
            section = SECTION_TITLES[folded]
            if section in stated:
                problems.append(BriefingError(shown, f"section '{part.title}' appears twice", part.line,
                                              hint="move its entries under the first heading"))
            items, found = parse_section(section, part.content, part.content_line, shown)
            stated[section] = stated.get(section, ()) + items
            problems.extend(found)
            continue
        if folded in SUMMARY_TITLES:
            summary = to_plain(part.content).strip()
            continue
        near = difflib.get_close_matches(folded, [*SECTION_TITLES, *SUMMARY_TITLES, *TEXT_TITLES], n=1, cutoff=0.75)
        if part.title and near and near[0] != folded:
            problems.append(
                BriefingError(shown, f"unknown section '{part.title}' (did you mean '{near[0].capitalize()}'?)",
                              part.line)
            )
        if part.title and folded not in TEXT_TITLES:
            text_parts.append(f"## {part.title}")
        text_parts.append(part.content)
    plain = to_plain("\n".join(text_parts))
    if not title:
        title = _first_heading(front.body) or path.stem
    briefing = Briefing(
        id=as_text(meta.get("id")) or slug(path.stem),
        title=title,
        path=str(path),
        date=as_text(meta.get("date")),
        place=as_text(meta.get("place")),
        sources=as_list(meta.get("sources")),
        tags=as_list(meta.get("tags")),
        fictional=bool(meta.get("fictional", False)),
        summary=summary,
        text=plain,
        notices=notices,
    )
    sections = Sections(**{name: stated.get(name, ()) for name in SECTION_NAMES})
    briefing = replace(briefing, sections=stamp_ids(sections, briefing.id), curated=tuple(stated))
    problems.extend(_duplicate_ids(briefing, stated, shown))
    return Loaded(briefing, tuple(problems))


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


def _first_heading(body: str) -> str:
    for line in body.split("\n"):
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def _key_line(text: str, key: str) -> int | None:
    for number, line in enumerate(text.split("\n")[:2000], start=1):
        if line.startswith(f"{key}:"):
            return number
    return None
