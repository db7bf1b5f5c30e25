"""The guide's small Markdown: parsed into blocks, or refused with the line that is not part of it.

The subset (resources/guide/guide.<lang>.md): ``# Title`` once, on the first line; ``## Part {#anchor}``;
``### Sub {#anchor}`` (anchor optional); paragraphs separated by blank lines; ``- `` bullets; ``1. `` numbered
lists; ``**bold**``, ``*italic*``, ```code```; links ``[text](#anchor)``; a picture on its own line
``![caption](shot:NAME)``; a note: a paragraph starting with ``> ``. Nothing else: no tables, no HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.errors import DomainError

ANCHOR = r"[a-z0-9][a-z0-9-]*"
_HEADING = re.compile(rf"^(#{{1,3}}) (\S.*?)(?: \{{#({ANCHOR})\}})?$")
_PICTURE = re.compile(r"^!\[([^\]]*)\]\(shot:([a-z0-9][a-z0-9-]*)\)$")
_BULLET = re.compile(r"^- (\S.*)$")
_NUMBER = re.compile(r"^\d{1,2}\. (\S.*)$")
_INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`|\[([^\]]+)\]\(([^)]*)\)")
_REFUSED_START = (
    ("####", "only #, ## and ### headings"),
    ("|", "no tables"),
    ("```", "no code blocks"),
    ("<", "no HTML"),
    ("* ", "bullets start with '- '"),
    ("+ ", "bullets start with '- '"),
    ("---", "no horizontal rules"),
    ("===", "no underlined headings"),
    ("    ", "no indented code blocks"),
    ("\t", "no tabs"),
)


class GuideError(DomainError):
    """The guide's text is not in the subset; ``line`` is where (1-based)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__("guide_syntax", f"guide line {line}: {reason}", line=line, reason=reason)
        self.line = line


@dataclass(frozen=True)
class Span:
    kind: str  # text, bold, italic, code, link
    text: str
    target: str = ""  # a link's anchor (without '#')


@dataclass(frozen=True)
class Block:
    kind: str  # heading, paragraph, bullets, numbered, picture, note
    line: int
    level: int = 0  # a heading's 1..3
    anchor: str = ""  # a heading's anchor ("" for a ### without one)
    spans: tuple[Span, ...] = ()  # heading, paragraph, note
    items: tuple[tuple[Span, ...], ...] = ()  # bullets, numbered
    shot: str = ""  # picture: the screenshot's name
    caption: str = ""  # picture

    @property
    def text(self) -> str:
        return plain(self.spans)


@dataclass
class Guide:
    title: str
    blocks: list[Block] = field(default_factory=list)

    def anchors(self) -> list[str]:
        return [b.anchor for b in self.blocks if b.kind == "heading" and b.anchor]

    def shots(self) -> list[str]:
        return [b.shot for b in self.blocks if b.kind == "picture"]

    def contents(self) -> list[Block]:
        """The ## and ### headings, in order: the table of contents."""
        return [b for b in self.blocks if b.kind == "heading" and b.level > 1]


def plain(spans) -> str:
    return "".join(span.text for span in spans)


def inline(text: str, line: int) -> tuple[Span, ...]:
    """The spans of one paragraph's text; stray markup (an unmatched ``*`` or `````) is refused."""
    spans: list[Span] = []
    at = 0
    for match in _INLINE.finditer(text):
        _plain(spans, text[at:match.start()], line)
        bold, italic, code, link, target = match.groups()
        if bold is not None:
            spans.append(Span("bold", _clean(bold, line)))
        elif italic is not None:
            spans.append(Span("italic", _clean(italic, line)))
        elif code is not None:
            spans.append(Span("code", code))
        else:
            if text[:match.start()].endswith("!"):
                raise GuideError(line, "a picture stands on a line of its own: '![caption](shot:NAME)'")
            if not re.fullmatch(rf"#{ANCHOR}", target):
                raise GuideError(line, f"a link goes to a part of the guide, '(#anchor)', not {target!r}")
            spans.append(Span("link", _clean(link, line), target[1:]))
        at = match.end()
    _plain(spans, text[at:], line)
    return tuple(spans)


def _plain(spans: list[Span], text: str, line: int) -> None:
    if text:
        spans.append(Span("text", _clean(text, line)))


def _clean(text: str, line: int) -> str:
    for mark, what in (("*", "an unmatched '*'"), ("`", "an unmatched '`'"), ("](", "a broken link"), ("![", "a picture inside a paragraph")):
        if mark in text:
            raise GuideError(line, f"{what} (pictures stand on a line of their own)" if mark == "![" else what)
    if re.search(r"<[a-zA-Z/!]", text):
        raise GuideError(line, "no HTML")
    return text


def parse(source: str) -> Guide:
    """The guide's blocks; GuideError names the first line that is not in the subset."""
    lines = source.replace("\r\n", "\n").split("\n")
    first = _HEADING.match(lines[0].lstrip("\ufeff")) if lines else None
    if first is None or len(first.group(1)) != 1:
        raise GuideError(1, "the guide starts with its title: '# Title'")
    guide = Guide(first.group(2))
    seen: dict[str, int] = {}
    number = 1
    while number < len(lines):
        text = lines[number]
        if not text.strip():
            number += 1
            continue
        block, number = _block(lines, number)
        if block.kind == "heading" and block.anchor:
            if block.anchor in seen:
                raise GuideError(block.line, f"the anchor #{block.anchor} is on line {seen[block.anchor]} already")
            seen[block.anchor] = block.line
        guide.blocks.append(block)
    _check_links(guide, seen)
    return guide


def _block(lines: list[str], index: int) -> tuple[Block, int]:
    """The block starting at ``lines[index]`` and the index after it."""
    text, line = lines[index].rstrip(), index + 1
    for start, reason in _REFUSED_START:
        if text.startswith(start):
            raise GuideError(line, reason)
    if text.startswith("#"):
        return _heading(text, line), index + 1
    if text.startswith("!["):
        picture = _PICTURE.match(text)
        if picture is None:
            raise GuideError(line, "a picture is '![caption](shot:NAME)' on its own line")
        return Block("picture", line, caption=picture.group(1), shot=picture.group(2)), index + 1
    if _BULLET.match(text) or _NUMBER.match(text):
        return _list(lines, index)
    run, end = _run(lines, index)
    if text.startswith(">"):
        for offset, part in enumerate(run):
            if not part.startswith("> ") and part != ">":
                raise GuideError(line + offset, "every line of a note starts with '> '")
        return Block("note", line, spans=inline(" ".join(p[2:].strip() for p in run), line)), end
    if text.startswith(" "):
        raise GuideError(line, "a paragraph starts at the beginning of the line")
    for offset, part in enumerate(run[1:], start=1):
        if part.startswith(("#", "- ", ">", "![")) or _NUMBER.match(part):
            raise GuideError(line + offset, "leave a blank line before a heading, list, note or picture")
    return Block("paragraph", line, spans=inline(" ".join(p.strip() for p in run), line)), end


def _heading(text: str, line: int) -> Block:
    match = _HEADING.match(text)
    if match is None:
        raise GuideError(line, "a heading is '## Title {#anchor}' (anchors: lowercase letters, digits and '-')")
    level = len(match.group(1))
    if level == 1:
        raise GuideError(line, "the guide has one title, on its first line")
    if "{#" in match.group(2):
        raise GuideError(line, "an anchor is lowercase letters, digits and '-', at the end: {#anchor}")
    if level == 2 and match.group(3) is None:
        raise GuideError(line, "a part ('## ') has an anchor: '## Title {#anchor}'")
    return Block("heading", line, level=level, anchor=match.group(3) or "", spans=inline(match.group(2), line))


def _run(lines: list[str], index: int) -> tuple[list[str], int]:
    """The non-blank lines from ``index`` on, and the index after them."""
    end = index
    while end < len(lines) and lines[end].strip():
        end += 1
    return [part.rstrip() for part in lines[index:end]], end


def _list(lines: list[str], index: int) -> tuple[Block, int]:
    run, end = _run(lines, index)
    numbered = _NUMBER.match(run[0]) is not None
    pattern = _NUMBER if numbered else _BULLET
    items: list[tuple[int, list[str]]] = []
    for offset, part in enumerate(run):
        line = index + offset + 1
        item = pattern.match(part)
        if item is not None:
            items.append((line, [item.group(1)]))
        elif part.startswith("  ") and part.strip():
            items[-1][1].append(part.strip())  # an item's text continued on the next line
        else:
            raise GuideError(line, "a list's lines all start the same way ('- ' or '1. '); continue an item with two spaces")
    kind = "numbered" if numbered else "bullets"
    return Block(kind, index + 1, items=tuple(inline(" ".join(words), line) for line, words in items)), end


def _check_links(guide: Guide, anchors: dict[str, int]) -> None:
    for block in guide.blocks:
        for spans in (block.spans, *block.items):
            for span in spans:
                if span.kind == "link" and span.target not in anchors:
                    raise GuideError(block.line, f"a link to #{span.target}, which no heading has")
