"""The Dutch UI text of phase 4: the pitch builder, the storyboard, the task split, the phase-4 gate, the
beamer's pitch mode and the exports (read by translate_nl.py beside nl_texts.py and nl_texts_ideation.py;
add a new source at the end, one line each)."""

from __future__ import annotations

DUTCH_PITCH: dict[str, str | tuple[str, str]] = {
    "Add picture…": "Foto toevoegen…",
    "Remove picture": "Foto weghalen",
    "Caption, e.g. “Anna reports a move”": "Onderschrift, bijv. “Anna geeft een verhuizing door”",
    "What happens in this scene?": "Wat gebeurt er in deze scène?",
    "Delete panel": "Paneel verwijderen",
    "Panel {n}": "Paneel {n}",
    "Panel {n}: drag to move it, or press {back} or {on}": "Paneel {n}: sleep het om het te verplaatsen, of druk op {back} of {on}",
    "Caption of panel {n}": "Onderschrift van paneel {n}",
    "Text of panel {n}": "Tekst van paneel {n}",
    "No picture yet:\nadd a photo of a sketch": "Nog geen foto:\nvoeg een foto van een schets toe",
    "Replace…": "Vervangen…",
    "Choose another photo for this panel": "Kies een andere foto voor dit paneel",
    "Choose a photo (PNG or JPEG) of this panel's sketch": "Kies een foto (PNG of JPEG) van de schets van dit paneel",
    "Tell the idea as a story in scenes. Drag a panel by its number to move it, or press {back} / {on} in a panel.": "Vertel het idee als een verhaal in scènes. Sleep een paneel aan zijn nummer om het te verplaatsen, of druk in een paneel op {back} / {on}.",
    "Storyboard": "Storyboard",
    "+ Add panel": "+ Paneel toevoegen",
    "{count} of at least {minimum} panels": "{count} van minstens {minimum} panelen",
    "The most a storyboard has: {limit} panels.": "Een storyboard heeft hoogstens {limit} panelen.",
    "No panels yet. Sketch the idea on paper in {minimum} to {maximum} scenes, add a panel for each, and photograph the sketches.": "Nog geen panelen. Schets het idee op papier in {minimum} tot {maximum} scènes, voeg voor elke scène een paneel toe en maak een foto van de schetsen.",
    "Choose a photo of the sketch": "Kies een foto van de schets",
    "Pictures (*.png *.jpg *.jpeg)": "Afbeeldingen (*.png *.jpg *.jpeg)",
    "Storyboard: undo": "Storyboard: ongedaan maken",
    "Storyboard: redo": "Storyboard: opnieuw doen",
    "Storyboard: move the panel with the focus one place back": "Storyboard: het paneel met de focus één plaats terug",
    "Storyboard: move the panel with the focus one place on": "Storyboard: het paneel met de focus één plaats verder",
    "A storyboard has at most {limit} panels; nothing was added. Delete a panel first, or tell more in each one.": "Een storyboard heeft hoogstens {limit} panelen; er is niets toegevoegd. Verwijder eerst een paneel, of vertel meer in elk paneel.",
    "This panel no longer exists (deleted on another laptop?); nothing was changed.": "Dit paneel bestaat niet meer (verwijderd op een andere laptop?); er is niets gewijzigd.",
    "A caption has at most {limit} characters; nothing was saved. Put the rest in the panel's text.": "Een onderschrift heeft hoogstens {limit} tekens; er is niets opgeslagen. Zet de rest in de tekst van het paneel.",
    "A panel's text has at most {limit} characters; this one has {length}. Nothing was saved: shorten it.": "De tekst van een paneel heeft hoogstens {limit} tekens; deze heeft er {length}. Er is niets opgeslagen: maak hem korter.",
    "This picture is {size} MB; at most {limit} MB is taken. Nothing was changed. Take the photo at a lower resolution, or scale it down first.": "Deze foto is {size} MB; hoogstens {limit} MB wordt aangenomen. Er is niets gewijzigd. Maak de foto met een lagere resolutie, of verklein hem eerst.",
    "This file cannot be read as a picture (broken, incomplete, or not a picture). Nothing was changed. Choose a PNG or JPEG photo.": "Dit bestand kan niet als afbeelding worden gelezen (beschadigd, onvolledig of geen afbeelding). Er is niets gewijzigd. Kies een PNG- of JPEG-foto.",
    "A {format} file is not taken; nothing was changed. Choose a PNG or JPEG photo.": "Een {format}-bestand wordt niet aangenomen; er is niets gewijzigd. Kies een PNG- of JPEG-foto.",
    "This picture has more than {limit} megapixels; nothing was changed. Scale it down first.": "Deze foto heeft meer dan {limit} megapixels; er is niets gewijzigd. Verklein hem eerst.",
}
