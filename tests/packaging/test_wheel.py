"""``pip install`` of the wheel built from this checkout runs the app in a fresh virtual environment: the
CLI and the window, with every shipped file found through app.paths.resources_dir()."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.packaging.runs import run, shipped_resources, start_window
from tests.packaging.wheel_env import build_wheel, fresh_venv


@pytest.fixture(scope="module")
def installed(bundle, tmp_path_factory) -> tuple[Path, Path]:
    """(the wheel, the fresh venv); after ``bundle`` so the translations are compiled into resources/."""
    folder = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(folder)
    return wheel, fresh_venv(folder, wheel)


def test_the_wheel_carries_every_shipped_file(installed):
    wheel, _ = installed
    with zipfile.ZipFile(wheel) as archive:
        names = {name.removeprefix("staatsprint_resources/") for name in archive.namelist()
                 if name.startswith("staatsprint_resources/")}
    assert shipped_resources() <= names, sorted(shipped_resources() - names)
    assert {"translations/staatsprint_nl.qm", "icons/staatsprint-256.png"} <= names
    assert not any(name.endswith(".ts") for name in names)


def test_the_installed_app_finds_its_resources_outside_the_checkout(installed, tmp_path):
    _, venv = installed
    found = run([venv / "bin" / "python", "-c", "import app, app.paths as p; print(app.__file__); print(p.resources_dir())"],
                tmp_path)
    module, resources = found.stdout.split()
    assert module.startswith(str(venv)) and resources.startswith(str(venv)), found.stdout
    assert resources.endswith("staatsprint_resources") and (Path(resources) / "templates" / "staatsprint.toml").is_file()
    isolated = run([venv / "bin" / "python", "-c", "import pytest"], tmp_path)  # only what the wheel declares is there
    assert isolated.returncode == 1 and "No module named 'pytest'" in isolated.stderr, isolated.stderr


def test_the_installed_cli_and_window_run(installed, tmp_path):
    _, venv = installed
    staatsprint = venv / "bin" / "staatsprint"
    db = f"sqlite:///{tmp_path / 'event.sqlite'}"
    demo = run([staatsprint, "demo", "--db", db], tmp_path)
    assert demo.returncode == 0 and "demo event 1 created" in demo.stdout, demo.stderr
    pdf = run([staatsprint, "pdf", "dossier", "--team", "2", "--out", tmp_path / "d.pdf", "--db", db, "--lang", "en"], tmp_path)
    assert pdf.returncode == 0 and (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF-"), pdf.stderr
    marks, errors, code = start_window([staatsprint, "--db", db, "--lang", "nl"], tmp_path)
    assert set(marks) == {"painted", "interactive"}, f"the window did not start (exit {code}):\n{errors[-4000:]}"
    assert code == 0 and "Traceback" not in errors and "no compiled translation" not in errors, errors
