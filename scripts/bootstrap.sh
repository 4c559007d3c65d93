#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running MSL Workbench needs, and
# the Python environment that holds LibTorch (the PyPI torch wheel) and the Hugging Face
# reference libraries (scripts/python-requirements.txt), outside the tree:
#   ${MSLW_VENV:-~/.cache/msl-workbench/venv}
# Idempotent and non-interactive: when everything is present it only runs dpkg-query and compares
# a stamp (~1 s).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang-format
  # core (LibTorch comes from the torch wheel in the Python environment below)
  nlohmann-json3-dev libcli11-dev
  libsqlitecpp-dev libsqlite3-dev libssl-dev libpcre2-dev libbenchmark-dev
  libgloo-dev  # Gloo's headers for c10d's ProcessGroupGloo (the wheel has Gloo, not its headers)
  # GUI, plots, translations
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqcustomplot-dev
  qt6-svg-dev  # SVG chart export (QSvgGenerator)
  fonts-wqy-microhei  # CJK glyphs for the zh_CN interface under Xvfb
  libgl-dev libxkbcommon-dev qt6-qpa-plugins
  # GUI tests
  xvfb xauth
  # packaging: .deb (dpkg-shlibdeps), desktop entry and AppStream validators
  dpkg-dev desktop-file-utils appstream
  # scripts (results tables, translation fix-up) and the Python environment
  python3 python3-venv
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: all packages present"
else
  echo "bootstrap: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Python environment: Debian's python3 (not a pyenv or conda one, whose ABI and paths vary),
# re-installed only when the pinned requirements change.
venv="${MSLW_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/msl-workbench/venv}"
requirements="$(dirname "$0")/python-requirements.txt"
stamp="$venv/.mslw-requirements"
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && cmp -s "$requirements" "$stamp"; then
  echo "bootstrap: Python environment $venv up to date"
  exit 0
fi
echo "bootstrap: installing $(grep -cv '^#' "$requirements") pinned packages into $venv" \
     "(the torch wheel with CUDA is about 4 GB)"
[ -x "$venv/bin/python" ] || /usr/bin/python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
cp "$requirements" "$stamp"
