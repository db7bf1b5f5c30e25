"""The Linux bundle, built once for all test workers (packaging/bundle.py: cached by a fingerprint of its
sources, a file lock while one worker builds; scripts/test builds it before pytest starts)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.runs import ROOT


@pytest.fixture(scope="session")
def bundle() -> Path:
    built = subprocess.run([sys.executable, str(ROOT / "packaging" / "bundle.py")], cwd=ROOT, capture_output=True,
                           text=True, timeout=900)
    assert built.returncode == 0, f"the bundle did not build:\n{built.stdout[-3000:]}\n{built.stderr[-6000:]}"
    return Path(built.stdout.strip().splitlines()[-1])
