"""The real sound player: with no audio device it plays nothing and never raises."""

from __future__ import annotations

import logging

from app.paths import resources_dir
from ui.clock.sound import CHIME, SoundPlayer


def test_the_chime_is_shipped():
    chime = resources_dir() / CHIME
    assert chime.exists() and chime.stat().st_size > 10_000
    assert chime.read_bytes()[:4] == b"RIFF"


def test_playing_without_an_audio_device_does_not_crash(qtbot, caplog):
    player = SoundPlayer()
    with caplog.at_level(logging.WARNING):
        player.play()
        player.play()
        qtbot.wait(200)  # QSoundEffect reports its status asynchronously
    assert player.plays == 2
