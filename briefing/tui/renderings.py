"""Rich Text for everything the reader shows. Content is data: every string from a briefing passes through
`visible()` and into `Text` as plain text, so markup-like content ('[bold]') shows literally."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text

from briefing.model import SECTION_NAMES, Actor, Briefing, Casualty, NextStep, Statement
from briefing.safe_text import visible
from briefing.sections import SECTIONS, TEXT
from briefing.tui.mentions import Mention, context
from briefing.tui.paragraphs import paragraphs

if TYPE_CHECKING:
    from briefing.bookmarks.bookmark import Bookmark
    from briefing.library.index import Entry, Hit

TITLES = {"overview": "Overview", **{section.name: section.title for section in (*SECTIONS, TEXT)}}
MARK = "★ "
NO_MARK = "  "
SECTION_LABELS = {section.name: (section.one, section.many) for section in SECTIONS}


def safe(text: str | None) -> str:
    """Content made safe to draw on one row: control characters shown, tabs as spaces."""
    return visible(text or "").replace("\t", " ")


def counts_line(counts: dict[str, int]) -> str:
    """{'actors': 4, 'statements': 1, ...} -> '4 actors · 1 statement · ...'."""
    return " · ".join(f"{counts[name]} {labels[counts[name] != 1]}" for name, labels in SECTION_LABELS.items())


def meta_line(date: str, place: str) -> str:
    """'2025-05-16 · Istanbul, Turkey': the date and place that are known."""
    return " · ".join(safe(v) for v in (date, place) if v)


def library_lines(entry: Entry) -> tuple[str, str]:
    """A briefing in the library: its title, and its date, place and counts."""
    details = (meta_line(entry.date, entry.place), counts_line(entry.counts))
    return safe(entry.title), " · ".join(p for p in details if p)


def library_entry(lines: tuple[str, str]) -> Text:
    """The two `library_lines`, drawn: the title bold, the details dim."""
    return Text.assemble((lines[0], "bold"), "\n", (lines[1], "dim"))


def hit_entry(hit: Hit) -> Text:
    """'Ministers meet · Statements' over the snippet, its matched words marked (`visible` keeps lengths)."""
    snippet = Text(safe(hit.snippet).replace("\n", " "))
    for start, end in hit.marks:
        snippet.stylize("bold reverse", start, end)
    label = TITLES.get(hit.section, hit.section)
    return Text.assemble((safe(hit.title), "bold"), (f" · {label}", "dim"), "\n  ", snippet)


def actor_entry(number: int, actor: Actor) -> Text:
    """'1 Hakan Fidan — Turkish foreign minister': numbers 1-9 are the jump keys."""
    badge = f"{number} " if number <= 9 else "  "
    text = Text.assemble((badge, "bold reverse" if number <= 9 else ""), " ", (safe(actor.name), "bold"))
    if actor.role:
        text.append(f" — {safe(actor.role)}")
    return text


def statement_parts(statement: Statement, marked: bool) -> list[tuple[str, str]]:
    """'★ Hakan Fidan: “A window.” — at a Nato meeting' (★ when bookmarked) as (words, style) pieces;
    reported speech in italics, with no quotation marks. ★ and its blank are as wide, so a mark never rewraps."""
    parts = [(MARK if marked else NO_MARK, "bold")]
    if statement.speaker:
        parts += [(safe(statement.speaker), "bold"), (": ", "")]
    words = safe(statement.text)
    parts.append((f"“{words}”", "") if statement.direct else (words, "italic"))
    if statement.context:
        parts.append((f" — {safe(statement.context)}", "dim"))
    return parts


def statement_entry(statement: Statement, marked: bool) -> Text:
    return Text.assemble(*statement_parts(statement, marked))


def statement_plain(statement: Statement) -> str:
    """The statement's row as plain text (what find searches), without building Rich Text."""
    return "".join(words for words, _ in statement_parts(statement, False))


def count_words(casualty: Casualty) -> str:
    """min 5, max None -> 'at least 5'; 5, 7 -> '5–7'; None, 7 -> 'up to 7'; 5, 5 -> '5'."""
    low, high = casualty.min, casualty.max
    if low is None and high is None:
        return ""
    if low is None:
        return f"up to {high:,}"
    if high is None:
        return f"at least {low:,}"
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


def casualty_entry(casualty: Casualty) -> Text:
    text = Text.assemble((f"{safe(casualty.kind):<9}", "bold"), " ")
    lead = " ".join(p for p in (count_words(casualty), safe(casualty.group)) if p)
    text.append(lead or safe(casualty.text))
    details = [safe(v) for v in (casualty.place, casualty.period) if v]
    if casualty.source:
        details.append(f"source: {safe(casualty.source)}")
    if details:
        text.append(" · " + " · ".join(details), "dim")
    return text


def next_step_entry(step: NextStep) -> Text:
    text = Text(safe(step.text))
    details = [f"when: {safe(step.when)}"] if step.when else []
    if step.actors:
        details.append("who: " + ", ".join(safe(a) for a in step.actors))
    if step.status:
        details.append(safe(step.status))
    if details:
        text.append(" · " + " · ".join(details), "dim")
    return text


def finding_line(pending: list[str]) -> str:
    """['actors', 'next_steps'] -> 'Finding actors and next steps in the text…'."""
    words = [SECTION_LABELS[name][1] for name in pending]
    listed = ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]
    return f"Finding {listed} in the text…"


def overview_blocks(briefing: Briefing, pending: tuple[str, ...] = ()) -> list[Text]:
    """The Overview: what the briefing is, its summary, its section counts (or the sections still being
    found, `pending`), and any notices."""
    blocks = [Text(safe(briefing.title), "bold")]
    for label, value in (("Date", briefing.date), ("Place", briefing.place),
                         ("Sources", ", ".join(briefing.sources)), ("Tags", ", ".join(briefing.tags))):
        if value:
            blocks.append(Text.assemble((f"{label}: ", "dim"), safe(value)))
    if briefing.fictional:
        blocks.append(Text("Fictional: an exercise or scenario", "italic"))
    blocks.append(Text(""))
    if briefing.summary:
        blocks.extend(Text(safe(p)) for p in paragraphs(briefing.summary))  # wrapped to the screen, not the file
        blocks.append(Text(""))
    if pending:
        blocks.append(Text(finding_line(list(pending)), "dim italic"))
    else:
        blocks.append(Text.assemble(("In this briefing: ", "dim"), counts_line(briefing.sections.counts())))
    found = [name.replace("_", " ") for name in SECTION_NAMES if name not in briefing.curated]
    if found and not pending:  # a reader should know which lists no editor has checked
        which = "All four sections were" if len(found) == len(SECTION_NAMES) else f"{', '.join(found).capitalize()}:"
        blocks.append(Text(f"{which} found by the analysis, not written by an editor; check them against the text.",
                           "dim italic"))
    blocks.extend(Text(f"! {safe(n)}", "italic") for n in briefing.notices)
    return blocks


def card_blocks(number: int, actor: Actor, said: list[Statement], text: str,
                mentions: list[Mention]) -> tuple[list[str], Callable[[int], Text]]:
    """The actor card: name, role, kind, aliases, every statement by them, their mentions in context.

    Returns each block's plain text and a function drawing block i: a mention row is drawn only when it
    comes on screen (an actor of a 200,000-word text can be named thousands of times).
    """
    title = Text.assemble((f"{number} " if number <= 9 else "", "bold reverse"), (safe(actor.name), "bold"))
    head = [title]
    for label, value in (("Role", actor.role), ("Kind", actor.kind), ("Also", ", ".join(actor.aliases))):
        if value:
            head.append(Text.assemble((f"{label}: ", "dim"), safe(value)))
    head.append(Text(""))
    head.append(Text(f"Statements ({len(said)})", "bold underline"))
    head.extend(statement_entry(s, False) for s in said)
    if not said:
        head.append(Text("  none", "dim"))
    head.append(Text(""))
    head.append(Text(f"Mentions ({len(mentions)}) — ] next, [ previous", "bold underline"))
    rows = [tuple(safe(part) for part in context(text, m)) for m in mentions]

    def styled(index: int) -> Text:
        if index < len(head):
            return head[index]
        before, name, after = rows[index - len(head)]
        return Text.assemble("  ", before, (name, "bold"), after)

    return [t.plain for t in head] + ["  " + "".join(row) for row in rows], styled


def local_time(stamp: str) -> str:
    """'2031-04-02T09:30:00+00:00' -> '2031-04-02 11:30' in Berlin: when, in the reader's own time."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return safe(stamp)


def bookmark_entry(bookmark: Bookmark, missing: bool) -> Text:
    """'Hakan Fidan: “A window.”' over 'istanbul-talks · 2026-11-25 20:41' (and a note if the file is gone);
    reported speech in italics, with no quotation marks."""
    text = Text()
    if bookmark.speaker:
        text.append(safe(bookmark.speaker), "bold")
        text.append(": ")
    words = safe(bookmark.text)
    text.append(f"“{words}”" if bookmark.direct else words, "" if bookmark.direct else "italic")
    briefing, created = bookmark.title or bookmark.briefing, bookmark.created
    text.append("\n")
    when = local_time(created)
    text.append(f"{safe(briefing)} · {when}", "dim")
    if missing:
        text.append(" · file changed or gone: saved text shown", "italic")
    return text
