"""The audience prize's slips as a PDF: each member's name, team and code, packed ten to a page in team
order, the header never cut."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.errors import DomainError
from app.jury.audience import make_codes, slips
from app.pdf import fonts
from app.pdf.audience_slips import header_lines, save_slips, slips_pdf
from tests.jury.reveal_event import make_event


def test_the_slips_carry_each_members_name_and_code(sqlite_store, tmp_path):
    event = make_event(sqlite_store)
    make_codes(event.store, event.event_id, event.template.jury)
    path = tmp_path / "slips.pdf"
    assert save_slips(event.store, event.event_id, "nl", path) == 12
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert len(pages) == 2  # twelve slips, packed ten to a page: teams share a page
    for index, slip in enumerate(slips(event.store, event.event_id)):
        page = pages[index // 10]
        assert slip.member in page and " ".join(slip.code) in page and f"Team {slip.team_number}" in page
    assert "Publieksprijs" in pages[0] and "Jouw stemcode" in pages[0] and "één keer" in pages[0]


def test_a_long_event_name_is_set_smaller_or_over_two_lines_never_cut(sqlite_store, tmp_path):
    event = make_event(sqlite_store)
    make_codes(event.store, event.event_id, event.template.jury)
    name = "Staatsprint digitale overheid voor burgers en ondernemers in de regio Utrecht-West"
    path = tmp_path / "slips.pdf"
    with path.open("wb") as out:
        slips_pdf(out, slips(event.store, event.event_id), name, "nl")
    text = PdfReader(path).pages[0].extract_text()
    assert "…" not in text and "Utrecht-West" in text and "burgers" in text
    size, lines = header_lines(f"Publieksprijs · {name}", 200)
    assert len(lines) == 2 and " ".join(lines) == f"Publieksprijs · {name}"
    assert all(fonts.width(line, size, fonts.BOLD) <= 200 for line in lines)
    assert header_lines("Publieksprijs · Dag", 200) == (8.5, ["Publieksprijs · Dag"])


def test_no_slips_without_codes_and_no_file_left(sqlite_store, tmp_path):
    event = make_event(sqlite_store)
    with pytest.raises(DomainError) as refused:
        save_slips(event.store, event.event_id, "nl", tmp_path / "slips.pdf")
    assert refused.value.code == "audience_no_codes" and not list(tmp_path.glob("slips*"))


def test_a_folder_that_cannot_be_written_is_refused(sqlite_store, tmp_path):
    event = make_event(sqlite_store)
    make_codes(event.store, event.event_id, event.template.jury)
    with pytest.raises(DomainError) as refused:
        save_slips(event.store, event.event_id, "nl", tmp_path / "missing" / "slips.pdf")
    assert refused.value.code == "slips_not_written"
