#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (idempotent), builds, and starts the workbench on the
# built-in demo workspace (or on a dataset: scripts/run-workbench.sh --data DIR).
# Without a display it runs under Xvfb when MSLW_XVFB=1, else falls back to the command-line demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
# ccache hits across checkouts (a fresh CI clone reuses a developer build's objects).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset dev >/dev/null
cmake --build --preset dev --target msl-workbench mslw

arguments=("$@")
[ ${#arguments[@]} -eq 0 ] && arguments=(--demo)
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/dev/app/msl-workbench "${arguments[@]}"
elif [ "${MSLW_XVFB:-0}" = 1 ]; then
  exec xvfb-run -a build/dev/app/msl-workbench "${arguments[@]}"
fi
echo "run-workbench: no display; running the command-line demo (MSLW_XVFB=1 runs the window under Xvfb)" >&2
[ "${arguments[0]}" = --demo ] && arguments=("${arguments[@]:1}")
exec build/dev/app/mslw demo "${arguments[@]}"
