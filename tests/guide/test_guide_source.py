"""The shipped guides: in the subset, every F1 part in both languages, every picture they name made by the
screenshots command and there; the subset's refusals name their line."""

from __future__ import annotations

import pytest
from PIL import Image

from app.errors import DomainError
from app.guide.parser import GuideError, parse
from app.guide.source import ANCHORS, LANGUAGES, SHOTS, guide_dir, load_guide, problems, shot_path
from app.paths import resources_dir

SHOTS_BUDGET = 6 * 1024 * 1024  # both languages together


def backups_screen_exists() -> bool:
    """File → Backups… is in this app (the durability work): then its picture must be made too."""
    return any((resources_dir().parent / "ui" / "storage").glob("backups_*.py"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_parses_and_has_every_part_f1_opens_and_every_picture_it_names(lang):
    guide = load_guide(lang)
    assert guide.title
    assert problems(guide, lang) == []
    assert set(ANCHORS) <= set(guide.anchors())


def test_both_languages_have_the_same_parts():
    nl, en = load_guide("nl"), load_guide("en")
    assert nl.anchors() == en.anchors()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_shot_the_screenshots_command_makes_is_there_small_and_full_screen(lang):
    expected = [name for name in SHOTS if name != "backups" or backups_screen_exists()]
    for name in expected:
        path = shot_path(lang, name)
        assert path.is_file(), f"{path}: run scripts/screenshots --guide"
        with Image.open(path) as image:
            assert image.size == (1366, 768) and image.mode == "P", (path, image.size, image.mode)  # PNG-8
    made = {path.stem for path in (guide_dir() / "shots" / lang).glob("*.png")}
    assert made <= set(SHOTS)


def test_the_pictures_together_stay_small():
    total = sum(path.stat().st_size for path in (guide_dir() / "shots").rglob("*.png"))
    assert total < SHOTS_BUDGET


GOOD = "# Title\n\n## Part {#part}\n\nText with **bold**, *italic*, `F1` and [a link](#part).\n"


def test_the_whole_subset_is_read():
    guide = parse(GOOD + "\n### Sub\n\n- one\n  more\n- two\n\n1. first\n2. second\n\n> A note\n> on two lines\n\n![A picture](shot:start)\n")
    kinds = [block.kind for block in guide.blocks]
    assert kinds == ["heading", "paragraph", "heading", "bullets", "numbered", "note", "picture"]
    assert [span.kind for span in guide.blocks[1].spans] == ["text", "bold", "text", "italic", "text", "code", "text", "link", "text"]
    assert guide.blocks[3].items[0][0].text == "one more"
    assert guide.blocks[5].text == "A note on two lines"
    assert guide.shots() == ["start"] and guide.anchors() == ["part"]
    assert [b.text for b in guide.contents()] == ["Part", "Sub"]


@pytest.mark.parametrize(("added", "line", "words"), [
    ("| a | b |", 7, "no tables"),
    ("<b>bold</b>", 7, "no HTML"),
    ("Some <i>html</i> inline", 7, "no HTML"),
    ("```", 7, "no code blocks"),
    ("#### Deep", 7, "only #, ## and ### headings"),
    ("## No anchor", 7, "has an anchor"),
    ("## Bad anchor {#Big_One}", 7, "anchor"),
    ("## Again {#part}", 7, "on line 3 already"),
    ("# Second title", 7, "one title"),
    ("* star bullet", 7, "'- '"),
    ("An *unclosed star", 7, "unmatched '*'"),
    ("An `unclosed tick", 7, "unmatched '`'"),
    ("A [web link](https://example.org)", 7, "part of the guide"),
    ("A [link](#nowhere)", 7, "#nowhere"),
    ("![picture](file.png)", 7, "shot:NAME"),
    ("Text then ![picture](shot:start) inline", 7, "own"),
    ("- item\nnot an item", 8, "list"),
    ("Text\n## Heading {#h}", 8, "blank line"),
    ("> note\nnot the note", 8, "'> '"),
    ("    indented code", 7, "indented"),
    ("---", 7, "horizontal"),
])
def test_what_is_not_in_the_subset_is_refused_with_its_line(added, line, words):
    with pytest.raises(GuideError) as refused:
        parse(GOOD + "\n" + added + "\n")
    assert refused.value.line == line and words in refused.value.message and f"line {line}" in refused.value.message


def test_the_title_comes_first():
    with pytest.raises(GuideError) as refused:
        parse("Intro\n\n# Title\n")
    assert refused.value.line == 1


def test_a_missing_guide_or_language_is_a_domain_error(monkeypatch, tmp_path):
    with pytest.raises(DomainError) as unknown:
        load_guide("de")
    assert unknown.value.code == "guide_language"
    monkeypatch.setattr("app.guide.source.guide_dir", lambda: tmp_path)
    with pytest.raises(DomainError) as missing:
        load_guide("nl")
    assert missing.value.code == "guide_unreadable"


def test_problems_names_a_missing_part_and_a_picture_that_is_not_made():
    guide = parse("# T\n\n## Start {#start}\n\n![x](shot:nonsense)\n\n![y](shot:start)\n")
    found = problems(guide, "nl")
    assert "no part #keyboard" in found and any("shot:nonsense" in p for p in found)
    assert not any("shot:start" in p for p in found)
