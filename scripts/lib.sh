# Shared by scripts/run, scripts/test and scripts/screenshots: install what is missing, nothing more.
# Usage: source scripts/lib.sh; ensure_debs PKG...; ensure_venv EXTRAS
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Qt on Debian 12: offscreen needs the first line (libpulse0: QtMultimedia's sound), a real window (xcb) the second.
QT_DEBS="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core libpulse0"
XCB_DEBS="libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1 libxkbcommon-x11-0"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_debs() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0
  if [ "$(id -u)" -ne 0 ]; then
    say "missing Debian packages: ${missing[*]}"
    say "install them with: sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
  say "installing Debian packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      echo "$candidate"; return 0
    fi
  done
  say "Python 3.11 is needed (Debian 12: apt-get install python3)"; exit 1
}

# Create .venv and install the project (editable) with EXTRAS; reinstall only when pyproject.toml changed.
ensure_venv() {
  local extras="$1" python stamp
  python="$(pick_python)"
  if [ ! -x "$VENV/bin/python" ]; then
    "$python" -c 'import venv, ensurepip' 2>/dev/null || ensure_debs python3-venv
    say "creating the virtual environment in .venv"
    "$python" -m venv "$VENV"
  fi
  stamp="$VENV/.installed-$(sha1sum "$ROOT/pyproject.toml" | cut -c1-12)-$extras"
  if [ ! -f "$stamp" ]; then
    say "installing Staatsprint and its pinned dependencies ($extras)"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT[$extras]"
    rm -f "$VENV"/.installed-*
    touch "$stamp"
  fi
}

build_translations() {
  "$VENV/bin/python" "$ROOT/scripts/build_translations.py"
}

# The Linux bundle in dist/staatsprint, built only when a source changed (packaging/bundle.py); its size said.
ensure_bundle() {
  "$VENV/bin/python" "$ROOT/packaging/bundle.py" >/dev/null
  say "bundle: dist/staatsprint, $(du -sm "$ROOT/dist/staatsprint" | cut -f1) MB"
}
