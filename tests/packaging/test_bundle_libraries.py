"""What the bundle needs of the target system: every shared library its files load that it does not carry
itself comes from the short Debian list the README names (libc6, libgl1, libegl1, libxcb1, and Wayland's
client libraries for a Wayland desktop). A new outside library fails here, so the README's list is kept true."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

# soname -> the Debian 12 package that provides it (README, "Bundles")
SYSTEM = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6", "libpthread.so.0": "libc6",
    "librt.so.1": "libc6", "libresolv.so.2": "libc6", "ld-linux-x86-64.so.2": "libc6", "linux-vdso.so.1": "kernel",
    "libGL.so.1": "libgl1", "libGLX.so.0": "libgl1", "libGLdispatch.so.0": "libgl1", "libEGL.so.1": "libegl1",
    "libdrm.so.2": "libegl1", "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def outside_libraries(inside: Path) -> dict[str, str]:
    """soname -> the file a library of the bundle loads it from, for each one outside the bundle."""
    env = dict(os.environ, LD_LIBRARY_PATH=f"{inside}:{inside / 'PySide6' / 'Qt' / 'lib'}")
    found = {}
    files = [p for p in inside.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    for start in range(0, len(files), 64):
        listing = subprocess.run(["ldd", *map(str, files[start:start + 64])], env=env, capture_output=True, text=True).stdout
        for line in listing.splitlines():
            name, _, where = line.strip().partition(" => ")
            target = where.split(" (")[0]
            if where and not target.startswith(str(inside)):
                found[name] = target
    return found


def test_the_bundle_needs_only_the_named_debian_libraries(bundle: Path):
    outside = outside_libraries(bundle / "_internal")
    unknown = {name: where for name, where in outside.items() if name not in SYSTEM}
    assert not unknown, f"the bundle loads these from the system: add them to SYSTEM and the README: {unknown}"
    assert {"libGL.so.1", "libEGL.so.1"} <= set(outside)  # not bundled by PyInstaller: the README says so
