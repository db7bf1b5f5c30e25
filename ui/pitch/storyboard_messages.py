"""The storyboard's refusals in the user's language (any other code: ui.common.messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.errors import DomainError
from ui.common.messages import message_for


def storyboard_message(error: DomainError) -> str:
    p = error.params
    known = {
        "storyboard_full": lambda: QCoreApplication.translate("storyboard", "A storyboard has at most {limit} panels; nothing was added. Delete a panel first, or tell more in each one.").format(limit=p.get("limit", "")),
        "panel_missing": lambda: QCoreApplication.translate("storyboard", "This panel no longer exists (deleted on another laptop?); nothing was changed."),
        "panel_caption_long": lambda: QCoreApplication.translate("storyboard", "A caption has at most {limit} characters; nothing was saved. Put the rest in the panel's text.").format(limit=p.get("limit", "")),
        "panel_text_long": lambda: QCoreApplication.translate("storyboard", "A panel's text has at most {limit} characters; this one has {length}. Nothing was saved: shorten it.").format(limit=p.get("limit", ""), length=p.get("length", "")),
        "picture_too_big": lambda: QCoreApplication.translate("storyboard", "This picture is {size} MB; at most {limit} MB is taken. Nothing was changed. Take the photo at a lower resolution, or scale it down first.").format(size=_decimal(p.get("size", "")), limit=_decimal(p.get("limit", ""))),
        "picture_unreadable": lambda: QCoreApplication.translate("storyboard", "This file cannot be read as a picture (broken, incomplete, or not a picture). Nothing was changed. Choose a PNG or JPEG photo."),
        "picture_format": lambda: QCoreApplication.translate("storyboard", "A {format} file is not taken; nothing was changed. Choose a PNG or JPEG photo.").format(format=p.get("format", "")),
        "picture_pixels": lambda: QCoreApplication.translate("storyboard", "This picture has more than {limit} megapixels; nothing was changed. Scale it down first.").format(limit=p.get("limit", "")),
    }
    make = known.get(error.code)
    return make() if make else message_for(error)


def _decimal(number) -> str:
    """A number as the language writes it: "23,8" in Dutch, "23.8" in English."""
    return str(number).replace(".", QLocale().decimalPoint())
