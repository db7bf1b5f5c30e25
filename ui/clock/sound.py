"""The end-of-timebox sound, behind a small player interface tests can replace.

QtMultimedia is imported when the first sound is loaded, not at start-up. With no audio
device QSoundEffect reports an error and plays nothing; that is logged once, never raised.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLoggingCategory, QObject, QUrl

from app.paths import resources_dir

log = logging.getLogger(__name__)
CHIME = "sounds/timebox-end.wav"


class SoundPlayer(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect = None
        self._failed = False
        self.plays = 0

    def preload(self) -> None:
        """Load the sound ahead of the moment it is needed (a timer starts)."""
        self._load()

    def play(self) -> None:
        effect = self._load()
        self.plays += 1
        if effect is not None and effect.status() == effect.Status.Error:
            # no device before; maybe one now (a beamer's HDMI audio plugged in): try afresh
            effect.deleteLater()
            self._effect = None
            effect = self._load()
        if effect is not None:
            effect.play()

    def _load(self):
        if self._effect is not None or self._failed:
            return self._effect
        QLoggingCategory.setFilterRules("qt.multimedia.*=false")  # no audio device is not a warning
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:  # e.g. Debian's libpulse0 missing
            log.warning("no sound: QtMultimedia cannot be loaded (%s)", exc)
            self._failed = True
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(resources_dir() / CHIME)))
        effect.setVolume(0.8)
        effect.statusChanged.connect(lambda: self._report(effect))
        self._effect = effect
        return effect

    def _report(self, effect) -> None:
        if effect.status() == effect.Status.Error:
            log.warning("the end-of-timebox sound cannot play (no audio device?)")
