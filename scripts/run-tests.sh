#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (idempotent), builds everything and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev -j2 "$@"
