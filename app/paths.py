"""Where the app's shipped files live."""

from __future__ import annotations

import sys
from pathlib import Path

# The name ``resources/`` is installed under by a wheel (setup.py maps the folder to this package).
INSTALLED_RESOURCES = "staatsprint_resources"


def resources_dir() -> Path:
    """The ``resources/`` folder: in a PyInstaller bundle, an installed wheel or a source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packages = Path(__file__).resolve().parent.parent
    installed = packages / INSTALLED_RESOURCES
    if installed.is_dir():
        return installed
    return packages / "resources"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def template_path(key: str) -> Path:
    return templates_dir() / f"{key}.toml"
