#!/usr/bin/env bash
# Remakes the README's screenshots and docs/results.md's figures with real content: the Amazon
# Books workspace and the runs that scripts/results-amazon-books.sh recorded (run it first), and
# a Quick CPU run trained on the demo workspace while the Train page is watched.
#
#   scripts/make-screenshots.sh [RESULTS_DIR]     # default results/amazon_books
#
# MSLW_GUI names another msl-workbench (default build/dev/app/msl-workbench). Without a display
# the window is drawn offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."

results=${1:-results/amazon_books}
gui=${MSLW_GUI:-build/dev/app/msl-workbench}
shots=docs/screenshots
figures=docs/results
workspace=$results/workspace
store=$results/store.sqlite
for needed in "$gui" "$workspace/dataset.json" "$store" "$results/msl_ats_seed1.train.json"; do
  [[ -e $needed ]] || { echo "missing $needed (build the workbench, run scripts/results-amazon-books.sh)" >&2; exit 1; }
done
[[ -n ${DISPLAY:-} ]] || export QT_QPA_PLATFORM=offscreen
# The window's settings (page introductions seen, splitter sizes) must not leak into the pictures.
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
export XDG_CONFIG_HOME=$settings/config XDG_DATA_HOME=$settings/data

# The MSL+ATS run of the first seed: Model A; Model B is its LML counterpart.
report() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$@"; }
run=$(report "$results/msl_ats_seed1.train.json" run)
# The runs trained their own tokenizer (the same one each time); opened with it, the workspace
# splits targets as the models do, so the inspector can show the model's probabilities.
base=$(dirname "$(report "$results/msl_ats_seed1.train.json" checkpoint)")/base
[[ -e $workspace/tokenizer.json ]] || ln -s "$base/tokenizer.json" "$workspace/tokenizer.json"
shot() { # file, then the workbench's options
  local file=$1
  shift
  echo "== $file"
  timeout 600 "$gui" "$@" --screenshot "$shots/$file"
}
shot workspace.png --data "$workspace" --store "$store" --page workspace
shot masks.png --data "$workspace" --store "$store" --run "$run" --page masks
shot trie.png --data "$workspace" --store "$store" --run "$run" --page trie
shot recommendations.png --data "$workspace" --store "$store" --run "$run" --page recommendations
shot runs.png --store "$store" --export-charts "$figures" --page runs
shot train.png --demo --workspace "$settings/demo" --train quick-cpu --page train
