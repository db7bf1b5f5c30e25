"""The words the PDFs print themselves (titles, labels, "nog niet ingevuld"), in Dutch and English.

The UI's texts are Qt translations; a PDF is made in app/ without Qt, so its own words live here.
``word(key, lang)`` returns the text; add new keys at the end of WORDS, one line each.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {  # key: (Dutch, English)
    "page": ("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "not_filled_in": ("Nog niet ingevuld", "Not filled in yet"),
    "dossier": ("Teamdossier", "Team dossier"),
    "challenge": ("Challenge", "Challenge"),
    "members": ("Teamleden", "Team members"),
    "presenter": ("Presentator", "Presenter"),
    "yell": ("Teamyell", "Team yell"),
    "made_at": ("Stand van {date}, {time} uur", "As of {date}, {time}"),
    "still_missing": ("Wat nog ontbreekt", "What is still missing"),
    "problem": ("Probleemstelling", "Problem statement"),
    "board": ("Braindump en clusters", "Brain dump and clusters"),
    "board_notes": ("{notes} notities in {clusters} clusters", "{notes} notes in {clusters} clusters"),
    "in_full": ("Ingekorte teksten in hun geheel", "Shortened texts in full"),
    "knelpunten": ("Knelpunten", "Pain points"),
    "knelpunt": ("Knelpunt", "Pain point"),
    "cluster": ("Cluster", "Cluster"),
    "dots": ("Stippen", "Dots"),
    "kept": ("gekozen", "kept"),
    "vehicle": ("Build Your Vehicle", "Build Your Vehicle"),
    "theme": ("Thema en hoe-kunnen-we-vraag", "Theme and how-might-we question"),
    "winning_theme": ("Gekozen thema", "Chosen theme"),
    "winning_hkw": ("Hoe-kunnen-we-vraag", "How-might-we question"),
    "tie_break": ("Gelijke stand", "Tie"),
    "themes": ("Alle thema's", "All themes"),
    "race": ("Idea Race", "Idea Race"),
    "round": ("Ronde", "Round"),
    "ideas_count": ("Ideeën", "Ideas"),
    "total": ("Totaal", "Total"),
    "rank": ("Plaats {rank} van {teams} teams", "Place {rank} of {teams} teams"),
    "race_winner": ("Winnaar van de Idea Race", "Winner of the Idea Race"),
    "no_race": ("Dit team deed niet mee aan de Idea Race.", "This team did not take part in the Idea Race."),
    "ideas": ("Gekozen ideeën", "Kept ideas"),
    "idea": ("Idee", "Idea"),
    "votes": ("Stemmen", "Votes"),
    "chosen": ("gekozen voor de pitch", "chosen for the pitch"),
    "crystal_ball": ("Crystal Ball", "Crystal Ball"),
    "years": ("{years} jaar", "{years} yr"),
    "storyboard": ("Storyboard", "Storyboard"),
    "panel": ("Paneel {number}", "Panel {number}"),
    "taken_over": ("Overgenomen uit eerder werk", "Taken over from earlier work"),
    "linked": ("Zelfde als een eerdere vraag", "Same as an earlier question"),
    "continued": ("(vervolg)", "(continued)"),
    "tasks": ("Taakverdeling", "Task split"),
    "nobody": ("nog niemand", "nobody yet"),
    "no_challenge": ("nog geen challenge gekozen", "no challenge chosen yet"),
    "pitch": ("Pitch en actieplan", "Pitch and action plan"),
    "months": (
        "januari februari maart april mei juni juli augustus september oktober november december",
        "January February March April May June July August September October November December",
    ),
    "poster_problem": ("Het probleem", "The problem"),
    "poster_for_whom": ("Voor wie", "For whom"),
    "poster_idea": ("Ons idee", "Our idea"),
    "poster_path": ("Zo komen we er", "How we get there"),
    "poster_who_needed": ("Wie hebben we nodig", "Who we need"),
    "poster_cost": ("Wat kost het", "What it costs"),
    "poster_yell": ("Onze yell", "Our yell"),
    "poster_sheet": ("Vel {sheet} van {sheets}", "Sheet {sheet} of {sheets}"),
    "poster_title": ("Flip-overpitch", "Flip-over pitch"),
    "poster_no_challenge": ("Nog geen challenge gekozen", "No challenge chosen yet"),
    "report_title": ("Verslag van de dag", "Report of the day"),
    "report_contents": ("Inhoud", "Contents"),
    "report_without_names": ("Zonder namen en organisaties van deelnemers", "Without participants' names and organisations"),
    "report_no_challenge": ("Zonder challenge", "Without a challenge"),
    "report_teams_count": ("{count} teams", "{count} teams"),
    "report_team_count": ("1 team", "1 team"),
    "report_idea": ("Gepitcht idee", "Pitched idea"),
    "report_pitch": ("Pitch", "Pitch"),
    "report_vehicle_empty": ("Nog geen briefjes op het voertuig.", "No notes on the vehicle yet."),
    "report_numbers": ("De dag in cijfers", "The day in numbers"),
    "report_teams": ("teams", "teams"),
    "report_participants": ("deelnemers", "participants"),
    "report_notes": ("briefjes", "notes"),
    "report_ideas": ("ideeën", "ideas"),
    "report_votes": ("stemmen", "votes"),
    "board_loose": ("Briefjes buiten een cluster", "Notes outside a cluster"),
    "board_all_notes": ("Alle briefjes van dit cluster", "Every note of this cluster"),
}


def word(key: str, lang: str, **values: object) -> str:
    """The text of ``key`` in ``lang`` ("nl" or "en"), with ``{name}`` placeholders filled from ``values``."""
    dutch, english = WORDS[key]
    text = dutch if lang == "nl" else english
    return text.format(**values) if values else text
