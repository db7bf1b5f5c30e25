"""The brain-dump board in the dossier prints its notes readable (at least 6 pt): inline when small, else on
landscape pages in an appendix (whole when wide, cluster by cluster, sharing pages, when that is still too
small), and a huge cluster's notes listed in full under its picture."""

from __future__ import annotations

from dataclasses import replace

from app.export.dossier_data import Board, BoardCluster, BoardNote
from app.pdf.board_pages import READABLE_PT
from tests.pdf.dossiers import extreme_dossier, full_dossier
from tests.pdf.test_dossier import page_texts, rendered, squeezed
from tests.pdf.test_dossier_cover import near_empty_pages


def _cluster(number: int, notes: int, x: float, y: float = 0, columns: int = 3) -> tuple[BoardCluster, list[BoardNote]]:
    rows = (notes + columns - 1) // columns
    cluster = BoardCluster(number, f"Cluster {number}", x, y, 48 + columns * 176, 58 + rows * 144)
    placed = [BoardNote(number * 1000 + i, f"Briefje {number}-{i} over schaarste", x + 24 + (i % columns) * 176,
                        y + 58 + (i // columns) * 144, "yellow", "", number) for i in range(notes)]
    return cluster, placed


def _board(*shape: tuple[int, int]) -> Board:
    """Clusters side by side, ``(notes, columns)`` each, like the app lays them out."""
    clusters, notes, x = [], [], 0.0
    for number, (count, columns) in enumerate(shape, start=1):
        cluster, placed = _cluster(number, count, x, columns=columns)
        clusters.append(cluster)
        notes += placed
        x += cluster.width + 48
    return Board("Braindump", tuple(notes), tuple(clusters))


def _text_sizes(page) -> list[float]:
    """The printed size of every piece of text on ``page`` (points)."""
    sizes: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(size * tm[3] * cm[3])

    page.extract_text(visitor_text=visit)
    return sizes


def _board_pages(reader) -> list:
    """The pages that draw the board (not the line in the flow that points to the appendix)."""
    return [page for page in reader.pages if "Briefje" in page.extract_text()]


def _landscape(page) -> bool:
    return page.mediabox.width > page.mediabox.height


def test_a_small_board_stays_in_the_portrait_flow_readable():
    _, reader = rendered(replace(full_dossier(), board=_board((3, 3))))
    pages = _board_pages(reader)
    assert len(pages) == 1 and pages[0].mediabox.width < pages[0].mediabox.height
    assert min(_text_sizes(pages[0])) >= READABLE_PT


def test_a_wide_board_goes_on_a_landscape_page_in_the_appendix_and_the_flow_points_to_it():
    _, reader = rendered(replace(full_dossier(), board=_board((3, 3), (3, 3))))
    pages = _board_pages(reader)
    assert len(pages) == 1 and _landscape(pages[0]) and pages[0] is reader.pages[-1]
    assert min(_text_sizes(pages[0])) >= READABLE_PT
    assert "Bijlage: braindump en clusters" in pages[0].extract_text()
    upright = [page for page in reader.pages if not _landscape(page)]
    assert len(upright) == len(reader.pages) - 1  # the day's parts flow on upright, with no half-empty page before the board
    flow = squeezed(" ".join(page.extract_text() for page in upright))
    assert squeezed("Braindump en clusters") in flow and squeezed("in de bijlage, achter in dit dossier") in flow
    assert near_empty_pages(page_texts(reader)[1:-1]) == []


def test_a_small_board_of_six_clusters_shares_its_landscape_pages():
    board = _board((9, 3), (6, 3), (6, 3), (6, 3), (9, 3), (6, 3))  # like the demo's team 2: clusters of three and two rows
    _, reader = rendered(replace(full_dossier(), board=board))
    pages = _board_pages(reader)
    assert len(pages) == 2 and all(_landscape(page) for page in pages)
    text = squeezed(" ".join(page.extract_text() for page in pages))
    assert all(squeezed(note.text) in text for note in board.notes)
    assert min(size for page in pages for size in _text_sizes(page)) >= READABLE_PT


def test_the_demos_four_wide_clusters_print_cluster_by_cluster_at_a_readable_size():
    board = _board((3, 3), (3, 3), (5, 3), (3, 3))
    _, reader = rendered(replace(full_dossier(), board=board))
    pages = _board_pages(reader)
    text = squeezed(" ".join(page.extract_text() for page in pages))
    assert all(squeezed(note.text) in text for note in board.notes)
    assert all(page.mediabox.width > page.mediabox.height for page in pages)
    assert min(size for page in pages for size in _text_sizes(page)) >= READABLE_PT


def test_a_huge_cluster_is_drawn_as_a_map_with_all_its_notes_listed_in_full():
    board = _board((3, 3), (160, 3))
    _, reader = rendered(replace(full_dossier(), board=board))
    texts = page_texts(reader)
    joined = squeezed(" ".join(texts))
    assert "Alle briefjes van dit cluster" in " ".join(texts)
    assert all(squeezed(note.text) in joined for note in board.notes)
    assert near_empty_pages(texts) == []


def test_the_extreme_dossiers_board_is_readable_and_its_long_notes_are_in_full():
    dossier = extreme_dossier()
    _, reader = rendered(dossier)
    pages = [page for page in reader.pages if "Braindump en clusters" in page.extract_text()]
    assert pages and min(_text_sizes(pages[0])) >= READABLE_PT
    joined = squeezed(" ".join(page_texts(reader)))
    assert all(squeezed(note.text) in joined for note in dossier.board.notes if len(note.text) > 60)
