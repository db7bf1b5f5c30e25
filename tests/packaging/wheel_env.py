"""A fresh virtual environment with the wheel built from this checkout installed, and nothing else of
the checkout. Offline, the wheel's dependencies cannot be downloaded: each distribution the wheel's
metadata requires (with what those require, extras followed) is linked in from the test run's own
environment, one by one, so a dependency the wheel forgets to declare is missing there as it would be."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.runs import ROOT

COPIED = ("pyproject.toml", "setup.py", "README.md", "app", "ui", "db", "resources")


def _pip(folder: Path, *args: str) -> None:
    """pip away from the checkout: with it on sys.path (PYTHONPATH, or the current folder of ``-m``) its
    staatsprint.egg-info reads as "already installed" and pip installs nothing."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    subprocess.run([sys.executable, "-m", "pip", *args], cwd=folder, env=env, check=True, capture_output=True, text=True)


def build_wheel(folder: Path) -> Path:
    """``pip wheel`` of a copy of the checkout (a build writes build/ and *.egg-info beside its sources)."""
    source = folder / "source"
    for name in COPIED:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            source.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, source / name)
    _pip(folder, "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(folder / "wheels"), str(source))
    (wheel,) = (folder / "wheels").glob("staatsprint-*.whl")
    return wheel


def fresh_venv(folder: Path, wheel: Path) -> Path:
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    _pip(folder, "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel))
    site = Path(subprocess.run([str(python), "-I", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    link_dependencies(site, folder / "deps")
    return venv


def link_dependencies(site: Path, deps: Path) -> None:
    found = list(metadata.distributions(name="staatsprint", path=[str(site)]))
    assert len(found) == 1, f"the wheel was not installed into {site}"
    ours = found[0]
    deps.mkdir()
    here = Path(sysconfig.get_path("purelib"))
    for dist in _closure(ours.requires or []):
        tops = {Path(str(f)).parts[0] for f in dist.files or [] if not str(f).startswith("..")}
        for top in tops - {"__pycache__"}:
            if (here / top).exists() and not top.endswith(".pth") and not (deps / top).exists():
                os.symlink(here / top, deps / top)
    (site / "linked_dependencies.pth").write_text(f"{deps}\n")


def _closure(requirements: list[str]) -> list[metadata.Distribution]:
    found: dict[str, metadata.Distribution] = {}
    todo = [(Requirement(text), {""}) for text in requirements]
    while todo:
        requirement, extras = todo.pop()
        if requirement.marker and not any(requirement.marker.evaluate({"extra": extra}) for extra in extras):
            continue
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        found[name] = dist = metadata.distribution(requirement.name)
        todo += [(Requirement(text), {"", *requirement.extras}) for text in dist.requires or []]
    return list(found.values())
