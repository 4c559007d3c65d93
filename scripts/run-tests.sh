#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (idempotent), builds everything and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
# ccache hits across checkouts (a fresh CI clone reuses a developer build's objects).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev -j2 "$@"
