"""A registration export as a Dutch registration form writes it (Microsoft Forms to Excel, saved as CSV
with ";"): 40 civil servants, two people who registered twice, three rows the import refuses and an
empty line. Two headers no rule recognises: "Dieetwensen" and "Werkzaam bij"."""

from __future__ import annotations

from pathlib import Path

HEADERS = ("Dieetwensen", "Voornaam en achternaam", "E-mailadres", "Werkzaam bij", "Functie",
           "Waarom doe je mee?", "Voorkeur challenge")

PEOPLE = (
    ("Sanne van der Meulen", "Gemeente Utrecht", "Informatiemanager", "1"),
    ("Emre Yılmaz", "Gemeente Rotterdam", "Functioneel beheerder belastingen", "1"),
    ("Noëlle Hendriks", "Belastingdienst", "Product owner aangifte", "2"),
    ("Ravi Ramsaran", "UWV", "Enterprise-architect", "1"),
    ("Karin Bosma", "Gemeente Groningen", "Senior inkoopadviseur", "2"),
    ("Youssef Bouzid", "RvIG", "Adviseur BRP-stelsel", "1"),
    ("Anouk Tjoa", "Belastingdienst", "Jurist aanbestedingen", "2"),
    ("Piotr Kowalczyk", "UWV", "Lead architect", "Moderniseren van de gemeentelijke IT"),
    ("Dewi Wongsodikromo", "UWV", "Strategisch HR-adviseur", "3"),
    ("Bram IJzerman", "Gemeente Zwolle", "Teamleider IT-beheer", "1"),
    ("Zeynep Aydın", "Belastingdienst", "Recruiter IT", "Tekort aan IT-personeel"),
    ("Chloë Verbeek", "Gemeente Amsterdam", "Trainee datagedreven werken", "3"),
    ("Marco Lindeboom", "RvIG", "CISO", "2"),
    ("Priscilla Amoah", "Gemeente Den Haag", "Beleidsadviseur dienstverlening", "1"),
    ("Ahmed Benali", "Gemeente Eindhoven", "Enterprise-architect", "1"),
    ("Loes Zijlstra", "Gemeente Leeuwarden", "Product owner digitaal loket", "1"),
    ("Hanneke de Boer", "Gemeente Tilburg", "Afdelingshoofd Publiekszaken", "1"),
    ("Wiebe Postma", "UWV", "Full-stack developer", "3"),
    ("Irene Sitompul", "Gemeente Rotterdam", "Privacy officer", "2"),
    ("Fatima El Amrani", "Belastingdienst", "Contractmanager ICT", "2"),
    ("Gülşen Demir", "RvIG", "Agile coach", "3"),
    ("Jeroen van den Heuvel", "Gemeente Arnhem", "CIO", "2"),
    ("Anaïs de Groot", "UWV", "Data-analist", "3"),
    ("Kees Hoogendijk", "Belastingdienst", "Directeur IV-organisatie", "3"),
    ("Naima Ouali", "Gemeente Utrecht", "Teamleider data en informatie", "1"),
    ("Tomasz Nowak", "UWV", "Cloud engineer", "3"),
    ("Indra Soerjadi", "RvIG", "Programmacoördinator", "2"),
    ("Lisa Tjon A Fong", "Gemeente Zwolle", "Junior developer", "3"),
    ("Marloes Kuipers", "Gemeente Almere", "Informatieadviseur sociaal domein", "1"),
    ("Sven Oosterhuis", "Belastingdienst", "API-productmanager", "2"),
    ("Yasmina Haddou", "Gemeente Amsterdam", "Service designer", "1"),
    ("Gerrit Jan Brouwer", "Gemeente Assen", "Coördinator informatievoorziening", "1"),
    ("Lotte van Dam", "RvIG", "IT-trainee", "3"),
    ("Hatice Korkmaz", "UWV", "HR-manager IT", "3"),
    ("Daan Vermeulen", "Gemeente Nijmegen", "Data-engineer", "2"),
    ("Mirjam de Lange", "Belastingdienst", "Programmamanager", "3"),
    ("Kevin Tan", "Gemeente Den Haag", "Medior developer", "1"),
    ("Ellen Mulder", "Gemeente Maastricht", "Hoofd inkoop", "2"),
    ("Bart Claessens", "RvIG", "Contractmanager", "2"),
    ("Sophie Lammers", "UWV", "Solution architect", "1"),
)
WHY = "Ik wil met collega's van andere organisaties werken aan iets dat burgers echt merkt."


def email(name: str) -> str:
    plain = name.lower().translate(str.maketrans("ëïıçşğüé", "eiicsgue")).replace(" ", ".")
    return f"{plain}@voorbeeld.nl"


DIETS = ("geen", "vegetarisch", "", "glutenvrij", "veganistisch", "geen")


def registration_rows(problems: bool = True) -> list[list[str]]:
    """The rows below the header; lines 2-41 are the 40 people, then (``problems``) the duplicates, an
    empty line and the rows the import refuses (lines 42-47)."""
    rows = [[DIETS[i % len(DIETS)], name, email(name), org, job, WHY, pref]
            for i, (name, org, job, pref) in enumerate(PEOPLE)]
    if not problems:
        return rows
    rows += [
        ["vegetarisch", "Noëlle Hendriks", email("Noëlle Hendriks"), "Belastingdienst", "Product owner aangifte", "", "2"],
        ["", "", "", "", "", "", ""],
        ["vegetarisch", "", "p.devries@voorbeeld.nl", "Gemeente Utrecht", "Adviseur", "", "1"],
        ["vegetarisch", "Thijs de Ruiter", "thijs.de.ruiter@voorbeeld.nl", "UWV", "Teamleider", WHY, "7"],
        ["vegetarisch", "Merel Schouten", "merel.schouten@voorbeeld.nl", "Gemeente Almere", "HR-adviseur", WHY, "Duurzaamheid"],
        ["vegetarisch", "Kevin Tan", "", "Gemeente Den Haag", "Medior developer", "", "1"],
    ]
    return rows


def write_registration(path: Path, headers: tuple[str, ...] = HEADERS, problems: bool = True) -> Path:
    """The file, as Excel's "CSV UTF-8" writes it: a BOM, ";" and CRLF."""
    lines = [";".join(headers), *(";".join(cells) for cells in registration_rows(problems))]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path
