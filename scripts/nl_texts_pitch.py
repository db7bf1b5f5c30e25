"""The Dutch UI text of phase 4: the pitch builder, the storyboard, the task split, the phase-4 gate, the
beamer's pitch mode and the exports (read by translate_nl.py beside nl_texts.py and nl_texts_ideation.py;
add a new source at the end, one line each)."""

from __future__ import annotations

DUTCH_PITCH: dict[str, str | tuple[str, str]] = {
    'Who does what?': 'Wie doet wat?',
    "Add the team's members first: then split the tasks here.": 'Voeg eerst de teamleden toe; daarna verdeel je hier de taken.',
    '{done} of {total} tasks split': '{done} van {total} taken verdeeld',
    'The presenter always presents.': 'De presentator presenteert altijd.',
    'Presenter: {name} (always ticked for presenting)': 'Presentator: {name} (altijd aangevinkt bij presenteren)',
    'No presenter chosen yet.': 'Nog geen presentator gekozen.',
    'The presenter always presents. To untick them, choose another presenter first.': 'De presentator presenteert altijd. Kies eerst een andere presentator om dit vinkje weg te halen.',
    'This pitch has no such task; nothing was changed.': "Deze pitch heeft zo'n taak niet; er is niets gewijzigd.",
    'Task split: undo': 'Taakverdeling: ongedaan maken',
    'Task split: redo': 'Taakverdeling: opnieuw',
    'Your pitch in brief': 'Jullie pitch in het kort',
    'Not filled in yet.': 'Nog niet ingevuld.',
    'Ready for the jury?': 'Klaar voor de jury?',
    'Still empty ({count}):': 'Nog leeg ({count}):',
    'Every question has an answer.': 'Elke vraag heeft een antwoord.',
    'Presenter: {name}': 'Presentator: {name}',
    'Storyboard: {count} panels.': 'Storyboard: {count} platen.',
    'Storyboard: {count} of at least {least} panels.': 'Storyboard: {count} van minstens {least} platen.',
    'Presented by {name}': 'Presentatie: {name}',
    'PITCH': 'PITCH',
    'Our idea': 'Ons idee',
    'The problem': 'Het probleem',
    'For whom': 'Voor wie',
    'The path': 'De weg ernaartoe',
    'Who we need': 'Wie we nodig hebben',
    'What it costs': 'Wat het kost',
    'Yell: not filled in yet': 'Yell: nog niet ingevuld',
    'not filled in yet': 'nog niet ingevuld',
    "Beamer: the next team's pitch": 'Beamer: de pitch van het volgende team',
    "Beamer: the previous team's pitch": 'Beamer: de pitch van het vorige team',
    '{team}: its pitch (PageDown: the next team)': '{team}: de pitch (PageDown: volgend team)',
}
