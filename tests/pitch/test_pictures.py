"""A storyboard picture is stored upright, without metadata, scaled down (never up), as PNG for
drawings with transparency or few colours and as JPEG for photos; anything else is refused, saying why."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image, ImageDraw

from app.errors import DomainError
from app.pitch import pictures
from app.pitch.pictures import prepare_picture

ORIENTATION, GPS_INFO = 0x0112, 0x8825


def encoded(image: Image.Image, kind: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def photo(width: int, height: int) -> Image.Image:
    """Many colours, like a photo: a gradient with noise."""
    gradient = Image.linear_gradient("L").resize((width, height))
    noise = Image.effect_noise((width, height), 60)
    return Image.merge("RGB", (gradient, noise, gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))


def refused(data: bytes) -> DomainError:
    with pytest.raises(DomainError) as caught:
        prepare_picture(data)
    return caught.value


def test_a_phone_photo_turned_by_exif_comes_out_upright_without_its_metadata():
    image = photo(400, 300)
    ImageDraw.Draw(image).rectangle((0, 0, 99, 49), fill=(255, 0, 0))
    ImageDraw.Draw(image).rectangle((0, 250, 99, 299), fill=(0, 0, 0))  # red in the stored top-left corner
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # the camera was turned: show it rotated 90° clockwise
    exif[GPS_INFO] = {1: "N", 2: (52.0, 5.0, 0.0)}
    picture = prepare_picture(encoded(image, "JPEG", exif=exif))
    assert (picture.type, picture.width, picture.height) == ("jpeg", 300, 400)  # width and height swapped
    stored = Image.open(io.BytesIO(picture.data))
    assert stored.size == (300, 400)
    red, black = stored.getpixel((280, 20)), stored.getpixel((20, 20))
    assert red[0] > 200 and red[1] < 60 and max(black) < 60  # the red corner is now top-right, the black one top-left
    assert not stored.getexif() and "icc_profile" not in stored.info  # no orientation, no GPS kept


def test_a_big_photo_is_scaled_to_print_size_as_jpeg_and_a_small_one_is_never_enlarged():
    big = prepare_picture(encoded(photo(4000, 3000), "JPEG", quality=90))
    assert (big.type, big.width, big.height) == ("jpeg", 1600, 1200)
    assert Image.open(io.BytesIO(big.data)).size == (1600, 1200)
    small = prepare_picture(encoded(photo(320, 200), "PNG"))
    assert (small.type, small.width, small.height) == ("jpeg", 320, 200)  # a photo saved as PNG: JPEG


def test_a_drawing_with_transparency_or_few_colours_stays_png():
    sketch = Image.new("RGBA", (2400, 1200), (0, 0, 0, 0))
    ImageDraw.Draw(sketch).ellipse((100, 100, 900, 900), outline=(0, 0, 0, 255), width=12)
    with_alpha = prepare_picture(encoded(sketch, "PNG"))
    assert (with_alpha.type, with_alpha.width, with_alpha.height) == ("png", 1600, 800)
    assert Image.open(io.BytesIO(with_alpha.data)).mode == "RGBA"
    line_art = Image.new("RGB", (800, 600), "white")
    ImageDraw.Draw(line_art).line((0, 0, 800, 600), fill="black", width=8)
    assert prepare_picture(encoded(line_art, "PNG")).type == "png"


def test_a_file_over_20_mb_is_refused_with_its_size_and_the_limit():
    error = refused(b"\xff\xd8" + b"\0" * (21 * 1024 * 1024))
    assert error.code == "picture_too_big"
    assert error.params == {"size": "21", "limit": "20"} and "21 MB" in error.message and "20 MB" in error.message


@pytest.mark.parametrize("name, data", [
    ("random bytes", random.Random(7).randbytes(5000)),
    ("empty", b""),
    ("truncated PNG", encoded(photo(300, 300), "PNG")[:2000]),
    ("truncated JPEG", encoded(photo(300, 300), "JPEG")[:1500]),
])
def test_what_is_not_a_readable_picture_is_refused(name, data):
    error = refused(data)
    assert error.code == "picture_unreadable", name
    assert "not a picture that can be read" in error.message


@pytest.mark.parametrize("kind", ["GIF", "BMP", "WEBP"])
def test_another_format_is_refused_by_name(kind):
    error = refused(encoded(Image.new("RGB", (50, 50), "blue"), kind))
    assert error.code == "picture_format" and error.params["format"] == kind
    assert "PNG or JPEG" in error.message


def test_a_decompression_bomb_is_refused_before_it_is_decoded(monkeypatch):
    bomb = encoded(Image.new("1", (12_000, 10_000)), "PNG")  # 120 megapixels in a few kilobytes
    assert len(bomb) < 100_000
    error = refused(bomb)
    assert error.code == "picture_pixels" and "12000 × 10000" in error.message and error.params["limit"] == 80
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # Pillow's own guard is turned into the same refusal
    assert refused(encoded(Image.new("L", (100, 100)), "PNG")).code == "picture_pixels"
    assert pictures.MAX_PIXELS == 80_000_000


def test_a_file_is_read_unless_it_is_too_big_or_cannot_be_read(tmp_path):
    sketch = tmp_path / "schets.png"
    sketch.write_bytes(encoded(Image.new("RGB", (200, 100), "white"), "PNG"))
    assert pictures.read_picture(sketch).type == "png"
    huge = tmp_path / "groot.jpg"
    with huge.open("wb") as out:
        out.truncate(21 * 1024 * 1024)  # sparse: 21 MB on paper, never read
    assert pytest.raises(DomainError, pictures.read_picture, huge).value.code == "picture_too_big"
    missing = pytest.raises(DomainError, pictures.read_picture, tmp_path / "weg.png").value
    assert missing.code == "picture_unreadable" and "cannot be read" in missing.message
