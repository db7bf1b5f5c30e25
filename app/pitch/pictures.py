"""A storyboard picture (a photo of a paper sketch) as the database keeps it.

``prepare_picture`` takes the bytes of a chosen file and returns a picture that is upright (the
camera's EXIF rotation applied), without metadata (no GPS position or camera serial in the
database), at most ``LONGEST_SIDE`` pixels on its longest side (never enlarged), as PNG when a
PNG has transparency or few colours (line art stays crisp) and as JPEG otherwise (a photo stays small).
Anything else is refused with a DomainError that says why; nothing is stored then.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from app.errors import DomainError

MAX_BYTES = 20 * 1024 * 1024  # a phone photo is a few MB; more is not a photo of a sketch
MAX_PIXELS = 80_000_000  # above any usual camera; beyond, decoding costs gigabytes (a decompression bomb).
# (Below Pillow's own guard, MAX_IMAGE_PIXELS, which stays as a second line.)
LONGEST_SIDE = 1600  # sharp on an A4 page and on a beamer
JPEG_QUALITY = 85
LINE_ART_COLOURS = 256  # at most this many colours: a drawing, kept as PNG
_FORMATS = {"PNG": "png", "JPEG": "jpeg", "MPO": "jpeg"}  # MPO: a phone's JPEG with a second frame


@dataclass(frozen=True)
class Picture:
    data: bytes
    type: str  # "png" or "jpeg"
    width: int
    height: int


def read_picture(path: Path) -> Picture:
    """A chosen file as the picture to store (a file over the limit is not even read)."""
    try:
        _check_size(path.stat().st_size)
        data = path.read_bytes()
    except OSError as error:
        raise DomainError("picture_unreadable", f"the file cannot be read ({error.strerror or error})", reason=str(error.strerror or error)) from None
    return prepare_picture(data)


def prepare_picture(data: bytes) -> Picture:
    """The picture to store, or a DomainError (too big, unreadable, a bomb, not PNG or JPEG)."""
    _check_size(len(data))
    decoded = _decoded(data)
    image = _scaled(_plain_mode(ImageOps.exif_transpose(decoded)))
    image.info = {}  # no EXIF, GPS, ICC or text chunks are written
    if decoded.format == "PNG" and _keeps_png(image):
        return _encoded(image, "png")
    return _encoded(image if image.mode == "L" else image.convert("RGB"), "jpeg")


def _decoded(data: bytes) -> Image.Image:
    """The image fully read, after its header said it is a PNG or JPEG of a sane size."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the size is checked below, with a message
        try:
            image = Image.open(io.BytesIO(data))
            kind = _FORMATS.get(image.format or "")
            if kind is None:
                raise DomainError("picture_format", f"a {image.format} picture is not taken; choose a PNG or JPEG file",
                                  format=image.format or "?")
            _check_pixels(image.width, image.height)
            if kind == "jpeg":
                image.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))  # decoded at a smaller scale: quicker, less memory
            image.load()
        except Image.DecompressionBombError:
            raise DomainError("picture_pixels", f"the picture has more than {MAX_PIXELS // 1_000_000} megapixels",
                              limit=MAX_PIXELS // 1_000_000) from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
            raise DomainError("picture_unreadable", f"this file is not a picture that can be read ({error})", reason=str(error)) from None
    return image


def _check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise DomainError("picture_too_big", f"the picture is {_megabytes(size)} MB; at most {_megabytes(MAX_BYTES)} MB is taken",
                          size=_megabytes(size), limit=_megabytes(MAX_BYTES))


def _check_pixels(width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise DomainError("picture_pixels", f"the picture is {width} × {height} pixels; at most {MAX_PIXELS // 1_000_000} megapixels is taken",
                          width=width, height=height, limit=MAX_PIXELS // 1_000_000)


def _plain_mode(image: Image.Image) -> Image.Image:
    """Grey, RGB, or either with an alpha channel: a palette's transparency becomes alpha, CMYK RGB."""
    if image.mode in ("L", "LA", "RGB", "RGBA"):
        return image
    if image.mode in ("P", "PA"):
        return image.convert("RGBA" if "transparency" in image.info or image.mode == "PA" else "RGB")
    return image.convert("L" if image.mode in ("1", "I", "I;16", "F") else "RGB")


def _scaled(image: Image.Image) -> Image.Image:
    """At most LONGEST_SIDE on the longest side; a smaller picture keeps its size."""
    if max(image.size) <= LONGEST_SIDE:
        return image.copy()
    scale = LONGEST_SIDE / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


def _keeps_png(image: Image.Image) -> bool:
    """Transparency or few colours (a scanned drawing, line art): PNG; a photo: JPEG."""
    if image.mode in ("RGBA", "LA"):
        return True
    return image.getcolors(LINE_ART_COLOURS) is not None


def _encoded(image: Image.Image, kind: str) -> Picture:
    out = io.BytesIO()
    if kind == "png":
        image.save(out, "PNG", optimize=True)
    else:
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return Picture(out.getvalue(), kind, image.width, image.height)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")
