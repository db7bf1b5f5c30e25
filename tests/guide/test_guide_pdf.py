"""The guide's PDF: from the same source, every part a bookmark, pictures in, the CLI's refusals leave no file."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.cli import build_parser, run_command
from app.guide.source import load_guide
from app.pdf.guide import render_guide


def _outline_titles(reader: PdfReader) -> list[str]:
    titles = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_pdf_has_every_part_as_a_bookmark_and_its_pictures(lang):
    guide = load_guide(lang)
    out = io.BytesIO()
    pages = render_guide(guide, lang, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == pages > len([b for b in guide.contents() if b.level == 2])  # a contents page, a page per part
    parts = [b.text for b in guide.contents()]
    assert _outline_titles(reader) == parts
    first = reader.pages[0].extract_text()
    assert guide.title.split()[0] in first and parts[0] in first  # the title and the contents
    pictures = sum(len(page.images) for page in reader.pages)
    assert pictures == len(guide.shots())


def _cli(*argv: str) -> int:
    return run_command(build_parser().parse_args(list(argv)), io.StringIO())


def test_the_command_writes_the_pdf_without_a_database(tmp_path, monkeypatch):
    monkeypatch.setenv("STAATSPRINT_DB", str(tmp_path / "never.sqlite"))
    out = tmp_path / "gids.pdf"
    assert _cli("guide", "pdf", "--lang", "en", "--out", str(out)) == 0
    assert PdfReader(out).pages and not (tmp_path / "never.sqlite").exists()


def test_given_a_folder_the_command_writes_the_default_name_in_dutch(tmp_path, monkeypatch):
    (tmp_path / "guide.nl.md").write_text("# Gids\n\n## Start {#start}\n\nWelkom.\n", encoding="utf-8")
    monkeypatch.setattr("app.guide.source.guide_dir", lambda: tmp_path)
    assert _cli("guide", "pdf", "--out", str(tmp_path)) == 0
    assert "Welkom" in PdfReader(tmp_path / "staatsprint-guide-nl.pdf").pages[-1].extract_text()


def test_a_folder_that_is_not_there_is_said_and_nothing_written(tmp_path, capsys):
    assert _cli("guide", "pdf", "--lang", "nl", "--out", str(tmp_path / "missing" / "g.pdf")) == 2
    assert "does not exist" in capsys.readouterr().err and not (tmp_path / "missing").exists()


def test_a_broken_guide_is_refused_with_its_line_and_no_file(tmp_path, monkeypatch, capsys):
    (tmp_path / "guide.nl.md").write_text("# Gids\n\n## Start {#start}\n\n| a | table |\n", encoding="utf-8")
    monkeypatch.setattr("app.guide.source.guide_dir", lambda: tmp_path)
    out = tmp_path / "g.pdf"
    out.write_bytes(b"an earlier file")
    assert _cli("guide", "pdf", "--lang", "nl", "--out", str(out)) == 2
    assert "guide line 5: no tables" in capsys.readouterr().err
    assert out.read_bytes() == b"an earlier file" and [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_arrows_stars_and_warnings_are_drawn_where_noto_sans_has_none(tmp_path, monkeypatch):
    (tmp_path / "guide.en.md").write_text("# Guide\n\n## Start {#start}\n\n**File → New event…** ★ ⚠ ← ë €\n", encoding="utf-8")
    monkeypatch.setattr("app.guide.source.guide_dir", lambda: tmp_path)
    out = io.BytesIO()
    render_guide(load_guide("en"), "en", out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    text = reader.pages[-1].extract_text()
    assert all(char in text for char in "→★⚠←ë€")
    bases = {str(font.get_object()["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert bases and not any("Helvetica" in base or "Zapf" in base for base in bases)  # only embedded TrueType subsets


def test_a_minus_sign_and_the_steps_list_button_are_drawn_not_dropped(tmp_path, monkeypatch):
    """Noto Sans has no U+2212 and no ☰: without a stand-in "−1 min" read "1 min" in the PDF."""
    (tmp_path / "guide.en.md").write_text("# Guide\n\n## Start {#start}\n\n**\u22121 min** and the **\u2630** button\n", encoding="utf-8")
    monkeypatch.setattr("app.guide.source.guide_dir", lambda: tmp_path)
    out = io.BytesIO()
    render_guide(load_guide("en"), "en", out)
    text = PdfReader(io.BytesIO(out.getvalue())).pages[-1].extract_text()
    assert "\u20131 min" in text and "\u039e" in text
