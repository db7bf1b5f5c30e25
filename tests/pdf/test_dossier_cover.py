"""The dossier's cover stays on its one page, however many members with long organisations, and no page
of the dossier is left nearly empty."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.export.dossier_data import Person
from tests.pdf.dossiers import extreme_dossier, full_dossier
from tests.pdf.test_dossier import page_texts, rendered

LONG_ORGANISATION = ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, directie Digitale Overheid en "
                     "Informatiehuishouding, afdeling Personeelsbeleid van het Rijk")


def _crowded(count: int, yell: str = "Niet weglopen, maar samen lopen!") -> object:
    members = tuple(Person(f"Deelnemer Nummer {i}", LONG_ORGANISATION, ("Teamcaptain",) if i == 1 else ())
                    for i in range(1, count + 1))
    return replace(full_dossier(), members=members, yell=yell)


def near_empty_pages(texts: list[str], least: int = 200) -> list[int]:
    """Page numbers (1-based) whose text, without the header and footer, is shorter than ``least``."""
    return [n for n, text in enumerate(texts, start=1) if len("".join(text.split())) < least]


@pytest.mark.parametrize("count", [5, 8, 12])
def test_the_cover_with_many_long_members_stays_on_one_page(count):
    _, reader = rendered(_crowded(count, yell="Samen sterk! " * 20))
    texts = page_texts(reader)
    assert "Stand van" in texts[0] and "Deelnemer Nummer 1" in texts[0]
    assert f"Deelnemer Nummer {count}" in texts[0]
    assert "Stand van" not in "".join(texts[1:])
    assert texts[1].find("Wat nog ontbreekt") >= 0 or "Probleemstelling" in texts[1]


@pytest.mark.parametrize("make", [full_dossier, extreme_dossier, lambda: _crowded(8)])
def test_no_page_of_a_dossier_is_nearly_empty(make):
    _, reader = rendered(make())
    assert near_empty_pages(page_texts(reader)) == []
