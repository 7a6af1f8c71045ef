"""The author of a first-person piece: a letter to the editor, an op-ed, a statement.

Such a piece names its writer once, on a line of its own, and then says "I": a byline at the top
("By Jane Roe", "Posted by Jane Roe | Apr 28, 2020", "Jane Roe, Guest Commentary") or a signature
at the end ("Jane Roe, Olympia", "— Jane Roe", "Jane Roe,\\nSalem"). "I", "me" and "my" outside
any quotation are that writer, as a reader takes them. A line is a byline or a signature only when
the name opens it and what follows the name is short and not a sentence (a place, an outlet, a
date); a piece whose top and bottom name two different people has no single author.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from kg.extraction.mentions import Mention

# Words that may come before the name on a byline, lowercased and joined by one space.
BYLINE_LEADS = {"by", "by:", "posted by", "written by", "submitted by", "opinion by", "commentary by"}
_DASHES = "—–-"
_REST_MAX = 80  # characters after the name on its line: ", Des Moines Register", " | Apr 28, 2020"
_TOP_LINES = 6  # non-empty lines from the top where a byline may stand
_BOTTOM_LINES = 2  # non-empty lines from the end: the signature, and a place on a line of its own
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s*$")
_OPENING = {"“"}
_CLOSING = {"”"}


def _lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the text's non-empty lines, stripped."""
    out: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped)
            out.append((start, start + len(stripped)))
        pos += len(raw) + 1
    return out


def _rest_is_short(rest: str) -> bool:
    """After the name: nothing, or a place, an outlet or a date set off by a comma, a bar or
    slashes ("Olympia", "Special to the Arizona Daily Star"); never a sentence."""
    rest = rest.strip()
    if not rest:
        return True
    if rest[0] not in ",|/(" or len(rest) > _REST_MAX:
        return False
    return not _SENTENCE_END.search(rest) or rest.endswith(("Jr.", "Sr."))


def author_of(doc: Doc, mentions: list[Mention], is_person: Callable[[str], bool]) -> Mention | None:
    """The one person a byline or a signature line names, or None."""
    text = doc.text
    lines = _lines(text)
    if not lines:
        return None
    named = [m for m in mentions if not m.is_reference and is_person(m.type)]
    found: dict[str, Mention] = {}
    top = lines[:_TOP_LINES]
    bottom = lines[-_BOTTOM_LINES:]
    for m in named:
        first, last = doc[m.start], doc[m.end - 1]
        m_start, m_end = first.idx, last.idx + len(last)
        line = next(((ls, le) for ls, le in lines if ls <= m_start < le), None)
        if line is None:
            continue
        lead = " ".join(text[line[0] : m_start].lower().split())
        rest = text[m_end : line[1]]
        if not _rest_is_short(rest):
            continue
        if line in top and (lead in BYLINE_LEADS or lead == ""):
            found.setdefault(m.key, m)
        elif line in bottom and lead.strip(_DASHES + " ") == "":
            found.setdefault(m.key, m)
    return next(iter(found.values())) if len(found) == 1 else None


def inside_quotation(doc: Doc, i: int) -> bool:
    """Token I stands inside quotation marks opened on its own line (news prose opens a quoted
    paragraph again on each line, so a line is the quotation's reach)."""
    text = doc.text
    pos = doc[i].idx
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    opened = sum(before.count(c) for c in _OPENING) - sum(before.count(c) for c in _CLOSING)
    return opened > 0 or before.count('"') % 2 == 1
