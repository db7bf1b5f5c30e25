"""Open outcomes: what every team worked out, as a JSON document (``resources/outcomes.schema.json``
describes it exactly) or as a set of CSV tables (``app/export/outcomes_csv.py``), made from an
``EventSummary``. Every file is written whole or not at all; a set of CSV tables appears all at once or
not at all.

Per team: the knelpunten and their dots, the themes and their dots (tie-break marked), the problem
statement, the race counts per round, the ideas with their votes (kept and chosen marked), the chosen
idea with its timeline, the pitch and action-plan answers and the challenge's "neem ook mee" questions.
Texts are in the summary's language; names are in it only when the summary has them.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from app.errors import DomainError
from app.export.dossier_data import Answer, EventSummary, TeamDossier
from app.export.files import write_atomically
from app.export.outcomes_csv import Table, csv_bytes, tables
from app.pitch.answers import CONSIDER

FORMAT = "staatsprint-outcomes"
VERSION = 1


def outcomes_document(summary: EventSummary) -> dict:
    """The whole export as JSON-ready data: a format name, a version, the event and its teams."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "event": {
            "name": summary.event_name,
            "day": summary.event_day.isoformat(),
            "location": summary.location,
            "made_at": summary.made_at.isoformat(),
            "language": summary.lang,
            "with_names": summary.with_names,
            "challenges": list(summary.challenges),
            "participants": summary.participants,
            "notes": summary.notes,
            "ideas": summary.ideas,
            "votes": summary.votes,
        },
        "teams": [_team(team) for team in summary.teams],
    }


def write_outcomes_json(summary: EventSummary, path: Path | str) -> Path:
    """The document as UTF-8 JSON at ``path``, written whole or not at all."""
    text = json.dumps(outcomes_document(summary), ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, lambda out: out.write(text.encode("utf-8")))
    return Path(path)


def write_outcomes_csv(summary: EventSummary, folder: Path | str) -> list[Path]:
    """Every table as ``<name>.csv`` in ``folder``, all or none (``write_csv_tables``)."""
    return write_csv_tables(tables(summary), folder)


def write_csv_tables(named: dict[str, Table], folder: Path | str) -> list[Path]:
    """Every table as ``<name>.csv`` in ``folder``, all or none: each is written under a hidden name
    first, and only when all are there are they renamed; a failure removes what this call wrote."""
    folder = Path(folder)
    token = uuid.uuid4().hex[:8]
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for name, table in named.items():
            data = csv_bytes(table)
            hidden, final = folder / f".{name}.{token}.staged", folder / f"{name}.csv"
            _stage(hidden, final, data)
            staged.append((hidden, final))
        for hidden, final in staged:
            _rename(hidden, final)
            placed.append(final)
    except BaseException:
        for path in placed:
            path.unlink(missing_ok=True)
        raise
    finally:
        for hidden, _final in staged:
            hidden.unlink(missing_ok=True)
    return placed


def _stage(hidden: Path, final: Path, data: bytes) -> None:
    """``data`` under the hidden name; a refusal speaks of the file's own name."""
    try:
        write_atomically(hidden, lambda out: out.write(data))
    except DomainError as exc:
        raise DomainError(exc.code, exc.message.replace(hidden.name, final.name), **{**exc.params, "path": str(final)}) from exc


def _rename(hidden: Path, final: Path) -> None:
    try:
        os.replace(hidden, final)
    except OSError as exc:
        raise DomainError("export_failed", f"The CSV files were not written to {final.parent} ({exc.strerror or exc}).",
                          path=str(final), reason=str(exc.strerror or exc)) from exc


def _team(team: TeamDossier) -> dict:
    problem = team.problem
    return {
        "number": team.team_number,
        "name": team.team_name,
        "challenge": team.challenge,
        "challenge_question": team.challenge_question,
        "participants": team.participants,
        "members": [{"name": p.name, "organisation": p.organisation, "roles": list(p.roles)} for p in team.members],
        "presenter": team.presenter,
        "problem_statement": {
            "sentence": problem.sentence if problem else "",
            "answers": [_qa(q, a) for q, a in problem.answers] if problem else [],
            "missing": list(problem.missing) if problem else [],
        },
        "knelpunten": [{"title": k.title, "dots": k.dots, "kept": k.kept, "cluster": k.cluster} for k in team.knelpunten],
        "themes": [{"name": t.name, "dots": t.dots, "kept": t.kept, "tie_break": t.tie_break, "decided_by": t.decided_by,
                    "hkws": list(t.hkws), "best_hkw": t.best_hkw} for t in team.themes],
        "winning_theme": team.winning_theme,
        "winning_hkw": team.winning_hkw,
        "tie_break": team.tie_break,
        "race": _race(team),
        "ideas": [{"text": i.text, "votes": i.votes, "kept": i.kept, "chosen": i.chosen} for i in team.ideas],
        "chosen_idea": {"title": team.chosen_idea, "timeline": _timeline(team)},
        "answers": [_answer(section.key, section.title, a) for section in team.sections if section.key != CONSIDER
                    for a in section.answers],
        "challenge_questions": [_answer(section.key, section.title, a) for section in team.sections if section.key == CONSIDER
                                for a in section.answers],
        "yell": team.yell,
        "missing": list(team.missing),
    }


def _qa(question: str, answer: str) -> dict:
    return {"question": question, "answer": answer}


def _race(team: TeamDossier) -> dict | None:
    race = team.race
    if race is None:
        return None
    return {"rounds": [{"title": r.title, "count": r.count} for r in race.rounds], "total": race.total, "rank": race.rank,
            "teams": race.teams, "winner": race.winner, "prize_sheets": race.prize_sheets, "final": race.final}


def _timeline(team: TeamDossier) -> list[dict]:
    """The chosen idea's (or combination's) moments, each idea's in the order of time."""
    return [{"idea": ball.idea, "years": moment.years, "kind": moment.kind, "title": moment.title, "body": moment.body,
             "answers": [_qa(q, a) for q, a in moment.answers]}
            for ball in team.crystal_balls if ball.chosen for moment in ball.moments]


def _answer(section: str, title: str, answer: Answer) -> dict:
    return {"section": section, "section_title": title, "key": answer.key, "question": answer.question,
            "answer": answer.text, "source": answer.source}
