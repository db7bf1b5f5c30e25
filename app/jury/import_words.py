"""The import report's words for the command line, in Dutch and English (the CLI has no Qt).

Keyed by the outcome kinds of app/jury/merge_report.py and the refusal codes an import can give; the
texts are the window's own (ui/jury/import_report_dialog.py and the ui/*_messages.py tables with their
Dutch in scripts/nl_texts_jury.py), so the command and the window say the same. A code missing here
falls back to the DomainError's English message.
"""

from __future__ import annotations

from app.jury.merge_report import OUTCOMES, FileOutcome, ImportReport

OUTCOME_WORDS: dict[str, tuple[str, str]] = {  # outcome: (Dutch, English)
    "accepted": ("Geaccepteerd", "Accepted"),
    "duplicate": ("Dubbel", "Duplicate"),
    "superseded": ("Vervangen", "Superseded"),
    "after_close": ("Na sluiting", "After close"),
    "refused": ("Geweigerd", "Refused"),
}

SUMMARY = ("Jurybestanden geïmporteerd: {accepted} geaccepteerd, {duplicate} dubbel, {superseded} vervangen, "
           "{after_close} na sluiting, {refused} geweigerd.",
           "Juror files imported: {accepted} accepted, {duplicate} duplicate, {superseded} superseded, "
           "{after_close} after close, {refused} refused.")
WHO = ("{juror}, versie {revision}", "{juror}, revision {revision}")

REASONS: dict[str, tuple[str, str]] = {  # code: (Dutch, English), filled from the entry's params
    "juror_file_accepted": ("In gebruik.", "In use."),
    "juror_file_accepted_replaces": ("In gebruik; vervangt versie {replaces}.", "In use; replaces revision {replaces}."),
    "juror_file_duplicate": ("Al eerder ontvangen: er is niets veranderd.", "Received before: nothing changed."),
    "juror_file_older_kept": ("Ouder dan versie {newer}, die al binnen was: bewaard voor het overzicht, de scores blijven gelijk.",
                              "Older than revision {newer}, received before: kept for the record, the scores are unchanged."),
    "juror_file_replaced_here": ("Vervangen door versie {newer} uit deze import.", "Replaced by revision {newer} of this import."),
    "juror_file_after_close": ("Het scoren is gesloten: vastgehouden tot de juryvoorzitter het accepteert; de scores blijven gelijk.",
                               "Scoring is closed: held until the chair accepts it; the scores are unchanged."),
    "jury_not_set_up": ("Dit evenement heeft nog geen jury: stel eerst de juryleden in en stuur hun jurykits.",
                        "This event has no jury yet: set up the jurors and send their kits first."),
    "juror_file_other_event": ("Gemaakt voor een ander evenement.", "Made for another event."),
    "juror_file_unknown_juror": ("Gemaakt door een jurylid dat dit evenement niet kent.", "Made by a juror this event does not know."),
    "juror_file_old_rubric": ("Gemaakt voor eerdere beoordelingscriteria (versie {version}; nu {now}): het jurylid heeft een nieuwe jurykit nodig.",
                              "Made for an earlier rubric (version {version}; now {now}): the juror needs a new kit."),
    "juror_file_other_rubric": ("Gemaakt voor beoordelingscriteria die sindsdien zijn gewijzigd: het jurylid heeft een nieuwe jurykit nodig.",
                                "Made for a rubric that has changed since: the juror needs a new kit."),
    "juror_file_malformed": ("Het veld “{field}” is niet zoals in een Staatsprint-jurybestand.",
                             "Its “{field}” is not as a Staatsprint juror file has it."),
    "juror_file_unknown_team": ("Het scoort een team dat dit evenement niet heeft.", "It scores a team this event does not have."),
    "juror_file_recused": ("Het scoort {team}, terwijl {juror} zich bij dat team onthoudt.", "It scores {team}, from which {juror} is recused."),
    "juror_file_not_seen_scored": ("Het markeert {team} als niet gezien en scoort het toch.", "It marks {team} not seen and scores it too."),
    "juror_file_out_of_scale": ("{team} heeft {value} voor “{criterion_nl}”, buiten de schaal {min}–{max}.",
                                "{team} has {value} for “{criterion}”, outside its scale {min}–{max}."),
    "juror_file_missing_score": ("{team} heeft geen score voor “{criterion_nl}” en is niet als niet gezien gemarkeerd.",
                                 "{team} has no score for “{criterion}” and is not marked not seen."),
    "juror_file_unknown_criterion": ("Het scoort {team} op een criterium dat niet bij de beoordelingscriteria hoort ({key}).",
                                     "It scores {team} on a criterion the rubric does not have ({key})."),
    "juror_file_team_twice": ("Het noemt {team} twee keer.", "It lists {team} twice."),
    "juror_file_missing_team": ("Het bevat niets voor {team} (ook geen “niet gezien”): was de jurykit ouder dan de teamlijst?",
                                "It has nothing for {team} (not even “not seen”): was the kit older than the team list?"),
    "juror_file_text": ("Een opmerking bij {team} kan niet worden opgeslagen: {reason}", "A comment for {team} cannot be stored: {reason}"),
    "juror_file_revision_clash": ("Versie {revision} van {juror} is eerder met andere scores ontvangen: vraag het jurylid welke klopt en laat een nieuwe versie afronden.",
                                  "Revision {revision} of {juror} was received before with other scores: ask the juror which is right and to finalise a new revision."),
    "juror_file_older_differs": ("Deze versie {revision} wijkt af van de versie {revision} die al binnen was, maar verandert niets: de nieuwere versie {newer} telt.",
                                 "This revision {revision} differs from the revision {revision} received before, but changes nothing: the newer revision {newer} counts."),
    "sealed_too_large": ("{name} is veel te groot voor een Staatsprint-bestand; er is niets gelezen.",
                         "{name} is far too large to be a Staatsprint file; nothing was read."),
    "sealed_unreadable": ("{name} kon niet worden gelezen (is de USB-stick verwijderd?).", "{name} could not be read (a removed USB stick?)."),
    "sealed_missing": ("{name} bestaat niet: klopt de naam of de map?", "{name} does not exist: is the name or the folder right?"),
    "sealed_not_json": ("{name} is geen Staatsprint-bestand, of het is bij het kopiëren afgebroken.",
                        "{name} is not a Staatsprint file, or it was cut off while copying."),
    "sealed_not_sealed": ("{name} is geen ondertekend Staatsprint-bestand.", "{name} is not a signed Staatsprint file."),
    "sealed_wrong_kind": ("{name} is een ander soort Staatsprint-bestand dan hier verwacht.",
                          "{name} is another kind of Staatsprint file than the one expected here."),
    "sealed_kit_not_scores": ("{name} is een jurykit, geen jurybestand: importeer de bestanden „Juryscores …” die de juryleden inleveren.",
                              "{name} is a jury kit, not a juror file: import the “Juryscores …” files the jurors hand in."),
    "sealed_newer": ("{name} is gemaakt met een nieuwere Staatsprint: werk de app bij om het te openen.",
                     "{name} was made by a newer Staatsprint: update the app to open it."),
    "sealed_unknown_key": ("{name} is niet voor dit evenement gemaakt (of door iemand die het niet kent).",
                           "{name} was not made for this event (or by someone it does not know)."),
    "sealed_altered": ("{name} is gewijzigd nadat het is ondertekend; het wordt niet gebruikt. Vraag om het oorspronkelijke bestand.",
                       "{name} was changed after it was signed; it is not used. Ask for the original file."),
}


def reason_key(entry: FileOutcome) -> str:
    """The key of REASONS for ``entry``: its code, or the variant its params call for."""
    p = entry.params
    if entry.code == "juror_file_accepted" and p.get("replaces"):
        return "juror_file_accepted_replaces"
    if entry.code == "sealed_unreadable" and p.get("missing"):
        return "sealed_missing"
    if entry.code == "sealed_wrong_kind" and (p.get("found"), p.get("expected")) == ("jury_kit", "juror_scores"):
        return "sealed_kit_not_scores"
    return entry.code


def reason(entry: FileOutcome, lang: str) -> str:
    """What became of the file, and why, in ``lang``."""
    texts = REASONS.get(reason_key(entry))
    if texts is None:
        return entry.message
    values = {"criterion_nl": entry.params.get("criterion", ""), **entry.params}
    return texts[0 if lang == "nl" else 1].format_map(_Blank(values))


CLAIMED = ("volgens het bestand, niet geverifieerd: {name}", "according to the file, unverified: {name}")


def report_lines(report: ImportReport, lang: str) -> list[str]:
    """The summary, then one line per file: what became of it, the file, the juror and revision, why."""
    index = 0 if lang == "nl" else 1
    counts = {outcome: len(report.of(outcome)) for outcome in OUTCOMES} | {"superseded": report.superseded_count}
    lines = [SUMMARY[index].format(**counts)]
    width = max(len(OUTCOME_WORDS[outcome][index]) for outcome in OUTCOMES)
    for entry in report.files:
        who = f"{entry.name} — {WHO[index].format(juror=entry.juror, revision=entry.revision)}" if entry.juror else entry.name
        if not entry.juror and entry.claimed:
            who += f" ({CLAIMED[index].format(name=entry.claimed)})"
        lines.append(f"  {OUTCOME_WORDS[entry.outcome][index]:<{width}}  {who}: {reason(entry, lang)}")
    return lines


class _Blank(dict):
    """Format values where a missing one prints as nothing (an old entry without every param)."""

    def __missing__(self, key: str) -> str:
        return ""
