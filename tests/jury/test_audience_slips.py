"""The audience prize's slips as a PDF: each member's name, team and code, a team's slips together."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.errors import DomainError
from app.jury.audience import make_codes, slips
from app.pdf.audience_slips import save_slips
from tests.jury.reveal_event import make_event


def test_the_slips_carry_each_members_name_and_code(sqlite_store, tmp_path):
    event = make_event(sqlite_store)
    make_codes(event.store, event.event_id, event.template.jury)
    path = tmp_path / "slips.pdf"
    assert save_slips(event.store, event.event_id, "nl", path) == 12
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert len(pages) == 4  # a page per team
    for slip in slips(event.store, event.event_id):
        page = pages[slip.team_number - 1]
        assert slip.member in page and " ".join(slip.code) in page and f"Team {slip.team_number}" in page
    assert "Publieksprijs" in pages[0] and "Jouw stemcode" in pages[0] and "één keer" in pages[0]


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
