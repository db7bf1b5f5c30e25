"""Draw the app's icons from packaging/staatsprint.svg: PNGs in the freedesktop sizes (resources/icons/, the
window's icon and the Linux .desktop entry's), a Windows .ico and a macOS .icns (packaging/icons/, the spec's).

    PYTHONPATH=. .venv/bin/python packaging/make_icons.py

Run it again after changing the SVG and commit what it writes (the build does not draw them)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "packaging" / "staatsprint.svg"
PNG_DIR = ROOT / "resources" / "icons"
NATIVE_DIR = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_bytes(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter, Qt
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    NATIVE_DIR.mkdir(parents=True, exist_ok=True)
    images = {}
    for size in SIZES:
        data = png_bytes(size)
        (PNG_DIR / f"staatsprint-{size}.png").write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
    images[256].save(NATIVE_DIR / "staatsprint.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    images[512].save(NATIVE_DIR / "staatsprint.icns")
    print(f"icons written: {PNG_DIR} ({len(SIZES)} PNGs), {NATIVE_DIR} (.ico, .icns)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
