"""The Linux bundle (dist/staatsprint, built by packaging/bundle.py) runs without Python: the window starts on
the demo event, the console executable exports a dossier PDF and imports a juror file, every shipped file is
in it, and its size is reported (and bounded, so a dependency that drags in half of PyPI is noticed)."""

from __future__ import annotations

from pathlib import Path

from tests.packaging.runs import finalised_juror_file, run, shipped_resources, start_window, tree_files

MAX_MB = 450  # measured 372 MB (PySide6 with QtMultimedia's FFmpeg and Quick is most of it)


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def test_the_bundle_runs_a_day_without_python(bundle: Path, tmp_path: Path, record_property):
    window, cli = bundle / "staatsprint", bundle / "staatsprint-cli"
    db = f"sqlite:///{tmp_path / 'event.sqlite'}"

    marks, errors, code = start_window([window, "--db", db, "--lang", "nl", "--demo"], tmp_path)
    assert set(marks) == {"painted", "interactive"}, f"the window did not start (exit {code}):\n{errors[-4000:]}"
    assert code == 0, errors[-4000:]  # quit as File → Quit quits
    assert "Traceback" not in errors and "no compiled translation" not in errors and "no Qt translation" not in errors, errors

    info = run([cli, "info", "--db", db, "--lang", "en"], tmp_path)
    assert info.returncode == 0 and "Programme" in info.stdout, info.stderr  # the demo the window created

    pdf = run([cli, "pdf", "dossier", "--team", "1", "--out", tmp_path / "dossier.pdf", "--db", db, "--lang", "en"], tmp_path)
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "dossier.pdf").read_bytes().startswith(b"%PDF-")

    kits = run([cli, "jury", "kit", "--juror", "Marieke Vos", "--out", tmp_path, "--db", db], tmp_path)
    assert kits.returncode == 0, kits.stderr
    scores = finalised_juror_file(tmp_path / "Jurykit Marieke Vos.json", tmp_path / "scored")
    imported = run([cli, "jury", "import", scores, "--db", db, "--lang", "en"], tmp_path)
    assert imported.returncode == 0 and "1 accepted" in imported.stdout, imported.stdout + imported.stderr

    refused = run([cli, "jury", "import", tmp_path / "dossier.pdf", "--db", db, "--lang", "en"], tmp_path)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr + refused.stdout  # the console exe's exit code

    size = folder_mb(bundle)
    record_property("bundle_mb", round(size))
    assert size < MAX_MB, f"the bundle grew to {size:.0f} MB"


def test_no_python_outside_the_bundle_is_used(bundle: Path, tmp_path: Path):
    """It carries its own interpreter: with an empty PATH and no Python of the system on its library path."""
    probe = run([bundle / "staatsprint-cli", "--help"], tmp_path)
    assert probe.returncode == 0 and "staatsprint" in probe.stdout, probe.stderr
    assert (bundle / "_internal" / "libpython3.11.so.1.0").is_file()


def test_every_shipped_file_is_in_the_bundle(bundle: Path):
    inside = tree_files(bundle / "_internal" / "resources")
    assert shipped_resources() <= inside, sorted(shipped_resources() - inside)
    assert {"translations/staatsprint_nl.qm", "translations/staatsprint_en.qm"} <= inside
    assert not any(name.endswith(".ts") for name in inside)
    qt = bundle / "_internal" / "PySide6" / "Qt"
    assert (qt / "translations" / "qtbase_nl.qm").is_file()  # Qt's own buttons in Dutch
    assert (qt / "plugins" / "platforms" / "libqoffscreen.so").is_file()
    assert (bundle / "_internal" / "db" / "migrations" / "env.py").is_file()
