#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running MSL Workbench needs.
# Idempotent and non-interactive: when everything is present it only runs dpkg-query (~1 s).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang-format
  # core
  libtorch-dev libopenblas0-pthread nlohmann-json3-dev libcli11-dev
  libsqlitecpp-dev libsqlite3-dev libssl-dev libpcre2-dev libbenchmark-dev
  # GUI, plots, translations
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqcustomplot-dev
  qt6-svg-dev  # SVG chart export (QSvgGenerator)
  fonts-wqy-microhei  # CJK glyphs for the zh_CN interface under Xvfb
  libgl-dev libxkbcommon-dev qt6-qpa-plugins
  # GUI tests and reference tokenizer tests
  xvfb xauth nodejs npm
  # packaging: .deb (dpkg-shlibdeps), desktop entry and AppStream validators
  dpkg-dev desktop-file-utils appstream
  # scripts (results tables, translation fix-up)
  python3
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# nodejs may come from nodesource, which bundles npm: accept any working npm.
if command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do [ "$p" = npm ] || [ "$p" = nodejs ] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: all packages present"
  exit 0
fi

echo "bootstrap: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
