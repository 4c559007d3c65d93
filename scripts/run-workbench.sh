#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (idempotent), builds, and starts the workbench on the
# built-in demo workspace (or on a dataset: scripts/run-workbench.sh --data DIR).
# Until the Qt window exists this is the command-line demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
# ccache hits across checkouts (a fresh CI clone reuses a developer build's objects).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset dev >/dev/null
cmake --build --preset dev --target mslw
exec build/dev/app/mslw demo "$@"
