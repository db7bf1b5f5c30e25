"""The guide as the rich text a QTextBrowser shows (Qt's HTML subset): headings carry their anchors, so
links and F1 scroll to a part; pictures are the screenshots' files, scaled to ``width`` pixels."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from app.guide.parser import Block, Guide, Span

@dataclass(frozen=True)
class Colours:
    """The guide's colours, from the window's theme (light: shared/STYLE.md's palette)."""

    heading: str = "#154273"
    muted: str = "#5A6270"
    link: str = "#01689B"
    tint: str = "#DCEBF5"  # a note's box and a key's background


def style(colours: Colours = Colours()) -> str:
    """The document's style sheet; sizes relative to the window's font (h1-h3 are Qt's xx-large, x-large,
    large), so a larger text size reaches the guide too."""
    c = colours
    return f"""
h1, h2, h3 {{ color: {c.heading}; }}
h2 {{ margin-top: 18px; }}
h3 {{ margin-top: 14px; }}
p, li {{ line-height: 130%; }}
p.caption {{ font-size: small; color: {c.muted}; margin-top: 2px; }}
code {{ font-family: monospace; background-color: {c.tint}; }}
a {{ color: {c.link}; }}
"""


def spans_html(spans: tuple[Span, ...]) -> str:
    parts = []
    for span in spans:
        text = escape(span.text, quote=False)
        parts.append({
            "bold": f"<b>{text}</b>",
            "italic": f"<i>{text}</i>",
            "code": f"<code>{text}</code>",
            "link": f'<a href="#{span.target}">{text}</a>',
        }.get(span.kind, text))
    return "".join(parts)


def png_size(path: Path) -> tuple[int, int] | None:
    """A PNG's width and height from its header (None: not a PNG)."""
    with path.open("rb") as file:
        head = file.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def block_html(block: Block, shot_file, width: int, colours: Colours = Colours()) -> str:
    if block.kind == "heading":
        name = f'<a name="{block.anchor}"></a>' if block.anchor else ""
        return f"<h{block.level}>{name}{spans_html(block.spans)}</h{block.level}>"
    if block.kind == "paragraph":
        return f"<p>{spans_html(block.spans)}</p>"
    if block.kind in ("bullets", "numbered"):
        tag = "ul" if block.kind == "bullets" else "ol"
        items = "".join(f"<li>{spans_html(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if block.kind == "note":
        return (f'<table width="100%" cellpadding="10" cellspacing="0" border="0" bgcolor="{colours.tint}"><tr>'
                f'<td style="border-left: 4px solid {colours.link};">{spans_html(block.spans)}</td></tr></table>')
    path: Path = shot_file(block.shot)
    caption = escape(block.caption, quote=False)
    if not path.is_file():
        return f'<p class="caption">[{caption}]</p>'
    size = png_size(path)
    height = round(width * size[1] / size[0]) if size else round(width * 768 / 1366)
    return (f'<div style="margin-top: 6px;"><img src="{path.as_uri()}" width="{width}" height="{height}" alt="{escape(block.caption)}"></div>'
            f'<p class="caption">{caption}</p>')


def guide_html(guide: Guide, shot_file, width: int = 640, colours: Colours = Colours()) -> str:
    """The whole guide; ``shot_file(name)`` is a picture's path (missing: its caption in brackets)."""
    body = "\n".join(block_html(block, shot_file, width, colours) for block in guide.blocks)
    return f"<html><body><h1>{escape(guide.title, quote=False)}</h1>\n{body}</body></html>"
