"""Participants for the formation board's tests and screenshots: realistic Dutch names, organisations
and functies, put in the database as an import would leave them (no team yet)."""

from __future__ import annotations

from app.storage.store import Store
from db.models import Member

# (name, organisation, functie, e-mail)
RIJKS = [
    ("Sanne van der Meulen", "Gemeente Utrecht", "Informatiemanager", "s.vandermeulen@utrecht.nl"),
    ("Emre Yılmaz", "UWV", "Functioneel beheerder", "emre.yilmaz@uwv.nl"),
    ("Noëlle Hendriks", "Belastingdienst", "Beleidsmedewerker", "n.hendriks@belastingdienst.nl"),
    ("Ravi Ramsaran", "RvIG", "Enterprise-architect", "ravi.ramsaran@rvig.nl"),
    ("Joost de Wit", "Logius", "API-ontwikkelaar", "joost.dewit@logius.nl"),
    ("Karin Bosma", "DUO", "Senior inkoopadviseur", "karin.bosma@duo.nl"),
    ("Youssef Bouzid", "Gemeente Utrecht", "Product owner", "y.bouzid@utrecht.nl"),
    ("Anouk Tjoa", "Belastingdienst", "Juridisch adviseur", "a.tjoa@belastingdienst.nl"),
    ("Piotr Kowalczyk", "UWV", "Lead architect", "piotr.kowalczyk@uwv.nl"),
    ("Dewi Wongsodikromo", "DUO", "HR-adviseur", "dewi.wongsodikromo@duo.nl"),
    ("Bram IJzerman", "Gemeente Utrecht", "Teamleider IT-beheer", "b.ijzerman@utrecht.nl"),
    ("Zeynep Aydın", "Logius", "Service designer", "zeynep.aydin@logius.nl"),
    ("Marco Lindeboom", "RvIG", "CISO", "marco.lindeboom@rvig.nl"),
    ("Priscilla Amoah", "Belastingdienst", "Data-analist", "p.amoah@belastingdienst.nl"),
    ("Ahmed Benali", "UWV", "Enterprise-architect", "ahmed.benali@uwv.nl"),
    ("Loes Zijlstra", "Gemeente Utrecht", "Privacy officer", "l.zijlstra@utrecht.nl"),
    ("Wiebe Postma", "Logius", "Full-stack developer", "wiebe.postma@logius.nl"),
    ("Irene Sitompul", "DUO", "Agile coach", "irene.sitompul@duo.nl"),
    ("Fatima El Amrani", "RvIG", "Contractmanager ICT", "fatima.elamrani@rvig.nl"),
    ("Gülşen Demir", "Belastingdienst", "Scrum master", "g.demir@belastingdienst.nl"),
    ("Jeroen van den Heuvel", "UWV", "Data-engineer", "jeroen.vandenheuvel@uwv.nl"),
    ("Naima Ouali", "Gemeente Utrecht", "Teamleider data", "n.ouali@utrecht.nl"),
    ("Tomasz Nowak", "DUO", "Cloud engineer", "tomasz.nowak@duo.nl"),
    ("Lotte van Dam", "Logius", "IT-trainee", "lotte.vandam@logius.nl"),
]

# ~20 people of three organisations, for the tests
THREE = [(name, org, job, mail) for name, org, job, mail in RIJKS if org in ("Gemeente Utrecht", "UWV", "Belastingdienst")]
THREE += [
    ("Hanneke de Boer", "Gemeente Utrecht", "Wethouder", "h.deboer@utrecht.nl"),
    ("Kees Hoogendijk", "UWV", "Directeur bedrijfsvoering", "kees.hoogendijk@uwv.nl"),
    ("Mirjam de Lange", "Belastingdienst", "Programmamanager", "m.delange@belastingdienst.nl"),
    ("Daan Vermeulen", "UWV", "Data-engineer", "daan.vermeulen@uwv.nl"),
    ("Ellen Mulder", "Gemeente Utrecht", "Afdelingshoofd", "e.mulder@utrecht.nl"),
    ("Sven Oosterhuis", "Belastingdienst", "API-productmanager", "s.oosterhuis@belastingdienst.nl"),
]


def add_people(store: Store, event_id: int, people, challenge_key: str | None) -> list[int]:
    """The people as participants of the event preferring ``challenge_key``, not in a team yet: their ids."""
    with store.write() as session:
        rows = [Member(event_id=event_id, team_id=None, position=index, name=name, organisation=org, job_title=job,
                       email=mail, challenge_pref=challenge_key) for index, (name, org, job, mail) in enumerate(people)]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]
